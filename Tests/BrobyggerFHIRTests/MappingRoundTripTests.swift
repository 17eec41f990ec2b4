import BrobyggerCore
import BrobyggerFHIR
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// Writes a resource as FHIR JSON and reads it back with the fast reader, as a receiver would.
func throughJSON<Resource: Codable & Sendable>(_ resource: Resource) throws -> Resource {
    try FHIR.decode(Resource.self, from: FHIR.encode(resource))
}

@Suite("Domain ↔ FHIR mappings: round trips")
struct MappingRoundTripTests {
    @Test("A resident survives Patient and FHIR JSON unchanged", arguments: [1, 2] as [UInt64])
    func resident(seed: UInt64) throws {
        let residents = try MappingGenerators.residents(seed: seed)
        #expect(residents.count >= 300)
        #expect(residents.contains { $0.proxy?.scope != nil })
        #expect(residents.contains { !$0.gafScores.isEmpty && $0.diagnoses.count > 1 })
        for resident in residents {
            let patient = try throughJSON(FHIR.Patient(resident))
            #expect(try Resident(patient) == resident)
        }
    }

    @Test("A course event survives Encounter and FHIR JSON unchanged", arguments: [3, 4] as [UInt64])
    func courseEvent(seed: UInt64) throws {
        let events = try MappingGenerators.events(seed: seed)
        #expect(events.count >= 300)
        #expect(Set(events.map(\.kind)).isSuperset(of: CourseEventKind.known.filter { $0 != .death }))
        #expect(events.contains { $0.isCancellation } && events.contains { $0.amendment != nil && !$0.isCancellation })
        for event in events {
            let encounter = try throughJSON(FHIR.Encounter(event))
            #expect(try CourseEvent(encounter) == event)
        }
    }

    @Test("Every course event kind, including unrecognised ones and a death, round-trips")
    func everyKind() throws {
        let resident = try ResidentBuilder("kinds").build()
        let at = try Instant(iso8601: "2026-02-03T04:05:06.789+01:00")
        for kind in CourseEventKind.known + [.unrecognized("STXX")] {
            let event = try CourseEvent(
                id: WriterFixtures.eventID(), resident: resident.id, episode: EpisodeOfCareIdentifier("E"), kind: kind,
                instant: at, wardType: .somatic,
                admission: kind.isAdmission ? AdmissionDetails(legalStatus: .detention) : nil)
            #expect(try CourseEvent(throughJSON(FHIR.Encounter(event))) == event)
        }
    }
}

@Suite("Domain ↔ FHIR mappings: organisations and teams")
struct OrganisationMappingRoundTripTests {
    @Test("A residential facility survives Organization and FHIR JSON unchanged")
    func facility() throws {
        let facilities = try MappingGenerators.facilities(seed: 5)
        #expect(facilities.count >= 100)
        for facility in facilities {
            #expect(try ResidentialFacility(throughJSON(FHIR.Organization(facility))) == facility)
        }
    }

    @Test("An outreach team survives CareTeam and FHIR JSON unchanged")
    func team() throws {
        let teams = try MappingGenerators.teams(seed: 6)
        #expect(teams.count >= 24)
        #expect(teams.contains { !$0.onCallRota.isEmpty && !$0.servedFacilities.isEmpty })
        for team in teams {
            #expect(try OutreachTeam(throughJSON(FHIR.CareTeam(team))) == team)
        }
    }
}
