import BrobyggerCore
import Foundation

/// A criterion for joint intensified effort (*kriterie for fælles intensiveret indsats*), agreed between a
/// residential facility (*botilbud*) and its psychiatric outreach team (*botilbudsteam*).
///
/// Region Hovedstaden's cross-sector project developed and tested fixed criteria for when a resident needs
/// intensified, jointly coordinated effort. Their purpose is a shared understanding of what is acute and needs
/// extra coordination between facility and team, and a shared language for acute and sub-acute states, so that
/// the intensity of the joint effort can be turned up and down for each resident (seed 000 l.148–157, l.174–176).
/// The criteria are agreed locally in the collaboration agreement and shown on the resident-overview board, where
/// the weekly overview meeting checks which residents currently meet them (seed 000 l.138–146, l.161–163).
public struct IntensifiedEffortCriterion: Identifiable, Sendable, Hashable, Codable {
    /// Stable identifier of the criterion within the agreement that defines it (for example `"medication-refusal"`),
    /// so a board entry can refer to the criterion it was triggered by.
    public let id: String
    /// Short title as shown on the board (for example "Afviser medicin i mere end to døgn").
    public var title: String
    /// Optional fuller description: what the staff observe and how the criterion is judged.
    public var details: String?
    /// Whether meeting the criterion is an acute or a sub-acute situation (seed 000 l.174–176).
    public var acuity: Acuity

    /// How urgent a situation meeting a criterion is: the shared acute/sub-acute language of seed 000 l.174–176.
    public enum Acuity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Acute (*akut*): needs extra coordination and contact between facility and team at once.
        case acute
        /// Sub-acute (*subakut*): needs intensified effort planned at the next overview meeting.
        case subacute
    }

    /// Creates a criterion.
    ///
    /// - Throws: `ValidationError` with code `criterion.id-empty` or `criterion.title-empty` when the identifier
    ///   or the title is empty or only whitespace: a criterion the board cannot name cannot be agreed.
    public init(id: String, title: String, details: String? = nil, acuity: Acuity) throws(ValidationError) {
        guard !id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                field: "id", code: "criterion.id-empty",
                rule: "An intensified-effort criterion has a non-empty identifier", offendingValue: id)
        }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                field: "title", code: "criterion.title-empty",
                rule: "An intensified-effort criterion has a non-empty title", offendingValue: title)
        }
        self.id = id
        self.title = title
        self.details = details
        self.acuity = acuity
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case title
        case details
        case acuity
    }

    /// Decodes a criterion through the validating initialiser, so JSON cannot build an invalid criterion.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                id: container.decode(String.self, forKey: .id),
                title: container.decode(String.self, forKey: .title),
                details: container.decodeIfPresent(String.self, forKey: .details),
                acuity: container.decode(Acuity.self, forKey: .acuity))
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}
