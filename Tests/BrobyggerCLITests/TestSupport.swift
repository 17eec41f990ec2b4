import Brobygger
import BrobyggerTesting
import Foundation

@testable import BrobyggerCommandLine

/// Output captured from a command run in-process.
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    var standardOutput: String { lock.withLock { out } }
    var standardError: String { lock.withLock { err } }

    func write(_ text: String) { lock.withLock { out += text } }
    func writeError(_ text: String) { lock.withLock { err += text } }
}

enum TestSupport {
    static let today = try! CalendarDate(iso8601: "2026-03-02")

    /// An environment that captures output, with a fixed clock and no colour.
    static func environment(_ output: CapturedOutput = CapturedOutput(), store: String? = nil) -> CommandEnvironment {
        var variables = ["NO_COLOR": "1", "HOME": NSTemporaryDirectory(), "USER": "tester"]
        if let store { variables["BROBYGGER_STORE"] = store }
        return CommandEnvironment(
            write: { output.write($0) }, writeError: { output.writeError($0) }, variables: variables,
            clock: FixedClock(noonOn: today), outputIsTerminal: false, errorIsTerminal: false)
    }

    static let provenance = Provenance(
        author: Author(name: try! PersonName(given: "Test", family: "Runner")), instant: try! Instant(date: today))

    /// Two residents' CPR numbers as a file would carry them.
    static let cprA = SampleCPRNumbers.make(born: try! CalendarDate(iso8601: "1980-05-17"), sex: .female, serial: 3)
    static let cprB = SampleCPRNumbers.make(born: try! CalendarDate(iso8601: "1975-11-02"), sex: .male, serial: 8)

    static let organisations = """
        id,kind,name,sor,gln,municipality,region,note
        centre-1,psychiatric_centre,Psykiatrisk Center Test,,,,1084,ignored
        ward-1,ward,"Afsnit 1, Test",,,,1084,
        team-1,outreach_team,Botilbudsteam Test,,,,1084,
        home-1,facility,Botilbuddet Engen,,,0101,,
        home-2,facility,Botilbuddet Lyset,,,0147,,
        """
    static let facilities = """
        id,legal_basis,owner,capacity,approved_target_groups,team
        home-1,sel108,municipal,12,psychiatric;substance_use,team-1
        """
    static var residents: String {
        """
        resident,given_name,family_name,municipality,diagnoses
        \(cprA.unmaskedFormatted),Ida,Olsen,0101,DF20;DF12
        \(cprB.unmaskedValue),Bo,Berg,0147,
        """
    }
    static var placements: String {
        """
        resident,facility,legal_basis,from,to
        \(cprA.unmaskedFormatted),home-1,sel108,2025-01-01,
        \(cprB.unmaskedFormatted),home-1,sel108,2025-02-01,2025-12-31
        """
    }
    static var events: String {
        """
        event_id,resident,episode,kind,at,ward,admission,supersedes
        e1,\(cprA.unmaskedFormatted),ep1,admit_inpatient,2025-03-02T14:05:00+01:00,ward-1,voluntary,
        e2,\(cprA.unmaskedFormatted),ep1,discharge,2025-03-20T10:00:00+01:00,ward-1,,
        e3,\(cprA.unmaskedFormatted),ep1,discharge,2025-03-21T10:00:00+01:00,ward-1,,e2
        e4,\(cprB.unmaskedFormatted),ep9,admit_emergency,2025-04-01T02:00:00+02:00,ward-1,compulsory,
        e5,\(cprB.unmaskedFormatted),ep9,cancel,2025-04-01T09:00:00+02:00,,,e4
        """
    }

    /// Plans an import of `text` as `kind` against `store`.
    static func plan(_ kind: String, _ text: String, store: any DocumentStore) async throws -> ImportPlan {
        guard let intakeKind = IntakeKind(rawValue: kind) else {
            throw InputProblem(file: kind, line: nil, field: nil, rule: "unknown kind")
        }
        return try await ImportPlanner(store: store, today: today).plan(
            intakeKind, inputs: [IntakeInput(name: "\(kind).csv", data: Data(text.utf8))])
    }

    /// Plans and applies an import, failing on any problem.
    static func importAll(_ kind: String, _ text: String, store: any DocumentStore) async throws -> ImportPlan {
        let plan = try await plan(kind, text, store: store)
        guard plan.problems.isEmpty else { throw InputProblems(problems: plan.problems) }
        _ = try await store.save(plan.writes.map(\.write), provenance: provenance)
        return plan
    }

    /// A store with the test network, residents, placements and events.
    static func populatedStore(events: Bool = true) async throws -> InMemoryDocumentStore {
        let store = InMemoryDocumentStore()
        _ = try await importAll("organisations", organisations, store: store)
        _ = try await importAll("facilities", facilities, store: store)
        _ = try await importAll("residents", residents, store: store)
        _ = try await importAll("placements", placements, store: store)
        if events { _ = try await importAll("events", self.events, store: store) }
        return store
    }
}
