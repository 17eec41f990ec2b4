import BrobyggerCore

/// An ICD-10 diagnosis code as used in Denmark (SKS form, `DF20`, `DF200`, `DF102`).
///
/// The code is stored in the SKS form with the leading `D` (SKS, Sundhedsvæsenets Klassifikations System); `F20`,
/// `F20.0` and `df200` are accepted and normalised (a dot is allowed only after the category). Grouping by block
/// (substance use F10–F19, schizophrenia spectrum F20–F29 …) drives the target-group rules and the readmission
/// definitions (a readmission that starts with a cancer or accident diagnosis is not an acute readmission,
/// ``AcuteReadmissionExclusions``).
public struct DiagnosisCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The normalised SKS code, for example `DF200`.
    public let code: String

    /// Creates a code from SKS (`DF200`) or plain ICD-10 (`F20.0`) notation.
    ///
    /// - Throws: `ValidationError` (`diagnosis.invalid-code`) unless the code is a chapter letter, two digits and
    ///   at most four further letters or digits.
    public init(_ text: String) throws(ValidationError) {
        // A code already in the normalised form (every stored code, most imported ones) is taken as it is: what
        // `normalised(_:)` gives for it.
        code = Self.isNormalised(text) ? text : try Self.normalised(text)
    }

    /// `text` in the normalised SKS form: upper case, without white space or the dot, with one leading `D`.
    ///
    /// - Throws: `ValidationError` (`diagnosis.invalid-code`) as ``init(_:)`` does.
    static func normalised(_ text: String) throws(ValidationError) -> String {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        let dots = compact.filter { $0 == "." }.count
        let dotIsAfterCategory =
            dots == 0
            || (dots == 1
                && [3, 4].contains(compact.distance(from: compact.startIndex, to: compact.firstIndex(of: ".")!)))
        var normalised = String(compact.filter { $0 != "." })
        if normalised.count >= 4, normalised.first == "D",
            let second = normalised.dropFirst().first, second.isLetter
        {
            normalised.removeFirst()
        }
        let characters = Array(normalised)
        let isValid =
            dotIsAfterCategory && (3...7).contains(characters.count)
            && characters[0].isASCII && characters[0].isLetter
            && characters[1].isASCII && characters[1].isNumber
            && characters[2].isASCII && characters[2].isNumber
            && characters.dropFirst(3).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard isValid else {
            throw ValidationError(
                field: "code", code: "diagnosis.invalid-code",
                rule: "An ICD-10 code is a chapter letter, two digits and at most four more characters (e.g. DF20)",
                offendingValue: text)
        }
        return "D" + normalised
    }

    /// Whether `text` is a code in the normalised SKS form: `D`, a chapter letter, two digits and at most four more
    /// upper-case letters or digits, all ASCII.
    static func isNormalised(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isLetter(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
            guard (4...8).contains(bytes.count), bytes[0] == 68, isLetter(bytes[1]), isDigit(bytes[2]),
                isDigit(bytes[3])
            else { return false }
            return bytes.dropFirst(4).allSatisfy { isLetter($0) || isDigit($0) }
        }
    }

    /// The ICD-10 chapter letter (`F` for mental and behavioural disorders).
    public var chapterLetter: Character { code[code.index(after: code.startIndex)] }

    /// The two-digit category number (`20` for `DF200`).
    public var categoryNumber: Int {
        let digits = code.dropFirst(2).prefix(2)
        return Int(digits) ?? 0
    }

    /// The three-character ICD-10 category without the SKS prefix (`F20`).
    public var category: String { String(code.dropFirst().prefix(3)) }

    /// Whether the code lies in the inclusive category range, e.g. `isInRange("F10", "F19")`.
    public func isInRange(_ lower: String, _ upper: String) -> Bool {
        category >= lower.uppercased() && category <= upper.uppercased()
    }

    /// Mental and behavioural disorders (ICD-10 chapter V, F00–F99).
    public var isMentalOrBehaviouralDisorder: Bool { chapterLetter == "F" }
    /// Mental and behavioural disorders due to psychoactive substance use (F10–F19).
    public var isSubstanceUseDisorder: Bool { isInRange("F10", "F19") }
    /// Schizophrenia, schizotypal and delusional disorders (F20–F29).
    public var isSchizophreniaSpectrum: Bool { isInRange("F20", "F29") }
    /// Bipolar affective disorder (F31).
    public var isBipolarDisorder: Bool { isInRange("F31", "F31") }
    /// Depressive episode or recurrent depressive disorder (F32–F33).
    public var isDepression: Bool { isInRange("F32", "F33") }
    /// Phobic and other anxiety disorders (F40–F41).
    public var isAnxietyDisorder: Bool { isInRange("F40", "F41") }
    /// Disorders of adult personality and behaviour (F60–F69).
    public var isPersonalityDisorder: Bool { isInRange("F60", "F69") }
    /// Intellectual disabilities (F70–F79).
    public var isIntellectualDisability: Bool { isInRange("F70", "F79") }
    /// Pervasive developmental disorders, including autism (F84).
    public var isAutismSpectrum: Bool { isInRange("F84", "F84") }
    /// Malignant neoplasms (C00–C97) and neoplasms in situ (D00–D09): a "cancer diagnosis" in the acute-readmission
    /// definition.
    public var isCancer: Bool { isInRange("C00", "C97") || isInRange("D00", "D09") }
    /// Accidental external causes (V01–X59): the default "accident diagnosis" of the acute-readmission definition
    /// (``AcuteReadmissionExclusions/defaultAccidentDiagnoses``). Injuries (S00–T98) do not say whether they were
    /// accidents, and intentional self-harm (X60–X84), assault (X85–Y09) and undetermined intent (Y10–Y34) are not.
    public var isAccident: Bool { isInRange("V01", "X59") }

    /// The SKS code.
    public var description: String { code }

    /// Orders codes alphabetically.
    public static func < (lhs: DiagnosisCode, rhs: DiagnosisCode) -> Bool { lhs.code < rhs.code }

    /// Decodes a code from its string form through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try DiagnosisCode(text) }
    }

    /// Encodes the SKS code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
