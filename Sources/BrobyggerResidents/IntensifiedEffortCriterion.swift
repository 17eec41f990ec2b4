import BrobyggerCore
import Foundation

/// A criterion for joint intensified effort (*kriterie for fælles intensiveret indsats*).
///
/// Region Hovedstaden's cross-sector project had each *botilbud* and its outreach team agree fixed criteria for
/// when a shared resident needs intensified effort, so that both sides share one language of what is acute and
/// sub-acute and can turn the intensity up and down (Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”).
/// The criteria are data agreed locally per facility and team, never a list compiled into the library: the
/// resident-overview board takes them from a ``CollaborationTermsProvider``.
public struct IntensifiedEffortCriterion: Identifiable, Sendable, Hashable, Codable {
    /// How urgent a situation matching the criterion is (*akut* / *subakut*), Region Hovedstadens Psykiatri, “A. Fælles
    /// beboeroverbliksmøder”.
    public enum Acuity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Acute (*akut*): needs extra coordination and contact between facility and team now.
        case acute
        /// Sub-acute (*subakut*): needs stepped-up attention in the coming days.
        case subacute

        /// The Danish term used on the board.
        public var danishName: String {
            switch self {
            case .acute: "akut"
            case .subacute: "subakut"
            }
        }
    }

    /// A stable code agreed locally (for example `"medicinsvigt"`), unique within one set of criteria.
    public let id: String
    /// The criterion as the parties wrote it, in Danish (for example "Har ikke taget medicin i to døgn").
    public var title: String
    /// Optional elaboration: what to look for, what the parties agreed to do.
    public var details: String?
    /// Whether a match is acute or sub-acute.
    public var acuity: Acuity

    /// Creates a criterion.
    ///
    /// - Throws: `ValidationError` when the code or the title is empty or only whitespace.
    public init(id: String, title: String, details: String? = nil, acuity: Acuity) throws(ValidationError) {
        guard !id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                field: "id", code: "criterion.empty-id", rule: "A criterion has a non-empty stable code",
                offendingValue: id)
        }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                field: "title", code: "criterion.empty-title", rule: "A criterion has a non-empty title",
                offendingValue: title)
        }
        self.id = id
        self.title = title
        self.details = details
        self.acuity = acuity
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, details, acuity
    }

    /// Decodes a criterion through the validating initialiser.
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
                .init(codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Encodes the criterion.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(details, forKey: .details)
        try container.encode(acuity, forKey: .acuity)
    }
}
