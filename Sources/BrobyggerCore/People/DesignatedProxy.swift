/// A person the resident has designated to act for them (*stedfortræder*): to give or withdraw consent to share,
/// to take part in meetings, to receive information. The resident, or a proxy they chose, is a partner in every
/// part of a coordinated effort (VIVE 2023, kapitel 5, Figur 5.1; afsnit 5.1.1.1).
public struct DesignatedProxy: Hashable, Sendable, Codable {
    /// The designated person, one of the resident's relatives.
    public let relative: Relative.ID
    /// The day the designation was made.
    public let designatedOn: CalendarDate
    /// The day it ends, if limited.
    public let validUntil: CalendarDate?
    /// What the proxy may do, in the resident's words, if limited.
    public let scope: String?

    /// Creates a designation.
    ///
    /// - Throws: ``ValidationError`` with code `proxy.period` when `validUntil` is before `designatedOn`.
    public init(
        relative: Relative.ID, designatedOn: CalendarDate, validUntil: CalendarDate? = nil, scope: String? = nil
    )
        throws(ValidationError)
    {
        if let validUntil, validUntil < designatedOn {
            throw ValidationError(
                field: "validUntil", code: "proxy.period", rule: "a designation cannot end before it is made",
                offendingValue: validUntil.iso8601)
        }
        self.relative = relative
        self.designatedOn = designatedOn
        self.validUntil = validUntil
        self.scope = scope
    }

    private enum CodingKeys: String, CodingKey {
        case relative, designatedOn, validUntil, scope
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let relative = try c.decode(Relative.ID.self, forKey: .relative)
        let designatedOn = try c.decode(CalendarDate.self, forKey: .designatedOn)
        let validUntil = try c.decodeIfPresent(CalendarDate.self, forKey: .validUntil)
        let scope = try c.decodeIfPresent(String.self, forKey: .scope)
        self = try decoder.validating {
            try DesignatedProxy(relative: relative, designatedOn: designatedOn, validUntil: validUntil, scope: scope)
        }
    }

    /// Whether the designation is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool {
        date >= designatedOn && (validUntil.map { date <= $0 } ?? true)
    }
}
