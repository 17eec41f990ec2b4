import BrobyggerCore
import BrobyggerResidents

/// A change to the open-stays worklist that a batch of hospital notifications, course events or §13a documents
/// caused: what an integration service subscribes to, so that a ward lead or an outreach team learns of it as it
/// happens rather than from the compliance report afterwards.
///
/// Every change carries the stay's worklist entry (after the batch, or before it for a stay that left), whose
/// description masks the CPR number.
public enum DischargeWorklistChange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A patient in a §13a group was admitted and needs an agreement before discharge (psykiatriloven §13a stk. 1).
    case admittedNeedsAgreement(DischargeWorklistEntry)
    /// The patient was discharged with no concluded agreement and no plan made: the alert for the ward lead and the
    /// team (psykiatriloven §13a stk. 1, "inden udskrivning").
    case dischargedWithoutAgreement(DischargeWorklistEntry, dischargedAt: Instant)
    /// The agreement was concluded or the coordination plan made for a stay (§13a stk. 1, §13b).
    case agreementConcluded(DischargeWorklistEntry)
    /// The patient refused to take part: a coordination plan is now needed (psykiatriloven §13b).
    case agreementRefused(DischargeWorklistEntry)
    /// The stay ended with its agreement or plan in place, or by the patient's death: it leaves the worklist.
    case stayEnded(DischargeWorklistEntry, endedAt: Instant, byDeath: Bool)
    /// The hospital cancelled the stay (its admission was withdrawn): it leaves the worklist.
    case stayCancelled(DischargeWorklistEntry)
    /// The hospital corrected the stay (admission time, ward, legal status, a discharge withdrawn), or a correction
    /// took it out of every §13a group (`after` is then `nil`).
    case stayCorrected(before: DischargeWorklistEntry, after: DischargeWorklistEntry?)

    /// A stable code for the kind of change, e.g. `worklist.discharged-without-agreement`.
    public var code: String {
        switch self {
        case .admittedNeedsAgreement: "worklist.admitted-needs-agreement"
        case .dischargedWithoutAgreement: "worklist.discharged-without-agreement"
        case .agreementConcluded: "worklist.agreement-concluded"
        case .agreementRefused: "worklist.agreement-refused"
        case .stayEnded: "worklist.stay-ended"
        case .stayCancelled: "worklist.stay-cancelled"
        case .stayCorrected: "worklist.stay-corrected"
        }
    }

    /// The stay's entry: after the change, or before it when the stay left the worklist.
    public var entry: DischargeWorklistEntry {
        switch self {
        case .admittedNeedsAgreement(let entry), .dischargedWithoutAgreement(let entry, _),
            .agreementConcluded(let entry), .agreementRefused(let entry), .stayEnded(let entry, _, _),
            .stayCancelled(let entry):
            entry
        case .stayCorrected(let before, let after): after ?? before
        }
    }

    /// The rule that makes the change matter.
    public var source: SourceCitation {
        switch self {
        case .agreementRefused: .section13b
        case .agreementConcluded(let entry): entry.state.kind == .planMade ? .section13b : .section13aStk1
        default: entry.basis.citation
        }
    }

    /// The code and the entry (CPR masked).
    public var description: String { "\(code): \(entry)" }

    /// The worklist changes between two states of the same residents' stays and documents.
    ///
    /// Every psychiatric stay of the inputs in a §13a group is compared, open or ended: a stay that appears open is
    /// admitted; one that was open and has ended was discharged (without an agreement: the alert) or ended by death;
    /// one admitted and discharged within the batch without an agreement is also an alert; one that is gone was
    /// cancelled; one whose admission, ward, legal status or end changed was corrected; a stay whose document became
    /// concluded or made, or refused, says so. A stay ended before the batch and unchanged by it gives nothing.
    ///
    /// - Parameters:
    ///   - before: The affected residents' stays, placements and documents before the batch.
    ///   - after: The same residents' after it.
    ///   - asOf: The instant of the batch: documents concluded after its day do not count yet; days admitted of
    ///     open stays count to it.
    ///   - policy: The worklist's policy.
    /// - Returns: The changes, by resident and episode.
    public static func changes(
        from before: DischargeWorklistInputs, to after: DischargeWorklistInputs, asOf: Instant,
        policy: DischargeWorklistPolicy = .standard
    ) -> [DischargeWorklistChange] {
        let old = tracked(before, asOf: asOf, policy: policy)
        let new = tracked(after, asOf: asOf, policy: policy)
        var changes: [DischargeWorklistChange] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let was = old[key]
            let now = new[key]
            switch (was, now) {
            case (nil, nil):
                continue
            case (nil, let now?):
                if let end = now.stay.endedAt {
                    if !now.stay.endedByDeath, now.entry.state.needsAction {
                        changes.append(.dischargedWithoutAgreement(now.entry, dischargedAt: end))
                    }
                } else if now.entry.state.needsAction {
                    changes.append(.admittedNeedsAgreement(now.entry))
                } else {
                    changes.append(.agreementConcluded(now.entry))
                }
            case (let was?, nil):
                if after.stays.contains(where: { $0.resident == key.resident && $0.episode == key.episode }) {
                    changes.append(.stayCorrected(before: was.entry, after: nil))
                } else {
                    changes.append(.stayCancelled(was.entry))
                }
            case (let was?, let now?):
                changes += compare(was, now)
            }
        }
        return changes
    }

    /// The changes of one stay present before and after.
    private static func compare(_ was: Tracked, _ now: Tracked) -> [DischargeWorklistChange] {
        var changes: [DischargeWorklistChange] = []
        let reopened = was.stay.endedAt != nil && now.stay.endedAt == nil
        let endMoved = was.stay.endedAt != nil && now.stay.endedAt != nil && was.stay.endedAt != now.stay.endedAt
        if was.stay.admittedAt != now.stay.admittedAt || was.entry.ward != now.entry.ward
            || was.entry.legalStatus != now.entry.legalStatus || was.stay.episodes != now.stay.episodes || reopened
            || endMoved
        {
            changes.append(.stayCorrected(before: was.entry, after: now.entry))
        }
        if was.entry.state.kind != now.entry.state.kind {
            switch now.entry.state {
            case .concluded, .planMade: changes.append(.agreementConcluded(now.entry))
            case .refused: changes.append(.agreementRefused(now.entry))
            case .none, .draft: break
            }
        }
        if was.stay.endedAt == nil, let end = now.stay.endedAt {
            if !now.stay.endedByDeath, now.entry.state.needsAction {
                changes.append(.dischargedWithoutAgreement(now.entry, dischargedAt: end))
            } else {
                changes.append(.stayEnded(now.entry, endedAt: end, byDeath: now.stay.endedByDeath))
            }
        }
        return changes
    }

    /// A stay in a §13a group with its entry.
    private struct Tracked {
        var stay: Stay
        var entry: DischargeWorklistEntry
    }

    /// Every psychiatric stay in a §13a group, open or ended, by its identifier; the entry of an ended stay counts
    /// its days to the end.
    private static func tracked(_ inputs: DischargeWorklistInputs, asOf: Instant, policy: DischargeWorklistPolicy)
        -> [DischargeWorklistEntry.ID: Tracked]
    {
        let lookup = inputs.lookup(policy)
        var result: [DischargeWorklistEntry.ID: Tracked] = [:]
        for stay in inputs.stays where stay.wardType == .psychiatric {
            let instant = stay.endedAt.map { min($0, max(asOf, stay.admittedAt)) } ?? max(asOf, stay.admittedAt)
            guard var entry = lookup.entry(for: stay, asOf: instant) else { continue }
            if instant < asOf {
                // The document's state is today's, not the discharge day's.
                let fresh = lookup.entry(for: stay, asOf: asOf)
                entry.state = fresh?.state ?? entry.state
                entry.documentID = fresh?.documentID ?? entry.documentID
                entry.consultant = fresh?.consultant ?? entry.consultant
            }
            result[entry.id] = Tracked(stay: stay, entry: entry)
        }
        return result
    }
}
