import BrobyggerCore

/// Team contacts grouped by resident and ordered by instant once, so that the follow-ups of many discharges
/// (a compliance report's year of stays) are each found by a binary search instead of a scan of every contact.
///
/// Evaluating a follow-up against them gives exactly what evaluating it against the same contacts as an array
/// gives: the earliest qualifying contact at or after the discharge, the first in the given order among contacts at
/// the same instant.
public struct FollowUpContacts: Sendable, Hashable {
    /// Each resident's contacts, by instant (ties in the order given).
    private let byResident: [Resident.ID: [TeamContact]]

    /// Groups and orders `contacts`.
    public init(_ contacts: some Sequence<TeamContact>) {
        byResident = Dictionary(grouping: contacts, by: \.resident).mapValues(Self.ordered)
    }

    /// The contacts of resident records (each record's contacts are its resident's, a rule of the record), ordered;
    /// a record's contacts already in order are taken as they are, without copying. Records of one resident are
    /// taken together, in the order given.
    public init(records: some Sequence<ResidentRecord>) {
        var grouped: [Resident.ID: [TeamContact]] = [:]
        for record in records where !record.contacts.isEmpty {
            if let earlier = grouped[record.id] {
                grouped[record.id] = Self.ordered(earlier + record.contacts)
            } else {
                grouped[record.id] = Self.ordered(record.contacts)
            }
        }
        byResident = grouped
    }

    /// `contacts` by instant, ties in the order given (a stable sort; the array itself when already in order).
    private static func ordered(_ contacts: [TeamContact]) -> [TeamContact] {
        if zip(contacts, contacts.dropFirst()).allSatisfy({ $0.instant <= $1.instant }) { return contacts }
        return contacts.enumerated()
            .sorted { ($0.element.instant, $0.offset) < ($1.element.instant, $1.offset) }
            .map(\.element)
    }

    /// The resident's earliest contact at or after `instant` on one of `channels`, the first given among contacts
    /// at the same instant.
    public func first(of resident: Resident.ID, atOrAfter instant: Instant, on channels: Set<ContactChannel>)
        -> TeamContact?
    {
        guard let contacts = byResident[resident] else { return nil }
        var low = 0
        var high = contacts.count
        while low < high {
            let middle = (low + high) / 2
            if contacts[middle].instant < instant { low = middle + 1 } else { high = middle }
        }
        return contacts[low...].first { channels.contains($0.channel) }
    }
}
