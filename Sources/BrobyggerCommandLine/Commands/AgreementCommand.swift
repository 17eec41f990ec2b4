import Brobygger
import Foundation

/// `brobygger agreement new|render`: collaboration agreements (*samarbejdsaftaler*) between a facility, its
/// outreach team and the team's psychiatric centre.
enum AgreementCommand {
    /// The templates by the names the tool takes.
    static let templates: [(String, AgreementTemplate)] = [
        ("region-hovedstaden", .regionHovedstadenFacilityTeam),
        ("collaboration-model", .crossSectorCollaborationModel),
        ("citizen-level", .citizenLevelCollaboration),
    ]

    /// The `agreement` command group.
    static var spec: CommandSpec {
        CommandSpec(
            name: "agreement", abstract: "Collaboration agreements (samarbejdsaftaler)", subcommands: [new, render])
    }

    static var new: CommandSpec {
        CommandSpec(
            name: "new",
            abstract: "Create a draft collaboration agreement for a facility and its outreach team",
            discussion: """
                The parties come from the store: the facility, its outreach team and the team's psychiatric centre
                (the team's organisation row 'part of', or its team document). Templates:
                  region-hovedstaden   Region Hovedstaden's facility–team agreement
                  collaboration-model  the cross-sector collaboration model (criteria, overview meeting)
                  citizen-level        VIVE's citizen-level collaboration agreement
                The draft is saved and its open points are listed; render it with 'brobygger agreement render ID'.
                """,
            options: [
                .value("template", "NAME", help: "The template", allowed: templates.map(\.0)),
                .value("facility", "X", help: "The facility: its id or name (required)"),
                .value("id", "ID", help: "The new agreement's id (a UUID; default: a new one)"),
                ToolStore.option,
            ],
            action: { parsed, environment in try await runNew(parsed, environment) })
    }

    static var render: CommandSpec {
        CommandSpec(
            name: "render",
            abstract: "Render a stored agreement as Markdown or HTML",
            arguments: [ArgumentSpec(name: "ID", help: "The agreement's id")],
            options: [
                .value("format", "FORMAT", help: "Output format", default: "markdown", allowed: ["markdown", "html"]),
                .value(
                    "language", "LANG", help: "Language of headings and labels", default: "da", allowed: ["da", "en"]),
                ToolStore.option,
            ],
            action: { parsed, environment in try await runRender(parsed, environment) })
    }

    static func runNew(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let templateName = parsed.value("template"),
            let template = templates.first(where: { $0.0 == templateName })?.1
        else { throw UsageError(message: "the option '--template' is required", commandPath: parsed.path) }
        guard let facilityText = parsed.value("facility") else {
            throw UsageError(message: "the option '--facility' is required", commandPath: parsed.path)
        }
        var id = CollaborationAgreement.ID.random()
        if let text = parsed.value("id") {
            do {
                id = try CollaborationAgreement.ID(uuidString: text)
            } catch {
                throw UsageError(message: "--id takes a UUID", commandPath: parsed.path)
            }
        }
        let agreement = try await ToolStore.using(parsed, environment, readOnly: false) { store in
            let facility = try await BoardCommand.find(facilityText, in: store)
            let agreement = try await draft(id: id, template: template, facility: facility, store: store)
            _ = try await store.save(
                agreement, expecting: .new,
                provenance: ToolStore.provenance(environment, reason: "brobygger agreement new"))
            return agreement
        }
        environment.print("Created draft agreement \(agreement.id) (\(template.title.danish)).")
        let openPoints = agreement.openPoints
        environment.print("Open points (\(openPoints.count)):")
        printFindings(ValidationReport(openPoints.map(\.finding)), environment)
        environment.print("Render it with: brobygger agreement render \(agreement.id) --format html")
        return .success
    }

    /// A draft agreement of `template` between `facility`, its team and the team's centre, from the store.
    static func draft(
        id: CollaborationAgreement.ID, template: AgreementTemplate, facility: ResidentialFacility,
        store: any DocumentStore, terms: AgreementTerms? = nil
    ) async throws -> CollaborationAgreement {
        try await CollaborationAgreement.draft(
            id: id, template: template, facility: facility, store: store, terms: terms)
    }

    static func runRender(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let text = parsed.value("ID") ?? ""
        let id: CollaborationAgreement.ID
        do {
            id = try CollaborationAgreement.ID(uuidString: text)
        } catch {
            throw UsageError(message: "'\(text)' is not an agreement id (a UUID)", commandPath: parsed.path)
        }
        let agreement = try await ToolStore.using(parsed, environment, readOnly: true) { store in
            guard let revision = try await store.current(CollaborationAgreement.self, id: id) else {
                throw StoreError.notFound(kind: CollaborationAgreement.documentKind, id: id.storageKey)
            }
            return revision.document
        }
        let renderer = AgreementRenderer(
            language: parsed.value("language") == "en" ? .english : .danish,
            format: parsed.value("format") == "html" ? .html : .markdown)
        environment.print(renderer.render(agreement))
        return .success
    }

    /// Prints findings with their sources, errors first.
    static func printFindings(_ report: ValidationReport, _ environment: CommandEnvironment, indent: String = "  ") {
        let sorted = report.findings.sorted { $0.severity > $1.severity }
        for finding in sorted {
            environment.print("\(indent)\(finding.severity) \(finding.code) at \(finding.path): \(finding.message)")
            environment.print("\(indent)  source: \(finding.source)")
        }
    }
}
