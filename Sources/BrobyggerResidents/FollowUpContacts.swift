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
        var grouped: [Resident.ID: [(offset: Int, contact: TeamContact)]] = [:]
        for (offset, contact) in contacts.enumerated() {
            grouped[contact.resident, default: []].append((offset, contact))
        }
        byResident = grouped.mapValues { items in
            items.sorted { ($0.contact.instant, $0.offset) < ($1.contact.instant, $1.offset) }.map(\.contact)
        }
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
