import BrobyggerCore
import BrobyggerResidents

/// The resident's consent to share the plan: with whom, given when and by whom, and, where recorded elsewhere, the
/// consent record it refers to.
///
/// Without consent, staff in one sector cannot see what the other holds (VIVE 2023, afsnit 2.2.2). The plan is shared
/// only with the recipients named here; validation reports a plan shared beyond them
/// (`careplan.shared-beyond-consent`).
public struct CarePlanSharingConsent: Sendable, Hashable, Codable {
    /// Who gave it.
    public var givenBy: ConsentToShare.Giver
    /// When it was given.
    public var givenOn: CalendarDate
    /// With whom the plan may be shared.
    public var recipients: [ConsentToShare.Recipient]
    /// The consent record in the consent register, when there is one.
    public var reference: ConsentToShare.ID?
    /// The first day it no longer applies, when withdrawn.
    public var withdrawnFrom: CalendarDate?

    /// Records the consent.
    public init(
        givenBy: ConsentToShare.Giver = .resident, givenOn: CalendarDate, recipients: [ConsentToShare.Recipient],
        reference: ConsentToShare.ID? = nil, withdrawnFrom: CalendarDate? = nil
    ) {
        self.givenBy = givenBy
        self.givenOn = givenOn
        self.recipients = recipients
        self.reference = reference
        self.withdrawnFrom = withdrawnFrom
    }

    /// Whether the consent applies on a date.
    public func isInForce(on date: CalendarDate) -> Bool {
        givenOn <= date && (withdrawnFrom.map { date < $0 } ?? true)
    }

    /// Whether the consent lets the plan be shared with an organisation.
    public func covers(_ organisation: CarePlanOrganisation) -> Bool {
        recipients.contains { recipient in
            switch recipient {
            case .organisation(let id): id == organisation.id
            case .organisationKind(let kind): kind == organisation.kind
            case .professional, .relative: false
            }
        }
    }

    /// Whether the consent lets the plan be shared with a party.
    public func covers(_ party: CarePlanParty) -> Bool {
        switch party {
        case .resident: true
        case .relative(let id, _):
            recipients.contains { $0 == .relative(id) }
        case .professional(let id, _, let organisation):
            recipients.contains { $0 == .professional(id) } || covers(organisation)
        case .organisation(let organisation): covers(organisation)
        }
    }
}
