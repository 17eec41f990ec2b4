import BrobyggerCore

/// The regional settings a compliance report applies, with their documented defaults.
public struct DischargeCompliancePolicy: Sendable, Hashable, Codable {
    /// Working days within which a requested network meeting must have a slot. Default 5 (Region Hovedstaden,
    /// *Samarbejdsaftale om voksne med psykisk sygdom*, "Udskrivning").
    public var networkMeetingWorkingDays: Int
    /// The calendar counting working days.
    public var calendar: DanishCalendar

    /// Creates a policy.
    ///
    /// - Throws: `ValidationError` `compliance.network-meeting-days` when the limit is below 1.
    public init(networkMeetingWorkingDays: Int = 5, calendar: DanishCalendar = .standard) throws(ValidationError) {
        guard networkMeetingWorkingDays >= 1 else {
            throw ValidationError(
                field: "networkMeetingWorkingDays", code: "compliance.network-meeting-days",
                rule: "The network-meeting limit is at least one working day",
                offendingValue: String(networkMeetingWorkingDays))
        }
        self.networkMeetingWorkingDays = networkMeetingWorkingDays
        self.calendar = calendar
    }

    /// 5 working days, the standard Danish calendar.
    public static let standard = DischargeCompliancePolicy(checked: 5)

    private init(checked days: Int) {
        networkMeetingWorkingDays = days
        calendar = .standard
    }

    /// The source of the network-meeting limit.
    public var networkMeetingSource: SourceCitation {
        .regionalAgreement(
            "Region Hovedstaden, Samarbejdsaftale om voksne med psykisk sygdom", locator: "Udskrivning: netværksmøde")
    }

    private enum CodingKeys: String, CodingKey {
        case networkMeetingWorkingDays, calendar
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let days = try c.decode(Int.self, forKey: .networkMeetingWorkingDays)
        let calendar = try c.decodeIfPresent(DanishCalendar.self, forKey: .calendar) ?? .standard
        self = try decoder.validating {
            try DischargeCompliancePolicy(networkMeetingWorkingDays: days, calendar: calendar)
        }
    }
}
