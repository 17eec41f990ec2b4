import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting
import Foundation

/// A ward and a facility with MedCom codes (sample SOR codes `99…`, GLNs in GS1's restricted range), the facility's
/// outreach team, 2,000 residents placed on the facility under serviceloven §108 in a file store, and 10,000 MedCom
/// hospital notifications from the ward: per resident two admissions with their discharges and a third admission.
struct NotificationBatch: Sendable {
    /// The prepared store, copied for every run.
    let template: String
    /// The messages, as files.
    let messages: [IntakeInput]
    /// When the batch is applied.
    let asOf: Instant

    static let residents = 2_000

    static func make() async throws -> NotificationBatch {
        let centre = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "bench-centre"), kind: .psychiatricCentre,
            name: "Psykiatrisk Center Bench")
        let ward = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "bench-ward"), kind: .ward, name: "Afsnit B1",
            identifiers: OrganisationIdentifiers(sor: try SORCode("991000000000017"), gln: try gln("12345678901")),
            partOf: centre.id)
        let team = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "bench-team"), kind: .outreachTeam, name: "Botilbudsteam B",
            partOf: centre.id)
        let builder = FacilityBuilder("bench-facility").named("Botilbuddet Bench").servedBy(team.id)
        let home = try Organisation(
            id: builder.id, kind: .residentialFacility, name: "Botilbuddet Bench",
            identifiers: OrganisationIdentifiers(sor: try SORCode("991000000000025"), gln: try gln("12345678902")))
        let facility = try builder.legalBasis(.longTermStay).build()
        var writes: [DocumentWrite] = [
            DocumentWrite(centre, expecting: .new), DocumentWrite(ward, expecting: .new),
            DocumentWrite(team, expecting: .new), DocumentWrite(home, expecting: .new),
            DocumentWrite(facility, expecting: .new),
        ]
        let writer = HospitalNotificationWriter(
            sender: HospitalNotification.Party(name: ward.name, sor: ward.identifiers.sor, gln: ward.identifiers.gln),
            receiver: HospitalNotification.Party(
                name: home.name, sor: home.identifiers.sor, gln: home.identifiers.gln))
        let start = try Instant(iso8601: "2026-01-05T10:00:00+01:00")
        var messages: [IntakeInput] = []
        let born = try CalendarDate(iso8601: "1960-01-01")
        for index in 0..<residents {
            let cpr = SampleCPRNumbers.make(
                born: born.adding(days: index / 400), sex: index.isMultiple(of: 2) ? .female : .male,
                serial: index % 400)
            let resident = try ResidentBuilder("bench-resident-\(index)").cpr(cpr.unmaskedFormatted)
                .named("Beboer", "Nummer \(index)").actingMunicipality("0101").build()
            let placement = Placement(
                id: SyntheticRegionRandom.identifier(forKey: "bench-placement-\(index)"), resident: resident.id,
                facility: facility.id, legalBasis: .longTermStay, period: try DayRange(start: born.adding(years: 60)))
            writes.append(
                DocumentWrite(try ResidentRecord(resident: resident, placements: [placement]), expecting: .new))
            let ids = SequentialIdentifierSource(seed: UInt32(index))
            for stay in 0..<3 {
                let episode = try EpisodeOfCareIdentifier("bench-\(index)-\(stay)")
                let admitted = start.adding(seconds: Double(stay * 20 + index % 7) * 86_400)
                var kinds: [(CourseEventKind, Instant)] = [(.admitInpatient, admitted)]
                if stay < 2 { kinds.append((.discharge, admitted.adding(seconds: 9 * 86_400))) }
                var previous: HospitalNotification?
                for (kind, instant) in kinds {
                    let event = try CourseEvent(
                        id: .random(), resident: resident.id, episode: episode, kind: kind, instant: instant,
                        ward: ward.id, admission: kind.isAdmission ? AdmissionDetails(legalStatus: .voluntary) : nil)
                    let data = try writer.json(
                        for: event, resident: resident, following: previous,
                        messageID: try FHIR.ID(UUID().uuidString.lowercased()), sentAt: instant.adding(seconds: 60),
                        ids: ids)
                    previous = try HospitalNotification(json: data)
                    messages.append(IntakeInput(name: "\(index)-\(stay)-\(kind.rawValue).json", data: data))
                }
            }
        }
        let template = NSTemporaryDirectory() + "brobygger-bench-worklist-\(getpid())"
        try? FileManager.default.removeItem(atPath: template)
        let store = try FileDocumentStore(directory: template)
        _ = try await store.save(writes, provenance: provenance)
        await store.close()
        return NotificationBatch(
            template: template, messages: messages, asOf: try Instant(iso8601: "2026-02-20T12:00:00+01:00"))
    }

    /// A GLN in GS1's restricted-circulation range (first digit 2) from eleven digits.
    static func gln(_ digits: String) throws -> GLN {
        let payload = [2] + digits.compactMap(\.wholeNumberValue)
        return try GLN((payload + [GLN.checkDigit(of: payload)]).map(String.init).joined())
    }

    static let provenance = Provenance(
        author: Author(name: try! PersonName(given: "Bench", family: "Mark")), instant: Instant(secondsSince1970: 0))
}

