import BrobyggerCore

/// Consent to share information (*samtykke til videregivelse*), agreed with the resident at a calm time: what may
/// be shared, with whom, under which conditions, for how long; it can be withdrawn, and a proxy may give it
/// (VIVE 2023, afsnit 5.2.2.2, core element 5). Disclosure under psykiatriloven §13c is a separate basis and is not
/// modelled as consent.
public struct ConsentToShare: Identifiable, Sendable, Hashable, Codable {
    /// The consent's identifier.
    public typealias ID = Identifier<ConsentToShare>

    /// Who may receive the information.
    public enum Recipient: Sendable, Hashable, Codable {
        /// A named organisation, e.g. the resident's *botilbud*.
        case organisation(Organisation.ID)
        /// Any organisation of a kind, e.g. the resident's GP practice.
        case organisationKind(OrganisationKind)
        /// A named professional.
        case professional(Professional.ID)
        /// A named relative.
        case relative(Relative.ID)
    }

    /// When sharing is allowed.
    public enum Condition: Sendable, Hashable, Codable {
        /// Whenever needed within the period.
        case always
        /// Only while the resident is admitted ("on admission, tell my *botilbud*").
        case whileAdmitted
        /// A condition in the resident's words that a person must judge each time.
        case described(String)
    }

    /// Who gave the consent.
    public enum Giver: Sendable, Hashable, Codable {
        /// The resident.
        case resident
        /// The proxy (*stedfortræder*) the resident designated.
        case proxy(Relative.ID)
    }

    /// A withdrawal (*tilbagekaldelse*).
    public struct Withdrawal: Sendable, Hashable, Codable {
        /// The first day the consent no longer applies.
        public var effectiveFrom: CalendarDate
        /// Who recorded it.
        public var recordedBy: Author

        /// Creates a withdrawal.
        public init(effectiveFrom: CalendarDate, recordedBy: Author) {
            self.effectiveFrom = effectiveFrom
            self.recordedBy = recordedBy
        }
    }

    /// The identifier.
    public let id: ID
    /// The resident the information is about.
    public let resident: Resident.ID
    /// Who gave it.
    public let givenBy: Giver
    /// When it was given.
    public let givenOn: CalendarDate
    /// What may be shared; never empty.
    public let information: Set<SharedInformation>
    /// With whom; never empty.
    public let recipients: [Recipient]
    /// Under which condition.
    public let condition: Condition
    /// For how long.
    public let period: DayRange
    /// The withdrawal, if withdrawn.
    public private(set) var withdrawal: Withdrawal?

    /// Records a consent.
    ///
    /// - Throws: `ValidationError` when nothing or no one is named (`consent.empty-information`,
    ///   `consent.no-recipient`) or the period starts before the consent was given (`consent.period-before-given`).
    public init(
        id: ID, resident: Resident.ID, givenBy: Giver, givenOn: CalendarDate, information: Set<SharedInformation>,
        recipients: [Recipient], condition: Condition = .always, period: DayRange, withdrawal: Withdrawal? = nil
    ) throws(ValidationError) {
        guard !information.isEmpty else {
            throw ValidationError(
                field: "information", code: "consent.empty-information", rule: "Consent names what may be shared")
        }
        guard !recipients.isEmpty else {
            throw ValidationError(
                field: "recipients", code: "consent.no-recipient", rule: "Consent names with whom it may be shared")
        }
        guard period.start >= givenOn else {
            throw ValidationError(
                field: "period.start", code: "consent.period-before-given",
                rule: "Consent applies from the day it is given, not before", offendingValue: period.start.iso8601)
        }
        if let withdrawal, withdrawal.effectiveFrom < givenOn {
            throw ValidationError(
                field: "withdrawal.effectiveFrom", code: "consent.withdrawn-before-given",
                rule: "Consent is withdrawn after it is given", offendingValue: withdrawal.effectiveFrom.iso8601)
        }
        self.id = id
        self.resident = resident
        self.givenBy = givenBy
        self.givenOn = givenOn
        self.information = information
        self.recipients = recipients
        self.condition = condition
        self.period = period
        self.withdrawal = withdrawal
    }

    /// Returns the consent withdrawn from a date.
    ///
    /// - Throws: `ValidationError` when already withdrawn or the date precedes the consent.
    public func withdrawn(from date: CalendarDate, recordedBy author: Author) throws(ValidationError) -> ConsentToShare
    {
        guard withdrawal == nil else {
            throw ValidationError(
                field: "withdrawal", code: "consent.already-withdrawn", rule: "Consent is withdrawn once",
                offendingValue: withdrawal?.effectiveFrom.iso8601)
        }
        return try ConsentToShare(
            id: id, resident: resident, givenBy: givenBy, givenOn: givenOn, information: information,
            recipients: recipients, condition: condition, period: period,
            withdrawal: Withdrawal(effectiveFrom: date, recordedBy: author))
    }

    /// Whether the consent applies on a date (within its period and not withdrawn).
    public func isInForce(on date: CalendarDate) -> Bool {
        period.contains(date) && (withdrawal.map { date < $0.effectiveFrom } ?? true)
    }

    /// Whether the consent names the viewer as a recipient.
    public func covers(_ viewer: InformationViewer) -> Bool {
        recipients.contains { recipient in
            switch recipient {
            case .organisation(let id): id == viewer.organisation
            case .organisationKind(let kind): kind == viewer.organisationKind
            case .professional(let id): viewer.professional == id
            case .relative(let id): viewer.relative == id
            }
        }
    }

    /// Checks that a consent given by a proxy was given by the resident's designated proxy while the designation
    /// was in force.
    public func review(against resident: Resident) -> ValidationReport {
        guard case .proxy(let relative) = givenBy else { return ValidationReport() }
        if let proxy = resident.proxy, proxy.relative == relative, proxy.isInForce(on: givenOn) {
            return ValidationReport()
        }
        return ValidationReport([
            Finding(
                code: "consent.not-designated-proxy", severity: .error, path: "givenBy",
                message: "The consent was given by someone who was not the resident's designated proxy on \(givenOn).",
                source: .document(.vive2023, locator: "Hovedresultater"))
        ])
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, givenBy, givenOn, information, recipients, condition, period, withdrawal
    }

    /// Decodes a consent through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let giver = try container.decode(Giver.self, forKey: .givenBy)
        let givenOn = try container.decode(CalendarDate.self, forKey: .givenOn)
        let information = try container.decode(Set<SharedInformation>.self, forKey: .information)
        let recipients = try container.decode([Recipient].self, forKey: .recipients)
        let condition = try container.decode(Condition.self, forKey: .condition)
        let period = try container.decode(DayRange.self, forKey: .period)
        let withdrawal = try container.decodeIfPresent(Withdrawal.self, forKey: .withdrawal)
        self = try decoder.validating {
            try ConsentToShare(
                id: id, resident: resident, givenBy: giver, givenOn: givenOn, information: information,
                recipients: recipients, condition: condition, period: period, withdrawal: withdrawal)
        }
    }

    /// Encodes the consent (information sorted, so the output is stable).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(resident, forKey: .resident)
        try container.encode(givenBy, forKey: .givenBy)
        try container.encode(givenOn, forKey: .givenOn)
        try container.encode(information.sorted(), forKey: .information)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(condition, forKey: .condition)
        try container.encode(period, forKey: .period)
        try container.encodeIfPresent(withdrawal, forKey: .withdrawal)
    }
}
