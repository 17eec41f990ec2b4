import BrobyggerCore

/// The rule for the outreach team's follow-up after a discharge.
///
/// Psykiatrisk Center København: "inden for 5 hverdage når borgeren er udskrevet, så skal vi ud og tale med
/// borgeren og følge op" (Erfaringsopsamling 2024, afsnit 4.3.2), as "either a physical visit or a call" (afsnit 3.2.3).
/// Weekdays are counted with the Danish calendar (Monday–Friday except public holidays). A regional rule: configurable.
public struct FollowUpPolicy: Sendable, Hashable, Codable {
    /// Weekdays after the discharge date by which the follow-up is due. Default 5; 1–60.
    public let weekdays: Int
    /// The channels that count as a follow-up. Default: in person and phone. Never empty.
    public let qualifyingChannels: Set<ContactChannel>

    /// Creates a policy.
    ///
    /// - Throws: `ValidationError` when `weekdays` is not 1–60 (`follow-up.invalid-deadline`) or no channel
    ///   qualifies (`follow-up.no-channel`).
    public init(weekdays: Int = 5, qualifyingChannels: Set<ContactChannel> = [.inPerson, .phone])
        throws(ValidationError)
    {
        guard (1...60).contains(weekdays) else {
            throw ValidationError(
                field: "weekdays", code: "follow-up.invalid-deadline",
                rule: "The follow-up deadline is 1–60 weekdays",
                offendingValue: String(weekdays))
        }
        guard !qualifyingChannels.isEmpty else {
            throw ValidationError(
                field: "qualifyingChannels", code: "follow-up.no-channel",
                rule: "At least one channel counts as follow-up",
                offendingValue: nil)
        }
        self.weekdays = weekdays
        self.qualifyingChannels = qualifyingChannels
    }

    /// The default: 5 weekdays, a visit or a call.
    public static let standard = FollowUpPolicy(checkedWeekdays: 5, channels: [.inPerson, .phone])

    private init(checkedWeekdays: Int, channels: Set<ContactChannel>) {
        weekdays = checkedWeekdays
        qualifyingChannels = channels
    }

    /// Where the policy comes from, for findings.
    public var source: SourceCitation { .document(.erfaringsopsamling2024, locator: "afsnit 4.3.2") }

    private enum CodingKeys: String, CodingKey {
        case weekdays, qualifyingChannels
    }

    /// Decodes a policy through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weekdays = try container.decode(Int.self, forKey: .weekdays)
        let channels = try container.decode(Set<ContactChannel>.self, forKey: .qualifyingChannels)
        self = try decoder.validating { try FollowUpPolicy(weekdays: weekdays, qualifyingChannels: channels) }
    }

    /// Encodes the policy.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekdays, forKey: .weekdays)
        try container.encode(qualifyingChannels.sorted { $0.rawValue < $1.rawValue }, forKey: .qualifyingChannels)
    }
}
