import Brobygger
import BrobyggerTesting
import Foundation

/// Writes the interchange files the tool imports (the layouts of the README's "Input formats"), from synthetic
/// data: `brobygger demo --export` writes the samples of one facility, `brobygger generate` a whole region.
///
/// Every writer produces exactly what the matching `brobygger import` kind reads back.
enum SampleExport {
    /// The files the demo writes, in import order, with the command that reads them.
    static let files: [(name: String, reader: String)] = [
        ("organisations.csv", "import organisations"), ("facilities.csv", "import facilities"),
        ("residents.csv", "import residents"), ("placements.csv", "import placements"),
        ("events.csv", "import events"), ("team_contacts.csv", "import team-contacts"),
        ("medcom/*.json", "import medcom"),
        ("discharge_documents.csv", "import discharge-documents"),
        ("documents.json", "import documents / validate"),
        ("rc_responses.csv", "import rc-responses / rc report (long layout)"),
        ("rc_responses_wide.csv", "import rc-responses / rc report (wide layout)"),
    ]

    /// Writes the samples for `facility`'s residents into `directory`, with the rows of the §13a/§13b `register`
    /// that concern them.
    static func write(
        to directory: String, region: SyntheticRegion, facility: ResidentialFacility,
        agreement: CollaborationAgreement, survey: RelationalCoordinationSyntheticSurvey,
        register: [DischargeDocumentRecord]
    ) throws {
        let residentIDs = Set(region.placements.filter { $0.facility == facility.id }.map(\.resident))
        let placements = region.placements.filter { residentIDs.contains($0.resident) }
        let facilityIDs = Set(placements.map(\.facility)).union([facility.id])
        let facilityResidents = region.residents.filter { residentIDs.contains($0.id) }
        let residents = residentsCSV(facilityResidents)
        let persons = Set(facilityResidents.map(\.person))
        var documents: [AnyDocument] = [.agreement(agreement)]
        if let teamID = facility.outreachTeam, let team = region.teams.first(where: { $0.id == teamID }) {
            documents.append(.team(team))
        }
        let responses = rcResponsesCSV(survey)
        let medcom = try MedComSamples.make(region: region, facility: facility, residents: facilityResidents)
        let organisations = region.organisations.map { medcom?.coded[$0.id] ?? $0 }
        try FileManager.default.createDirectory(
            atPath: directory + "/" + MedComSamples.folder, withIntermediateDirectories: true)
        try save(
            [
                ("organisations.csv", organisationsCSV(organisations)),
                ("facilities.csv", facilitiesCSV(region.facilities.filter { facilityIDs.contains($0.id) })),
                ("residents.csv", residents.text),
                ("placements.csv", placementsCSV(placements, cprs: residents.cprs)),
                ("events.csv", eventsCSV(region, cprs: residents.cprs, excluding: medcom.map { [$0.episode] } ?? [])),
                ("team_contacts.csv", teamContactsCSV(region.contacts, cprs: residents.cprs)),
                (
                    "discharge_documents.csv",
                    dischargeDocumentsCSV(register.filter { persons.contains($0.resident) })
                ),
                ("documents.json", try documentsJSON(documents)),
                ("rc_responses.csv", responses.long), ("rc_responses_wide.csv", responses.wide),
            ] + (medcom?.files ?? []), in: directory)
    }

