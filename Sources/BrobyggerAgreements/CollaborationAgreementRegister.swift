import BrobyggerCore
import BrobyggerResidents

/// The collaboration agreements a region, a psychiatric centre or a municipality keeps, and the source of the agreed
/// terms the resident-overview board reads.
///
/// As a `CollaborationTermsProvider` (`BrobyggerResidents`) the register answers, for a facility, an outreach team and a day, which
/// intensified-effort criteria and which overview-meeting schedule are in force (Region Hovedstadens Psykiatri, “A.
/// Fælles beboeroverbliksmøder”). Only agreements in force that day count (signed, started, not yet ended; an
/// agreement under notice still counts until its end date), and only their version in force that day, so an amendment
/// or a termination reaches the board the day it takes effect and never earlier. When several agreements in force name
/// the same facility and team (a Region Hovedstaden agreement and a collaboration-model agreement, say), the criteria
/// of all of them apply, each identifier once, the most recently started agreement first; the overview-meeting
/// schedule is the most recently started one's.
public struct CollaborationAgreementRegister: Sendable, Hashable, Codable, CollaborationTermsProvider {
    /// The agreements, each identifier once.
    public private(set) var agreements: [CollaborationAgreement]

    /// Creates a register.
    ///
    /// - Throws: `ValidationError` with code `register.duplicate-id` when two agreements share an identifier.
    public init(_ agreements: [CollaborationAgreement] = []) throws(ValidationError) {
        var seen = Set<CollaborationAgreement.ID>()
        for (index, agreement) in agreements.enumerated() where !seen.insert(agreement.id).inserted {
            throw ValidationError(
                field: FieldPath("agreements").appending(index: index).appending("id"),
                code: "register.duplicate-id", rule: "Each agreement appears once in a register",
                offendingValue: agreement.id.description)
        }
        self.agreements = agreements
    }

    /// Adds an agreement, or replaces the stored agreement with the same identifier (for example after signing or
    /// notice).
    public mutating func upsert(_ agreement: CollaborationAgreement) {
        if let index = agreements.firstIndex(where: { $0.id == agreement.id }) {
            agreements[index] = agreement
        } else {
            agreements.append(agreement)
        }
    }

    /// The agreement with `id`, if registered.
    public subscript(id: CollaborationAgreement.ID) -> CollaborationAgreement? {
        agreements.first { $0.id == id }
    }

    /// The terms in force on `date` between `facility` and `team`, newest agreement first.
    ///
    /// An agreement matches when its version in force names `facility` in the facility role and `team` in the
    /// outreach-team role.
    public func termsInForce(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [AgreementTerms] {
        agreements.compactMap { agreement -> (CalendarDate, AgreementTerms)? in
            guard let revision = agreement.version(inForceOn: date) else { return nil }
            let terms = revision.document.terms
            let namesFacility = terms.parties.contains { $0.role == .facility && $0.id == facility }
            let namesTeam = terms.parties.contains { $0.role == .outreachTeam && $0.id == team }
            guard namesFacility && namesTeam else { return nil }
            return (agreement.history?.versions.first?.document.effectiveFrom ?? revision.document.effectiveFrom, terms)
        }
        .sorted { $0.0 > $1.0 }
        .map(\.1)
    }

    /// The intensified-effort criteria in force between `facility` and `team` on `date`.
    public func intensifiedEffortCriteria(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [IntensifiedEffortCriterion] {
        var seen = Set<String>()
        return termsInForce(facility: facility, team: team, on: date)
            .flatMap(\.intensifiedEffortCriteria)
            .filter { seen.insert($0.id).inserted }
    }

    /// The overview-meeting schedule in force between `facility` and `team` on `date`.
    public func overviewMeetingSchedule(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> OverviewMeetingSchedule? {
        termsInForce(facility: facility, team: team, on: date).lazy.compactMap(\.overviewMeeting).first
    }

    private enum CodingKeys: String, CodingKey {
        case agreements
    }

    /// Decodes a register through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let agreements = try decoder.container(keyedBy: CodingKeys.self)
            .decode([CollaborationAgreement].self, forKey: .agreements)
        self = try decoder.validating { () throws(ValidationError) in try CollaborationAgreementRegister(agreements) }
    }
}
