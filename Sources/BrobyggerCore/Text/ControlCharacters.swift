/// The characters no stored name, code or text may hold, and the one check every validating initialiser uses.
///
/// A terminal obeys control sequences: a name holding `ESC ] 0;…` retitles the user's terminal window and
/// `ESC [2J` clears it; a carriage return overwrites what a line said before it. Bidirectional overrides and
/// isolates make a text display in another order than it is stored, so that "220101" shows as "101022" (the
/// *Trojan Source* attack, CVE-2021-42574). None of them belongs in a name, a code or a note, so they are refused
/// where the value is made, and therefore on decoding too:
///
/// - C0 controls U+0000–U+001F (NUL included) and DEL U+007F; a field that allows line breaks
///   (``LineBreaks/allowed``) accepts tab U+0009, line feed U+000A and carriage return U+000D;
/// - C1 controls U+0080–U+009F (U+009B is a one-byte `ESC [` on many terminals);
/// - bidirectional embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069.
///
/// Renderers escape or replace the same characters on output (``SafeOutput``), so text that was stored before this
/// check existed cannot reach a terminal or a document either.
public enum ControlCharacters {
    /// Whether a field may hold line breaks and tabs.
    public enum LineBreaks: Hashable, Sendable {
        /// Names, codes, identifiers, titles: one line, no tab.
        case refused
        /// Free text (notes, goals, minutes): tab, line feed and carriage return are allowed.
        case allowed
    }

    /// Whether `scalar` may never be stored in a field with the given line-break rule.
    public static func isRefused(_ scalar: Unicode.Scalar, lineBreaks: LineBreaks = .refused) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: lineBreaks == .refused
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first scalar of `text` the rule refuses, if any.
    public static func firstRefused(in text: some StringProtocol, lineBreaks: LineBreaks = .refused)
        -> Unicode.Scalar?
    {
        text.unicodeScalars.first { isRefused($0, lineBreaks: lineBreaks) }
    }

    /// Throws when `text` holds a refused character.
    ///
    /// - Parameters:
    ///   - text: The field's value.
    ///   - field: The field, named in the error.
    ///   - lineBreaks: Whether the field allows tab and line breaks; default not.
    /// - Throws: ``ValidationError`` with code `text.control-character` naming the field and the character as
    ///   `U+XXXX` (the value itself is not quoted: it is what must not reach a terminal).
    public static func check(
        _ text: some StringProtocol, field: FieldPath, lineBreaks: LineBreaks = .refused
    ) throws(ValidationError) {
        guard let scalar = firstRefused(in: text, lineBreaks: lineBreaks) else { return }
        throw ValidationError(
            field: field, code: "text.control-character",
            rule: lineBreaks == .refused
                ? "a name or code may not hold control characters (C0, C1, DEL, tab, line breaks) or bidirectional "
                    + "overrides"
                : "a text may not hold control characters (C0 but tab and line breaks, C1, DEL) or bidirectional "
                    + "overrides",
            offendingValue: Self.codePoint(scalar))
    }

    /// `U+001B` for the escape character.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Decoder {
    /// Decodes a code of an open vocabulary (an open enum's raw value) from a single string, refusing control
    /// characters and bidirectional overrides (``ControlCharacters``) with a `DecodingError` naming the field: an
    /// unrecognised code is kept and shown as it was written, so it must be safe to show.
    public func decodeVocabularyCode() throws -> String {
        try ControlCharacters.vocabularyCode(singleValueContainer().decode(String.self), at: codingPath)
    }
}

extension ControlCharacters {
    /// `code`, a code of an open vocabulary read at `codingPath`, or a `DecodingError` there when it holds a control
    /// character or a bidirectional override.
    static func vocabularyCode(_ code: String, at codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
        guard let scalar = firstRefused(in: code) else { return code }
        let error = ValidationError(
            field: .root, code: "text.control-character",
            rule: "a code may not hold control characters or bidirectional overrides",
            offendingValue: codePoint(scalar))
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: codingPath(), debugDescription: error.description))
    }
}