    /// Creates `directory` and writes each named text into it.
    static func save(_ files: [(name: String, text: String)], in directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
        }
    }

    /// `organisations.csv` of the organisations whose kind has a code.
    static func organisationsCSV(_ organisations: [Organisation]) -> String {
        var rows = CSVWriter(header: OrganisationsImport.header)
        let kindCodes = Dictionary(
            OrganisationsImport.kinds.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
        for organisation in organisations {
            guard let code = kindCodes[organisation.kind] else { continue }
            let identifiers = organisation.identifiers
            rows.append([
                organisation.id.uuidString, code, organisation.name, identifiers.sor?.value, identifiers.gln?.value,
                identifiers.municipality?.value, identifiers.region.map { String($0.code) },
            ])
        }
        return rows.text
    }

    /// `facilities.csv`.
    static func facilitiesCSV(_ facilities: [ResidentialFacility]) -> String {
        var rows = CSVWriter(header: FacilitiesImport.header)
        for facility in facilities {
            rows.append([
                facility.id.uuidString, facility.legalBasis.rawValue, facility.owner.rawValue,
                String(facility.capacity),
                facility.approvedTargetGroups.sorted().map(\.rawValue).joined(separator: ";"),
                facility.outreachTeam?.uuidString,
            ])
        }
        return rows.text
    }

    /// `residents.csv` of the residents identified by CPR number, and those numbers by resident (the files refer to
    /// residents by CPR number).
    static func residentsCSV(_ residents: [Resident]) -> (text: String, cprs: [Resident.ID: String]) {
        var cprs: [Resident.ID: String] = [:]
        var rows = CSVWriter(header: ResidentsImport.header)
        for resident in residents {
            guard case .cpr(let cpr) = resident.person else { continue }
            cprs[resident.id] = cpr.unmaskedFormatted
            let codes = resident.diagnoses.sorted { ($0.rank == .primary ? 0 : 1) < ($1.rank == .primary ? 0 : 1) }
            var seen = Set<DiagnosisCode>()
            let unique = codes.map(\.code).filter { seen.insert($0).inserted }
            rows.append([
                cpr.unmaskedFormatted, resident.name.given, resident.name.family, resident.actingMunicipality.value,
                unique.map(\.code).joined(separator: ";"),
            ])
        }
        return (rows.text, cprs)
    }

    /// `placements.csv` of the placements of residents in `cprs`.
    static func placementsCSV(_ placements: [Placement], cprs: [Resident.ID: String]) -> String {
        var rows = CSVWriter(header: PlacementsImport.header)
        for placement in placements {
            guard let cpr = cprs[placement.resident] else { continue }
            rows.append([
                cpr, placement.facility.uuidString, placement.legalBasis.rawValue, placement.period.start.description,
                placement.period.end?.description,
            ])
        }
        return rows.text
    }

    /// `events.csv` of the course events of residents in `cprs`, each correction or cancellation after the event
    /// it supersedes, leaving out the episodes of care `excluding` names.
    static func eventsCSV(
        _ region: SyntheticRegion, cprs: [Resident.ID: String], excluding: Set<EpisodeOfCareIdentifier> = []
    ) -> String {
        var rows = CSVWriter(header: EventsImport.header)
        let wardIDs = Set(region.organisations.filter { $0.kind == .ward }.map(\.id))
        let events = region.events.filter {
            ($0.ward.map(wardIDs.contains) ?? true) && !excluding.contains($0.episode)
        }
        for row in EventsImport.rows(of: events, cpr: { cprs[$0] }) { rows.append(row) }
        return rows.text
    }

    /// `team_contacts.csv` of the contacts with residents in `cprs`, in time order.
    static func teamContactsCSV(_ contacts: [TeamContact], cprs: [Resident.ID: String]) -> String {
        var rows = CSVWriter(header: TeamContactsImport.header)
        for contact in contacts.sorted(by: { ($0.instant, $0.id) < ($1.instant, $1.id) }) {
            guard let cpr = cprs[contact.resident] else { continue }
            rows.append([
                contact.id.uuidString, cpr, contact.team.uuidString, contact.kind.rawValue, contact.channel.rawValue,
                contact.instant.iso8601, contact.professional?.uuidString,
            ])
        }
        return rows.text
    }

    /// `discharge_documents.csv`, the §13a/§13b register rows.
    static func dischargeDocumentsCSV(_ records: [DischargeDocumentRecord]) -> String {
        var rows = CSVWriter(header: DischargeDocumentRecord.columns)
        for record in records { rows.append(record.cells) }
        return rows.text
    }

    /// `documents.json`: an array of tagged documents; care plans are bound to their residents by the CPR numbers in
    /// `cprs` (see ``JSONDocumentFile``).
    static func documentsJSON(_ documents: [AnyDocument], cprs: [Resident.ID: String] = [:]) throws -> String {
        let tagged = documents.map { document in
            guard case .carePlan(let plan) = document else { return TaggedDocument(document: document) }
            return TaggedDocument(document: document, resident: cprs[plan.resident])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(tagged)
        return String(decoding: json, as: UTF8.self) + "\n"
    }

    /// `rc_responses.csv` in the long and the wide layout, with the survey's round labels, respondent pseudonyms
    /// and workgroup names, and the answers as scores after the instrument's score map.
    static func rcResponsesCSV(_ survey: RelationalCoordinationSyntheticSurvey) -> (long: String, wide: String) {
        let names = Dictionary(uniqueKeysWithValues: survey.survey.workgroups.map { ($0.id, $0.name) })
        let rounds = Dictionary(uniqueKeysWithValues: survey.survey.rounds.map { ($0.id, $0.label) })
        let instrument = survey.survey.instrument
        var long = CSVWriter(header: RCResponsesFile.longHeader)
        var wide = CSVWriter(header: RCResponsesFile.wideHeader)
        for response in survey.responses {
            let prefix = [
                rounds[response.round] ?? "", response.respondent.pseudonym, names[response.workgroup] ?? "",
            ]
            for rating in response.ratings {
                let scores = RCResponsesFile.dimensions.map { _, dimension in
                    rating.answers[dimension].flatMap { instrument.score(ofPosition: $0, for: dimension) }
                        .map(String.init)
                }
                let rated = names[rating.rated] ?? ""
                for ((code, _), score) in zip(RCResponsesFile.dimensions, scores) {
                    long.append(prefix + [rated, code, score])
                }
                wide.append(prefix + [rated] + scores)
            }
        }
        return (long.text, wide.text)
    }
}
