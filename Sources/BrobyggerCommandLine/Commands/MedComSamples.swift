import Brobygger
import BrobyggerTesting
import Foundation

/// MedCom hospital-notification samples for `brobygger demo --export`: one psychiatric stay of a resident of the
/// tour facility, sent by its ward to the facility as the message bundles (FHIR R4 JSON) a hospital sends, one per
/// course event, each following the one before.
///
/// MedCom's messages name the sender and receiver by SOR code and GLN, which the synthetic region does not have, so
/// the ward and the facility get sample codes: a SOR code `99…` and a GLN in GS1's restricted-circulation range
/// (first digit `2`), neither of which is a real organisation's. The exported organisations file carries them, so
/// the bundles import against it. The stay's events are left out of the exported events file: the bundles carry
/// them instead.
struct MedComSamples {
    /// The stay's episode of care.
    var episode: EpisodeOfCareIdentifier
    /// The organisations with sample codes, by identifier.
    var coded: [Organisation.ID: Organisation]
    /// The bundles, as file name and JSON text, in the order they were sent.
    var files: [(name: String, text: String)]

    /// The folder of the exported samples the bundles are written to.
    static let folder = "medcom"

    /// The samples for a stay of one of `residents` at `facility`, or `nil` when none of them has a psychiatric stay
    /// on a ward with its discharge in the region.
    static func make(region: SyntheticRegion, facility: ResidentialFacility, residents: [Resident]) throws
        -> MedComSamples?
    {
        let wards = Dictionary(
            region.organisations.filter { $0.kind == .ward }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(residents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byEpisode = Dictionary(grouping: region.events.filter { people[$0.resident] != nil }, by: \.episode)
        // The stay with the most messages (a leave makes four), sent from one psychiatric ward, none amended.
        let candidates = byEpisode.filter { _, events in
            events.allSatisfy {
                $0.isOriginal && $0.wardType == .psychiatric && $0.ward.map { wards[$0] != nil } == true
            }
                && events.contains { $0.kind.isAdmission } && events.contains { $0.kind == .discharge }
                && Set(events.compactMap(\.ward)).count == 1
        }
        guard
            let (episode, events) = candidates.max(by: {
                ($0.value.count, $1.key.value) < ($1.value.count, $0.key.value)
            }),
            let resident = people[events[0].resident], let ward = events[0].ward.flatMap({ wards[$0] }),
            let receiver = region.organisations.first(where: { $0.id == facility.id })
        else { return nil }
        let sender = try coded(ward)
        let home = try coded(receiver)
        let writer = HospitalNotificationWriter(sender: try party(sender), receiver: try party(home))
        let ids = SequentialIdentifierSource(seed: 13)
        var previous: HospitalNotification?
        var files: [(name: String, text: String)] = []
        for (index, event) in events.sorted(by: { $0.instant < $1.instant }).enumerated() {
            let data = try writer.json(
                for: event, resident: resident, following: previous, messageID: try FHIR.ID(event.id.uuidString),
                sentAt: event.instant.adding(seconds: 120), ids: ids, prettyPrinted: true)
            previous = try HospitalNotification(json: data)
            let name = String(format: "%02d-", index + 1) + event.kind.rawValue + ".json"
            files.append((folder + "/" + name, String(decoding: data, as: UTF8.self) + "\n"))
        }
        return MedComSamples(episode: episode, coded: [sender.id: sender, home.id: home], files: files)
    }

    /// The organisation with a sample SOR code and GLN derived from its identifier.
    static func coded(_ organisation: Organisation) throws -> Organisation {
        let digits = StableIdentifier.nameBased("medcom-sample:" + organisation.id.uuidString).uuidString
            .compactMap(\.hexDigitValue).map { $0 % 10 }
        let sor = try SORCode("99" + digits.prefix(13).map(String.init).joined())
        let payload = [2] + Array(digits.dropFirst(13).prefix(11))
        let gln = try GLN((payload + [GLN.checkDigit(of: payload)]).map(String.init).joined())
        let identifiers = organisation.identifiers
        return try Organisation(
            id: organisation.id, kind: organisation.kind, name: organisation.name,
            identifiers: OrganisationIdentifiers(
                sor: sor, gln: gln, cvr: identifiers.cvr, municipality: identifiers.municipality,
                region: identifiers.region),
            address: organisation.address, partOf: organisation.partOf, contact: organisation.contact)
    }

    /// The message party of a coded organisation.
    static func party(_ organisation: Organisation) throws -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: organisation.name, sor: organisation.identifiers.sor, gln: organisation.identifiers.gln)
    }
}
