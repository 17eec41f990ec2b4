import Brobygger
import BrobyggerTesting
import Foundation

/// A small network, two residents and one psychiatric stay, as the flat files carry them, imported through the
/// library alone.
enum IntakeFixture {
    static let today = try! CalendarDate(iso8601: "2025-06-01")

    static let provenance = Provenance(
        author: Author(name: try! PersonName(given: "Intake", family: "Test")), instant: try! Instant(date: today))

    static let cprA = SampleCPRNumbers.make(born: try! CalendarDate(iso8601: "1980-05-17"), sex: .female, serial: 3)
    static let cprB = SampleCPRNumbers.make(born: try! CalendarDate(iso8601: "1975-11-02"), sex: .male, serial: 8)

    static let organisations = """
        id,kind,name,sor,gln,municipality,region
        centre-1,psychiatric_centre,Psykiatrisk Center Test,,,,1084
        ward-1,ward,"Afsnit 1, Test",,,,1084
        team-1,outreach_team,Botilbudsteam Test,,,,1084
        home-1,facility,Botilbuddet Engen,,,0101,
        """
    static let facilities = """
        id,legal_basis,owner,capacity,approved_target_groups,team
        home-1,sel108,municipal,12,psychiatric;substance_use,team-1
        """
    static var residents: String {
        """
        resident,given_name,family_name,municipality,diagnoses
        \(cprA.unmaskedFormatted),Ida,Olsen,0101,DF20;DF12
        \(cprB.unmaskedValue),Bo,Berg,0101,
        """
    }
    static var placements: String {
        """
        resident,facility,legal_basis,from,to
        \(cprA.unmaskedFormatted),home-1,sel108,2025-01-01,
        \(cprB.unmaskedFormatted),home-1,sel108,2025-02-01,
        """
    }
    /// Ida is discharged on Thursday 20 March 2025; five working days later is Thursday 27 March.
    static var events: String {
        """
        event_id,resident,episode,kind,at,ward,admission,supersedes
        e1,\(cprA.unmaskedFormatted),ep1,admit_inpatient,2025-03-02T14:05:00+01:00,ward-1,voluntary,
        e2,\(cprA.unmaskedFormatted),ep1,discharge,2025-03-20T10:00:00+01:00,ward-1,,
        """
    }

    /// Plans `text` as `kind` against `store`.
    static func plan(_ kind: IntakeKind, _ text: String, store: any DocumentStore) async throws -> ImportPlan {
        try await ImportPlanner(store: store, today: today).plan(
            kind, inputs: [IntakeInput(name: "\(kind.rawValue).csv", data: Data(text.utf8))])
    }

    /// Plans and applies an import, failing on any problem.
    @discardableResult
    static func importAll(_ kind: IntakeKind, _ text: String, store: any DocumentStore) async throws -> ImportPlan {
        let plan = try await plan(kind, text, store: store)
        guard plan.problems.isEmpty else { throw InputProblems(problems: plan.problems) }
        try await plan.apply(to: store, provenance: provenance)
        return plan
    }

    /// A store with the network, the residents, their placements and Ida's stay.
    static func store() async throws -> InMemoryDocumentStore {
        let store = InMemoryDocumentStore()
        try await importAll(.organisations, organisations, store: store)
        try await importAll(.facilities, facilities, store: store)
        try await importAll(.residents, residents, store: store)
        try await importAll(.placements, placements, store: store)
        try await importAll(.events, events, store: store)
        return store
    }
}