/// The national year's resident records with the organisations, facilities and teams, in a file store.
struct NationalStore: Sendable {
    let directory: String
    let asOf: Instant
    let openStays: Int

    static func make() async throws -> NationalStore {
        let region = try SyntheticRegion.generate(.national)
        var writes: [DocumentWrite] = region.organisations.map { DocumentWrite($0, expecting: .new) }
        writes += region.facilities.map { DocumentWrite($0, expecting: .new) }
        writes += region.teams.map { DocumentWrite($0, expecting: .new) }
        let records = try region.residentRecords()
        writes += records.map { DocumentWrite($0, expecting: .new) }
        let directory = NSTemporaryDirectory() + "brobygger-bench-national-worklist-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(writes, provenance: NotificationBatch.provenance)
        await store.close()
        let asOf = try Instant(date: region.period.end ?? region.period.start, hour: 12)
        return NationalStore(
            directory: directory, asOf: asOf, openStays: records.filter(\.hasOpenPsychiatricStay).count)
    }
}

let batch = Fixture { try await NotificationBatch.make() }
let national = Fixture { try await NationalStore.make() }

let benchmarks: @Sendable () -> Void = {
    // Issue 21 target: at least 5,000 messages per second including storage.
    Benchmark(
        benchmarkName("Worklist: applying 10,000 hospital notifications and updating the worklist"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 5, maxSeconds: 60, warmupIterations: 0, mallocTolerance: 10, threadCPUTime: false,
            setup: batch.prepare,
            teardown: { try? FileManager.default.removeItem(atPath: batch.value.template) })
    ) { benchmark in
        let data = batch.value
        for _ in benchmark.scaledIterations {
            let directory = NSTemporaryDirectory() + "brobygger-bench-worklist-run-" + UUID().uuidString
            try FileManager.default.copyItem(atPath: data.template, toPath: directory)
            let store = try FileDocumentStore(directory: directory)
            let feed = DischargeWorklistFeed(store: store)
            benchmark.startMeasurement()
            let changes = try await feed.apply(
                .medcom, inputs: data.messages, provenance: NotificationBatch.provenance, asOf: data.asOf)
            benchmark.stopMeasurement()
            precondition(changes.count == 3 * NotificationBatch.residents, "\(changes.count) changes")
            blackHole(changes)
            await store.close()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
    // Issue 21 target: the worklist of a national store in at most 0.2 s (the store already open).
    Benchmark(
        benchmarkName("Worklist: the open-stays worklist of a national store"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 20, maxSeconds: 30, mallocTolerance: 10, threadCPUTime: false, setup: national.prepare,
            teardown: { try? FileManager.default.removeItem(atPath: national.value.directory) })
    ) { benchmark in
        let data = national.value
        for _ in benchmark.scaledIterations {
            let store = try FileDocumentStore(directory: data.directory, mode: .readOnly)
            benchmark.startMeasurement()
            let worklist = try await DischargeWorklist.build(store: store, asOf: data.asOf)
            benchmark.stopMeasurement()
            precondition(worklist.entries.count <= data.openStays, "\(worklist.entries.count) entries")
            blackHole(worklist)
            await store.close()
        }
    }
}
