import Brobygger
import Foundation

/// `brobygger carecommunication send|receive`: MedCom CareCommunication (*korrespondancemeddelelse*) between the
/// ward, the municipality and the facility.
enum CareCommunicationCommand {
    /// The command group.
    static var spec: CommandSpec {
        CommandSpec(
            name: "carecommunication",
            abstract: "Send §13a agreements and §13b plans as MedCom CareCommunication; receive messages",
            subcommands: [send, receive])
    }

    static var send: CommandSpec {
        CommandSpec(
            name: "send",
            abstract: "Write the CareCommunication messages that send a concluded agreement or plan",
            discussion: """
                Writes one MedCom CareCommunication message bundle (FHIR R4 JSON) per receiver into DIR, from the
                document's ward to the municipality and the facility the document names as parties (or the
                organisations given with --to). The agreement is the message text, signed by the responsible senior
                consultant with the ward's phone number (or --phone), and a PDF rendering is attached. A draft is
                refused. The sent messages are recorded in the store, so that the receivers' acknowledgements and
                replies can be matched with 'brobygger carecommunication receive'.
                """,
            options: [
                .value("document", "ID", help: "The stored §13a agreement or §13b plan (its id, a UUID; required)"),
                .value(
                    "to", "ORG", help: "A receiving organisation: its id (repeat for several; default: the parties)"),
                .value("phone", "NUMBER", help: "The phone number of the signature (default: the ward's)"),
                .value("out", "DIR", help: "The directory to write the messages to (required)"),
                .flag("no-pdf", help: "Do not attach the PDF rendering"),
                ToolStore.option,
            ],
            action: { parsed, environment in try await runSend(parsed, environment) })
    }

    static var receive: CommandSpec {
        CommandSpec(
            name: "receive",
            abstract: "Receive CareCommunication messages and acknowledgements onto the residents' records",
            discussion: """
                Reads MedCom CareCommunication message bundles and acknowledgements (FHIR R4 JSON, one per file). A
                valid message is stored on the resident's record and acknowledged (ok); a message received before
                with the same content changes nothing and is acknowledged again. A message for an unknown patient,
                receiver or sender, a reply to a message the store has not sent or received, the same id with other
                content, or a missing required element is reported naming the element and answered with a negative
                acknowledgement; it stores nothing. An acknowledgement of a sent message is recorded with it. The
                acknowledgements to return are written into DIR. Exit code 3 when any file was refused.
                """,
            arguments: [ArgumentSpec(name: "FILE", help: "The message files", isVariadic: true)],
            options: [
                .value("acknowledgements", "DIR", help: "The directory to write the acknowledgements to (required)"),
                .flag("dry-run", help: "Check the files and report, without writing to the store or DIR"),
                ToolStore.option,
            ],
            action: { parsed, environment in try await runReceive(parsed, environment) })
    }

    static func runSend(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let text = parsed.value("document") else {
            throw UsageError(message: "the option '--document' is required", commandPath: parsed.path)
        }
        guard let directory = parsed.value("out") else {
            throw UsageError(message: "the option '--out' is required", commandPath: parsed.path)
        }
        guard let uuid = UUID(uuidString: text) else {
            throw UsageError(message: "'\(text)' is not a document id (a UUID)", commandPath: parsed.path)
        }
        let receivers: [Organisation.ID]? =
            parsed.values("to").isEmpty
            ? nil : parsed.values("to").map { StableIdentifier.make($0, kind: "organisation", as: Organisation.self) }
        let now = environment.clock.now()
        let ids = RandomIdentifierSource()
        let outgoing = try await ToolStore.using(parsed, environment, readOnly: false) { store in
            let messages: [CareCommunicationDispatch.Outgoing]
            if let agreement = try await store.current(DischargeAgreement.self, id: .init(rawValue: uuid)) {
                messages = try await CareCommunicationDispatch.prepare(
                    agreement.document, store: store, receivers: receivers, phone: parsed.value("phone"),
                    attachesPDF: !parsed.flag("no-pdf"), ids: ids, now: now)
            } else if let plan = try await store.current(CoordinationPlan.self, id: .init(rawValue: uuid)) {
                messages = try await CareCommunicationDispatch.prepare(
                    plan.document, store: store, receivers: receivers, phone: parsed.value("phone"),
                    attachesPDF: !parsed.flag("no-pdf"), ids: ids, now: now)
            } else {
                throw StoreError.notFound(kind: DischargeAgreement.documentKind, id: text)
            }
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for message in messages {
                try message.json.write(to: fileURL(directory, "carecommunication", message.message.messageID))
            }
            _ = try await store.save(
                messages.map { DocumentWrite($0.record, expecting: .new) },
                provenance: ToolStore.provenance(environment, reason: "brobygger carecommunication send"),
                progress: nil)
            return messages
        }
        for message in outgoing {
            environment.print(
                "Wrote \(fileURL(directory, "carecommunication", message.message.messageID).path) to "
                    + "\(message.receiver.name) (\(message.message.patient.masked)).")
        }
        return .success
    }

    static func runReceive(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let directory = parsed.value("acknowledgements") else {
            throw UsageError(message: "the option '--acknowledgements' is required", commandPath: parsed.path)
        }
        var files: [(String, Data)] = []
        for file in parsed.values("FILE") {
            do {
                files.append((file, try Data(contentsOf: URL(fileURLWithPath: file))))
            } catch {
                throw InputProblem(file: file, line: nil, field: nil, rule: "cannot be read")
            }
        }
        let now = environment.clock.now()
        let ids = RandomIdentifierSource()
        let dryRun = parsed.flag("dry-run")
        let result = try await ToolStore.using(parsed, environment, readOnly: dryRun) { store in
            let result = try await CareCommunicationImport.receive(files, store: store, ids: ids, now: now)
            if !dryRun {
                try await result.plan.apply(
                    to: store,
                    provenance: ToolStore.provenance(environment, reason: "brobygger carecommunication receive"))
            }
            return result
        }
        for problem in result.plan.problems { environment.printError("error: \(problem)") }
        if !dryRun {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        for (file, acknowledgement) in result.acknowledgements {
            let url = fileURL(directory, "acknowledgement", acknowledgement.messageID)
            if !dryRun { try acknowledgement.json(ids: ids, prettyPrinted: true).write(to: url) }
            environment.print("\(file): \(acknowledgement.code) acknowledgement → \(url.path)")
        }
        let stored = result.plan.writes.count
        environment.print(
            "\(dryRun ? "Dry run: " : "")\(stored) stored, \(result.plan.unchanged) unchanged, "
                + "\(result.plan.problems.count) refused of \(files.count) file\(files.count == 1 ? "" : "s").")
        return result.plan.problems.isEmpty ? .success : .input
    }

    static func fileURL(_ directory: String, _ prefix: String, _ id: FHIR.ID) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent("\(prefix)-\(id.rawValue).json")
    }
}
