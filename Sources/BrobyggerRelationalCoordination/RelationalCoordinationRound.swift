import BrobyggerCore

/// One round of a repeated survey, with the dates it was open.
///
/// Rounds let a before/after design (for example around joint competence development, Region Hovedstadens Psykiatri,
/// “B. Fælles kompetenceudviklingsaktiviteter”) compare the same ties over time. Measurements "cannot stand alone" in
/// change work (VIVE 2023, Bilag 1): pair them with the qualitative evaluation.
public struct RelationalCoordinationRound: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of a round.
    public typealias ID = Identifier<RelationalCoordinationRound>

    /// The round's identifier.
    public let id: ID
    /// A label for reports (for example "Baseline, spring 2026").
    public let label: String
    /// The first day answers were collected.
    public let opens: CalendarDate
    /// The last day answers were collected.
    public let closes: CalendarDate

    /// Creates a round.
    /// - Throws: `ValidationError` when the label is empty or the round closes before it opens.
    public init(id: ID, label: String, opens: CalendarDate, closes: CalendarDate) throws(ValidationError) {
        guard !label.allSatisfy(\.isWhitespace) else {
            throw ValidationError(
                field: "label", code: "rc.round.empty-label", rule: "A round has a label", offendingValue: label)
        }
        guard closes >= opens else {
            throw ValidationError(
                field: "closes", code: "rc.round.closes-before-opens",
                rule: "A round closes on or after the day it opens", offendingValue: closes.description)
        }
        self.id = id
        self.label = label
        self.opens = opens
        self.closes = closes
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case label
        case opens
        case closes
    }

    /// Decodes a round through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let label = try container.decode(String.self, forKey: .label)
        let opens = try container.decode(CalendarDate.self, forKey: .opens)
        let closes = try container.decode(CalendarDate.self, forKey: .closes)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(id: id, label: label, opens: opens, closes: closes)
        }
    }
}
