import BrobyggerCore
import Foundation

/// The caller-supplied wording of the instrument in one language.
///
/// The item wording of the relational-coordination survey is proprietary (Brandeis University licenses it through
/// Relational Coordination Analytics), so the SDK never ships it. A licensed user supplies it here, keyed by the
/// stable dimension and option identifiers, in any language; reports use ``ItemWording/label`` for headings.
public struct RelationalCoordinationWording: Sendable, Hashable, Codable {
    /// The wording of one item.
    public struct ItemWording: Sendable, Hashable, Codable {
        /// The dimension the wording belongs to.
        public let dimension: RelationalCoordinationDimension
        /// A short label for tables and charts (for example "Fælles mål").
        public let label: String
        /// The question stem as licensed, with the focal work process filled in by the caller.
        public let stem: String
        /// Option labels keyed by ``RelationalCoordinationAnswerOption/id``.
        public let optionLabels: [String: String]

        /// Creates the wording of one item.
        public init(
            dimension: RelationalCoordinationDimension, label: String, stem: String, optionLabels: [String: String]
        ) {
            self.dimension = dimension
            self.label = label
            self.stem = stem
            self.optionLabels = optionLabels
        }
    }

    /// The language of the wording as a BCP 47 tag (for example `"da"` or `"en-GB"`).
    public let languageTag: String
    /// The wording of each item; dimensions without wording fall back to their construct names.
    public let items: [ItemWording]

    /// Creates a wording.
    /// - Throws: `ValidationError` when the language tag is empty or two items share a dimension.
    public init(languageTag: String, items: [ItemWording]) throws(ValidationError) {
        guard !languageTag.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(
                field: "languageTag", code: "rc.wording.empty-language", rule: "A wording names its language",
                offendingValue: languageTag)
        }
        var seen = Set<RelationalCoordinationDimension>()
        for (index, item) in items.enumerated() where !seen.insert(item.dimension).inserted {
            throw ValidationError(
                field: FieldPath("items").appending(index: index), code: "rc.wording.duplicate-item",
                rule: "A wording has at most one entry per dimension", offendingValue: item.dimension.rawValue)
        }
        self.languageTag = languageTag
        self.items = items
    }

    /// The short label for `dimension`, or its English construct name when the wording has none.
    public func label(for dimension: RelationalCoordinationDimension) -> String {
        items.first { $0.dimension == dimension }?.label ?? dimension.name
    }

    /// Checks the wording against an instrument: every item worded, every option labelled, no stray labels.
    public func validate(against instrument: RelationalCoordinationInstrument) -> ValidationReport {
        var report = ValidationReport()
        let source = SourceCitation.practice("Licensed RC item wording is supplied by the caller")
        for item in instrument.items {
            let path = FieldPath("items").appending(item.dimension.rawValue)
            guard let wording = items.first(where: { $0.dimension == item.dimension }) else {
                report.append(
                    Finding(
                        code: "rc.wording.missing-item", severity: .warning, path: path,
                        message: "No wording for \(item.dimension.name)", source: source))
                continue
            }
            for option in item.options where wording.optionLabels[option.id] == nil {
                report.append(
                    Finding(
                        code: "rc.wording.missing-option", severity: .warning, path: path.appending(option.id),
                        message: "No label for option \(option.id) of \(item.dimension.name)", source: source))
            }
            for key in wording.optionLabels.keys.sorted() where item.position(ofOption: key) == nil {
                report.append(
                    Finding(
                        code: "rc.wording.unknown-option", severity: .error, path: path.appending(key),
                        message: "Label for option \(key), which \(item.dimension.name) does not have",
                        source: source))
            }
        }
        return report
    }

    private enum CodingKeys: String, CodingKey {
        case languageTag
        case items
    }

    /// Decodes a wording through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let languageTag = try container.decode(String.self, forKey: .languageTag)
        let items = try container.decode([ItemWording].self, forKey: .items)
        self = try decoder.validating { () throws(ValidationError) in try Self(languageTag: languageTag, items: items) }
    }
}
