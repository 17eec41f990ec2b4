import Brobygger
import Foundation

/// `brobygger agreement new|render`: collaboration agreements (*samarbejdsaftaler*) between a facility, its
/// outreach team and the team's psychiatric centre; `brobygger agreement draft`: a §13a discharge agreement
/// pre-filled from the store.
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
            name: "agreement",
            abstract: "Collaboration agreements (samarbejdsaftaler) and §13a discharge agreement drafts",
            subcommands: [new, render, draft])
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

    static var draft: CommandSpec {
        CommandSpec(
            name: "draft",
            abstract: "Draft a §13a discharge agreement (udskrivningsaftale) for a stay from what the store knows",
            discussion: """
                Pre-fills the parties (the patient, the ward, the resident's facility and its outreach team, the
                acting municipality, the GP named in an earlier agreement or plan), the legal basis with its evidence
                (the placement and its paragraph, psykiatriloven §13a stk. 1), and the outreach team's follow-up
                within 5 weekdays after discharge on the team's on-site weekday where one falls in that window; names
                the responsible role (the ward's senior consultant); and lists what the ward must still add under the
                content rules. --save stores the draft as a discharge agreement, so the worklist shows it as a
                draft. For a patient outside the mandatory group, --assessed-by and --grounds record the senior
                consultant's assessment under psykiatriloven §13a stk. 2 (the patient will presumably not seek the
                necessary treatment or social offers) as the legal basis's evidence; saved, the draft flags the stay
                for stk. 2 on the worklist. The CPR number is shown masked.
                """,
            options: [
                .value("resident", "CPR", help: "The patient's CPR number (required)"),
                .value("episode", "ID", help: "The stay's episode-of-care identifier (required)"),
                .value("as-of", "DATE", help: "The day of the draft (default: today)"),
                .value("discharge", "DATE", help: "The planned discharge day, if known"),
                .value(
                    "assessed-by", "NAME",
                    help: "The senior consultant who assessed under §13a stk. 2 (given and family name)"),
                .value("grounds", "TEXT", help: "The grounds of that assessment (with --assessed-by)"),
                .value("assessed-on", "DATE", help: "The day of that assessment (default: the day of the draft)"),
                .flag("save", help: "Save the draft as a discharge agreement"),
                .value("format", "FORMAT", help: "Output format", default: "text", allowed: ["text", "json"]),
                ToolStore.option,
            ],
            action: { parsed, environment in try await runDraft(parsed, environment) })
    }

    static func runDraft(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let residentText = parsed.value("resident") else {
            throw UsageError(message: "the option '--resident' is required", commandPath: parsed.path)
        }
        guard let episodeText = parsed.value("episode") else {
            throw UsageError(message: "the option '--episode' is required", commandPath: parsed.path)
        }
        let person: PersonIdentifier
        do {
            person = try PersonIdentifier(cpr: residentText)
        } catch {
            throw UsageError(message: "--resident takes a CPR number DDMMYY-SSSS", commandPath: parsed.path)
        }
        let episode: EpisodeOfCareIdentifier
        do {
            episode = try EpisodeOfCareIdentifier(episodeText)
        } catch {
            throw UsageError(message: "--episode takes an episode-of-care identifier", commandPath: parsed.path)
        }
        let day = try parsed.date("as-of", environment) ?? environment.clock.today
        let discharge = try parsed.date("discharge", environment)
        let assessment = try assessment(parsed, environment, day: day)
        let save = parsed.flag("save")
        let (draft, saved) = try await ToolStore.using(parsed, environment, readOnly: !save) { store in
            let draft = try await DischargeAgreementDraft.build(
                store: store, person: person, episode: episode, asOf: day, expectedDischarge: discharge,
                assessment: assessment)
            guard save else { return (draft, DischargeAgreement.ID?.none) }
            let provenance = ToolStore.provenance(environment, reason: "brobygger agreement draft")
            let agreement = try draft.agreement(id: .random(), provenance: provenance)
            _ = try await store.save(agreement, expecting: .new, provenance: provenance)
            return (draft, Optional(agreement.id))
        }
        if parsed.value("format") == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            environment.print(String(decoding: try encoder.encode(DraftOutput(draft, saved: saved)), as: UTF8.self))
            return .success
        }
        let content = draft.content
        environment.print("Udkast til udskrivningsaftale (psykiatriloven §13a) for \(person.masked), forløb \(episode)")
        environment.print()
        environment.print("Parter:")
        for party in content.parties { environment.print("  \(party.role): \(party.name)") }
        environment.print("Ansvarlig: \(draft.consultantRole)")
        environment.print("Grundlag: \(content.legalBasis.citation.reference)")
        for evidence in content.basisEvidence { environment.print("  \(evidence)") }
        for appointment in content.followUpAppointments {
            environment.print("Opfølgning: \(appointment.date): \(appointment.summary)")
        }
        environment.print()
        environment.print("Udfyldt fra lageret:")
        for item in draft.prefilled { environment.print("  \(item)") }
        environment.print()
        environment.print("Mangler (\(draft.missing.count)):")
        printFindings(ValidationReport(draft.missing), environment)
        if let saved { environment.print("Saved draft agreement \(saved).") }
        return .success
    }

    /// The stk. 2 assessment of `--assessed-by` and `--grounds` (both or neither), made on `--assessed-on` or `day`.
    static func assessment(_ parsed: ParsedCommand, _ environment: CommandEnvironment, day: CalendarDate) throws
        -> ConsultantAssessment?
    {
        let consultant = parsed.value("assessed-by")
        let grounds = parsed.value("grounds")?.trimmingCharacters(in: .whitespaces)
        guard consultant != nil || grounds != nil || parsed.value("assessed-on") != nil else { return nil }
        guard let consultant, let grounds, !grounds.isEmpty else {
            throw UsageError(
                message: "an assessment under §13a stk. 2 takes both --assessed-by and --grounds",
                commandPath: parsed.path)
        }
        var words = consultant.split(separator: " ").map(String.init)
        let family = words.popLast()
        guard let family, !words.isEmpty,
            let name = try? PersonName(given: words.joined(separator: " "), family: family)
        else {
            throw UsageError(
                message: "--assessed-by takes the consultant's given and family name", commandPath: parsed.path)
        }
        return ConsultantAssessment(
            assessedOn: try parsed.date("assessed-on", environment) ?? day,
            consultant: ResponsibleConsultant(name: name), willNotSeekNecessaryTreatment: true, grounds: grounds)
    }

    /// The draft as the JSON output shows it: the CPR number left out (the resident is named by identifier).
    struct DraftOutput: Encodable {
        var content: DischargeContent
        var consultantRole: String
        var prefilled: [DischargeAgreementDraft.Prefilled]
        var missing: [Finding]
        var savedAs: String?

        init(_ draft: DischargeAgreementDraft, saved: DischargeAgreement.ID?) {
            content = draft.content
            consultantRole = draft.consultantRole
            prefilled = draft.prefilled
            missing = draft.missing
            savedAs = saved?.uuidString
        }
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
