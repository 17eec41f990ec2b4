import BrobyggerCore

/// The pseudonym of a survey respondent: stable within a survey so duplicates can be found and rounds linked,
/// never a name, an e-mail address or a CPR number.
///
/// Relational-coordination results are published per workgroup only; the pseudonym exists to detect duplicate
/// answers within a round and is never shown in a report.
public struct RelationalCoordinationRespondent: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The pseudonym, 1–64 characters without whitespace.
    public let pseudonym: String

    /// Creates a respondent pseudonym.
    /// - Throws: `ValidationError` when the pseudonym is empty, longer than 64 characters, contains whitespace or
    ///   is ten digits (which could be a CPR number).
    public init(pseudonym: String) throws(ValidationError) {
        guard !pseudonym.isEmpty, pseudonym.count <= 64, !pseudonym.contains(where: \.isWhitespace) else {
            throw ValidationError(
                field: "pseudonym", code: "rc.respondent.invalid-pseudonym",
                rule: "A respondent pseudonym is 1–64 characters without whitespace", offendingValue: nil)
        }
        let digits = pseudonym.filter(\.isNumber)
        guard !(digits.count == 10 && pseudonym.allSatisfy({ $0.isNumber || $0 == "-" })) else {
            throw ValidationError(
                field: "pseudonym", code: "rc.respondent.looks-like-cpr",
                rule: "A respondent pseudonym must not be a CPR number", offendingValue: "xxxxxx-xxxx")
        }
        self.pseudonym = pseudonym
    }

    /// The pseudonym itself.
    public var description: String { pseudonym }

    /// Orders respondents by pseudonym.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.pseudonym < rhs.pseudonym }

    /// Decodes a pseudonym through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { () throws(ValidationError) in try Self(pseudonym: value) }
    }

    /// Encodes the pseudonym as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pseudonym)
    }
}
