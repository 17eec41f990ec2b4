import Brobygger
import BrobyggerTesting
import Foundation

/// Writes sample input files of every format the tool reads, from the demo's synthetic region, so users have real
/// examples to copy. The files re-import into an empty store in the order organisations, facilities, residents,
/// placements, events, documents.
enum SampleExport {
    /// The files written, in import order, with the import kind (or `rc report`) that reads them.
    static let files: [(name: String, reader: String)] = [
        ("organisations.csv", "import organisations"), ("facilities.csv", "import facilities"),
        ("residents.csv", "import residents"), ("placements.csv", "import placements"),
        ("events.csv", "import events"), ("documents.json", "import documents / validate"),
        ("rc_responses.csv", "rc report (long layout)"), ("rc_responses_wide.csv", "rc report (wide layout)"),
    ]

    /// Writes the samples for `facility`'s residents into `directory`.
    static func write(
        to directory: String, region: SyntheticRegion, facility: ResidentialFacility,
        agreement: CollaborationAgreement, survey: RelationalCoordinationSyntheticSurvey
    ) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func save(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
        }
        var organisations = CSVWriter(header: OrganisationsImport.header)
        let kindCodes = Dictionary(
            OrganisationsImport.kinds.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
        for organisation in region.organisations {
            guard let code = kindCodes[organisation.kind] else { continue }
            let identifiers = organisation.identifiers
            organisations.append([
                organisation.id.uuidString, code, organisation.name, identifiers.sor?.value, identifiers.gln?.value,
                identifiers.municipality?.value, identifiers.region.map { String($0.code) },
            ])
        }
        try save("organisations.csv", organisations.text)

        let residentIDs = Set(region.placements.filter { $0.facility == facility.id }.map(\.resident))
        let residents = region.residents.filter { residentIDs.contains($0.id) }
        let placements = region.placements.filter { residentIDs.contains($0.resident) }
        let facilityIDs = Set(placements.map(\.facility)).union([facility.id])
        var facilities = CSVWriter(header: FacilitiesImport.header)
        for other in region.facilities where facilityIDs.contains(other.id) {
            facilities.append([
                other.id.uuidString, other.legalBasis.rawValue, other.owner.rawValue, String(other.capacity),
                other.approvedTargetGroups.sorted().map(\.rawValue).joined(separator: ";"),
                other.outreachTeam?.uuidString,
            ])
        }
        try save("facilities.csv", facilities.text)

        var cprs: [Resident.ID: String] = [:]
        var residentRows = CSVWriter(header: ResidentsImport.header)
        for resident in residents {
            guard case .cpr(let cpr) = resident.person else { continue }
            cprs[resident.id] = cpr.unmaskedFormatted
            let codes = resident.diagnoses.sorted { ($0.rank == .primary ? 0 : 1) < ($1.rank == .primary ? 0 : 1) }
            var seen = Set<DiagnosisCode>()
            let unique = codes.map(\.code).filter { seen.insert($0).inserted }
            residentRows.append([
                cpr.unmaskedFormatted, resident.name.given, resident.name.family, resident.actingMunicipality.value,
                unique.map(\.code).joined(separator: ";"),
            ])
        }
        try save("residents.csv", residentRows.text)

        var placementRows = CSVWriter(header: PlacementsImport.header)
        for placement in placements {
            guard let cpr = cprs[placement.resident] else { continue }
            placementRows.append([
                cpr, placement.facility.uuidString, placement.legalBasis.rawValue, placement.period.start.description,
                placement.period.end?.description,
            ])
        }
        try save("placements.csv", placementRows.text)

        var eventRows = CSVWriter(header: EventsImport.header)
        let wardIDs = Set(region.organisations.filter { $0.kind == .ward }.map(\.id))
        var pending = region.events.filter { cprs[$0.resident] != nil && ($0.ward.map(wardIDs.contains) ?? true) }
        var written = Set<CourseEvent.ID>()
        while !pending.isEmpty {
            let ready = pending.filter { $0.amendment.map { written.contains($0.target) } ?? true }
            guard !ready.isEmpty else { break }
            for event in ready {
                guard let cpr = cprs[event.resident] else { continue }
                eventRows.append([
                    event.id.uuidString, cpr, event.episode.value,
                    event.isCancellation ? "cancel" : event.kind.rawValue,
                    event.instant.iso8601, event.ward?.uuidString,
                    event.isCancellation ? nil : event.admission?.legalStatus.rawValue,
                    event.amendment?.target.uuidString,
                ])
                written.insert(event.id)
            }
            let done = Set(ready.map(\.id))
            pending.removeAll { done.contains($0.id) }
        }
        try save("events.csv", eventRows.text)

        var documents: [[String: Any]] = [try AnyDocument.agreement(agreement).tagged()]
        if let teamID = facility.outreachTeam, let team = region.teams.first(where: { $0.id == teamID }) {
            documents.append(try AnyDocument.team(team).tagged())
        }
        let json = try JSONSerialization.data(withJSONObject: documents, options: [.prettyPrinted, .sortedKeys])
        try save("documents.json", String(decoding: json, as: UTF8.self) + "\n")

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
        try save("rc_responses.csv", long.text)
        try save("rc_responses_wide.csv", wide.text)
    }
}
