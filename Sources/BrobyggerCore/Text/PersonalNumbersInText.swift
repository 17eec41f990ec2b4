/// Finds CPR-shaped numbers in free text (goals, notes, minutes) and reports them as findings.
///
/// A plan's goals and notes are read by everyone the plan is shared with and need not identify the resident by
/// number: the document already names them. A CPR number written into free text ("Ring til 2703682774") is personal
/// data beyond what the purpose needs, against the principle of data minimisation (databeskyttelsesforordningen
/// art. 5 stk. 1 litra c), so it is a finding of warning severity at the field that holds it. The number has the
/// shape ``PersonIdentifier/maskingNumbers(in:)`` masks (ten digits, or six digits, a hyphen or space and four, no
/// digit directly before or after; UUIDs excepted); the finding's message never quotes it.
public enum PersonalNumbersInText {
    /// The finding code: `text.personal-number`.
    public static let code = "text.personal-number"

    /// The rule's source.
    public static let source = SourceCitation.statute("databeskyttelsesforordningen art. 5 stk. 1 litra c")

    /// Whether `text` holds a number with the shape of a CPR number.
    public static func contains(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 48 && $0 <= 57 } && Digits.maskPersonalNumbers(in: text) != text
    }

    /// A finding for each text that holds a CPR-shaped number, at its field.
    ///
    /// - Parameter texts: The free texts to scan with the field each is at.
    public static func findings(in texts: some Sequence<(path: FieldPath, text: String)>) -> [Finding] {
        texts.compactMap { entry in
            guard contains(entry.text) else { return nil }
            return Finding(
                code: code, severity: .warning, path: entry.path,
                message:
                    "the text holds a number shaped like a CPR number; write no CPR number in free text (it is "
                    + "shown masked, and the document identifies the resident already)",
                source: source)
        }
    }
}
