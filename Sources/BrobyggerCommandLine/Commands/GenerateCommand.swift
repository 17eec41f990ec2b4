import Brobygger
import BrobyggerTesting
import Foundation

/// `brobygger generate DIR`: writes a whole synthetic region as the interchange files the tool imports, for
/// trying imports at scale, benchmarks and other systems' tests.
enum GenerateCommand {
    /// The scales and the generator parameters they stand for.
    static let scales: [(String, SyntheticRegionParameters)] = [
        ("hovedstaden", .hovedstaden), ("national", .national),
    ]

    /// The files written, in import order, with the command that imports them.
    static let files: [(name: String, command: String)] = [
        ("organisations.csv", "import organisations"), ("organisations.json", "import documents"),
        ("facilities.csv", "import facilities"),
        ("residents.csv", "import residents"), ("placements.csv", "import placements"),
        ("events.csv", "import events"), ("team_contacts.csv", "import team-contacts"),
        ("discharge_documents.csv", "import discharge-documents"),
        ("documents.json", "import documents"), ("rc_responses.csv", "import rc-responses"),
        ("rc_responses_wide.csv", "rc report"),
    ]

    static var spec: CommandSpec {
        CommandSpec(
            name: "generate",
            abstract: "Write a whole synthetic region as importable files of every format",
            discussion: """
                Generates the synthetic region (hovedstaden: 72 facilities, 1,350 residents; national: 20,000
                residents and about 50,000 admissions over a year) and writes it to DIR as organisations.csv,
                organisations.json (the organisations in full with their hierarchy, and the outreach teams),
                facilities.csv, residents.csv, placements.csv, events.csv, team_contacts.csv (the outreach
                teams' registered contacts), discharge_documents.csv (the
                §13a/§13b register), documents.json (a collaboration agreement per facility and coordinated
                care plans bound to their residents by CPR number), rc_responses.csv (a relational-coordination
                survey, long layout) and rc_responses_wide.csv (the same answers, wide layout), with README.txt
                giving the import order. Importing the files in that order into an empty store reproduces the
                region: 'brobygger compliance' then reports on
                it. The same --scale and --seed always write the same files. Every CPR number is a synthetic
                test number.
                """,
            arguments: [ArgumentSpec(name: "DIR", help: "The directory to write (created if missing)")],
            options: [
                .value(
                    "scale", "SCALE", help: "Region Hovedstaden or the whole country", default: "hovedstaden",
                    allowed: scales.map(\.0)),
                .value("seed", "N", help: "The random seed, 0–18446744073709551615 (default: the scale's own)"),
            ],
            action: { parsed, environment in try await run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let directory = parsed.value("DIR") ?? ""
        let scale = parsed.value("scale") ?? "hovedstaden"
        guard var parameters = scales.first(where: { $0.0 == scale })?.1 else {
            throw UsageError(message: "unknown scale '\(scale)'", commandPath: parsed.path)
        }
        if let text = parsed.value("seed") {
            guard let seed = UInt64(text) else {
                throw UsageError(message: "--seed takes a whole number 0 or more", commandPath: parsed.path)
            }
            parameters.seed = seed
        }
        let started = ContinuousClock.now
        let region = try SyntheticRegion.generate(parameters)
        let files = try await write(
            region, seed: parameters.seed,
            provenance: ToolStore.provenance(environment, reason: "brobygger generate"))
        do {
            try SampleExport.save(files + [("README.txt", readme(region, scale: scale))], in: directory)
        } catch {
            throw InputProblem(file: directory, line: nil, field: nil, rule: "the files cannot be written: \(error)")
        }
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        environment.print(
            "Wrote the synthetic \(name(region, scale: scale)) (\(region.residents.count) residents, "
                + "\(region.events.count) course events, \(region.period.start)–\(region.period.end.map(\.iso8601) ?? ""))"
                + " to \(directory) in " + String(format: "%.1f", seconds) + " s.")
        environment.print("Import order (see \(directory)/README.txt):")
        for file in GenerateCommand.files where file.command.hasPrefix("import") {
            environment.print("  brobygger \(file.command) \(directory)/\(file.name)")
        }
        return .success
    }

    /// The files of `region`, in import order.
    static func write(_ region: SyntheticRegion, seed: UInt64, provenance: Provenance) async throws
        -> [(name: String, text: String)]
    {
        let end = region.period.end ?? region.period.start
        let residents = SampleExport.residentsCSV(region.residents)
        let discharge = try DischargeSyntheticDocuments.derive(from: region)
        let carePlans = try region.carePlans(
            CarePlanGenerationParameters(seed: seed, count: max(1, region.residents.count * 2 / 9), asOf: end))
        let agreements = try await collaborationAgreements(region, provenance: provenance)
        // A national survey is the benchmarks' one (5,000 respondents rating 12 groups on 7 items: 420,000 answers).
        let survey =
            region.residents.count > 5_000
            ? RelationalCoordinationSurveyGenerator(
                respondents: 5_000, workgroups: 12, rounds: 1, missingAnswerRate: 0, seed: seed
            ).generate()
            : RelationalCoordinationSurveyGenerator(respondents: 120, workgroups: 4, rounds: 2, seed: seed).generate()
        let responses = SampleExport.rcResponsesCSV(survey)
        // The organisations again in full: the flat file has no columns for the hierarchy (a ward's centre), which
        // tells psychiatric from somatic wards when events are imported and gives the compliance report its rows
        // per centre and region, nor for addresses and contacts. The outreach teams come with them.
        let organisations: [AnyDocument] =
            region.organisations.map(AnyDocument.organisation) + region.teams.map(AnyDocument.team)
        let documents: [AnyDocument] = agreements.map(AnyDocument.agreement) + carePlans.map(AnyDocument.carePlan)
        return [
            ("organisations.csv", SampleExport.organisationsCSV(region.organisations)),
            ("organisations.json", try SampleExport.documentsJSON(organisations)),
            ("facilities.csv", SampleExport.facilitiesCSV(region.facilities)),
            ("residents.csv", residents.text),
            ("placements.csv", SampleExport.placementsCSV(region.placements, cprs: residents.cprs)),
            ("events.csv", SampleExport.eventsCSV(region, cprs: residents.cprs)),
            ("team_contacts.csv", SampleExport.teamContactsCSV(region.contacts, cprs: residents.cprs)),
            ("discharge_documents.csv", SampleExport.dischargeDocumentsCSV(discharge.records)),
            ("documents.json", try SampleExport.documentsJSON(documents, cprs: residents.cprs)),
            ("rc_responses.csv", responses.long), ("rc_responses_wide.csv", responses.wide),
        ]
    }

    /// A draft collaboration agreement per facility with an outreach team, as the demo makes them.
    static func collaborationAgreements(_ region: SyntheticRegion, provenance: Provenance) async throws
        -> [CollaborationAgreement]
    {
        // The agreement's parties are looked up as in a store.
        let lookup = InMemoryDocumentStore()
        for organisation in region.organisations {
            _ = try await lookup.save(organisation, expecting: .new, provenance: provenance)
        }
        for team in region.teams { _ = try await lookup.save(team, expecting: .new, provenance: provenance) }
        var agreements: [CollaborationAgreement] = []
        for facility in region.facilities {
            if let agreement = try await demoAgreement(for: facility, in: region, store: lookup) {
                agreements.append(agreement)
            }
        }
        return agreements
    }

    /// The draft collaboration agreement of a facility with an outreach team (nil without one): Region Hovedstadens
    /// Psykiatri's cross-sector model with the criteria and overview meeting the region agreed at its start, its
    /// parties looked up in `store`, and an identifier derived from the facility's, so the same region gives the same
    /// one.
    static func demoAgreement(
        for facility: ResidentialFacility, in region: SyntheticRegion, store: any DocumentStore
    ) async throws -> CollaborationAgreement? {
        guard let team = facility.outreachTeam else { return nil }
        let terms = AgreementTerms(
            parties: [],
            intensifiedEffortCriteria: region.terms.intensifiedEffortCriteria(
                facility: facility.id, team: team, on: region.period.start),
            overviewMeeting: region.terms.overviewMeetingSchedule(
                facility: facility.id, team: team, on: region.period.start))
        return try await AgreementCommand.draft(
            id: StableIdentifier.make(facility.id.uuidString, kind: "demo-agreement"),
            template: .crossSectorCollaborationModel, facility: facility, store: store, terms: terms)
    }

    /// What the region stands for: the region, or the whole country at the national scale (whose organisations
    /// still carry the generator's region code).
    static func name(_ region: SyntheticRegion, scale: String) -> String {
        scale == "national" ? "Denmark (national scale)" : region.parameters.region.danishName
    }

    /// README.txt: what the files are and the order to import them in.
    static func readme(_ region: SyntheticRegion, scale: String) -> String {
        var lines = [
            "Synthetic \(name(region, scale: scale)) for the brobygger tool (scale \(scale), "
                + "seed \(region.parameters.seed)): \(region.organisations.count) organisations, "
                + "\(region.facilities.count) facilities, \(region.teams.count) outreach teams, "
                + "\(region.residents.count) residents, \(region.events.count) course events, "
                + "\(region.period.start) to \(region.period.end.map(\.iso8601) ?? "").",
            "Every CPR number is a synthetic test number; the layouts are those of the README's \"Input formats\".",
            "",
            "Import into an empty store in this order (each step needs the ones before it):",
            "",
        ]
        var step = 1
        for file in files where file.command.hasPrefix("import") {
            lines.append("  \(step). brobygger \(file.command) \(file.name) --store STORE")
            step += 1
        }
        lines += [
            "",
            "Then: brobygger compliance --store STORE, brobygger plans due --store STORE.",
            "team_contacts.csv holds the outreach teams' registered contacts, which the follow-up after discharge",
            "counts; without them the report's follow-ups read as not registered, never as not met.",
            "rc_responses_wide.csv holds the same answers as rc_responses.csv in the wide layout:",
            "  brobygger rc report rc_responses_wide.csv",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
