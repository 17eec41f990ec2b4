import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation

/// Seeded domain values for the mapping round-trip properties: a synthetic region's values, varied with a SplitMix
/// generator so that every optional element is sometimes present and sometimes not.
enum MappingGenerators {
    /// One region shared by the property tests (generating it is the expensive part).
    static let region: SyntheticRegion = {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.seed = 4_711
        parameters.residents = 300
        do {
            return try SyntheticRegion.generate(parameters)
        } catch {
            preconditionFailure("the synthetic region generates: \(error)")
        }
    }()

    /// The region's residents, each varied: contact details for relatives, a proxy's end and scope, contact persons.
    static func residents(seed: UInt64) throws -> [Resident] {
        var random = SyntheticRegionRandom(seed: seed)
        return try region.residents.map { resident throws(ValidationError) in
            var relatives = resident.relatives.map { relative in
                // Empty contact details and none are the same in FHIR (no telecom), so only non-empty ones are made.
                Relative(
                    id: relative.id, name: relative.name, relationship: random.pick(Relative.Relationship.allCases),
                    contact: random.chance(0.5)
                        ? ContactDetails(
                            phone: random.chance(0.8) ? "+45 \(random.int(20_000_000...99_999_999))" : nil,
                            email: random.chance(0.5) ? "paaroerende\(random.int(1...999))@example.dk" : nil,
                            secureMessaging: random.chance(0.2) ? "sikker\(random.int(1...99))@example.dk" : nil)
                        : nil
                ).withoutEmptyContact
            }
            if relatives.isEmpty, random.chance(0.5) {
                relatives.append(
                    Relative(
                        id: random.nextIdentifier(), name: try PersonName(given: "Hanne", family: "Sørensen"),
                        relationship: .sibling))
            }
            var proxy = resident.proxy
            if let first = relatives.first, random.chance(0.4) {
                let from = try CalendarDate(iso8601: "2025-0\(random.int(1...9))-1\(random.int(0...9))")
                proxy = try DesignatedProxy(
                    relative: first.id, designatedOn: from,
                    validUntil: random.chance(0.5) ? from.adding(days: random.int(0...900)) : nil,
                    scope: random.chance(0.5) ? "Behandlingsbeslutninger og kontakt til kommunen" : nil)
            }
            var varied = try resident.withRelatives(relatives, proxy: proxy)
            varied.facilityContactPerson = random.chance(0.5) ? random.nextIdentifier() : nil
            varied.teamPrimaryContact = random.chance(0.5) ? random.nextIdentifier() : nil
            return varied
        }
    }

    /// The region's course events, admissions varied in whether they started acutely.
    static func events(seed: UInt64) throws -> [CourseEvent] {
        var random = SyntheticRegionRandom(seed: seed)
        return try region.events.map { event throws(ValidationError) in
            guard var admission = event.admission else { return event }
            admission.startedAcutely = random.chance(0.3) ? random.chance(0.5) : nil
            return try CourseEvent(
                id: event.id, resident: event.resident, episode: event.episode, kind: event.kind,
                instant: event.instant.adding(seconds: Double(random.int(0...999)) / 1_000), ward: event.ward,
                wardType: event.wardType, admission: admission, amendment: event.amendment)
        }
    }
}

extension Relative {
    /// The relative with empty contact details removed.
    var withoutEmptyContact: Relative {
        Relative(id: id, name: name, relationship: relationship, contact: contact?.isEmpty == true ? nil : contact)
    }
}
