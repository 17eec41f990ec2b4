/// Escaping for every output kind the SDK writes, one function per kind, so that no stored text can emit a control
/// character or markup.
///
/// Stored text is outside input: a name, a note or a goal can hold anything an importing system or an older version
/// of the SDK let through. Every renderer (the care-plan, agreement and relational-coordination documents, the
/// compliance report, the overview board, the command-line tool's tables) passes stored text through the function
/// for its output kind:
///
/// - ``terminal(_:lineBreaks:)``: plain text for a terminal or a log;
/// - ``markdown(_:atLineStart:)``: CommonMark text, also for table cells;
/// - ``html(_:)``: HTML text and attribute values;
/// - ``xml(_:)``: XML (SVG) character data and attribute values;
/// - ``csvField(_:)``: one RFC 4180 field.
///
/// Each replaces the characters ``ControlCharacters`` refuses with U+FFFD (the replacement character, shown as �),
/// so a reader sees that something was there; none drops text silently. Line breaks become a space where the
/// output kind has no line breaks inside a value.
public enum SafeOutput {
    /// The replacement for a refused character: U+FFFD.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Plain text for a terminal: refused characters replaced; tab and line breaks become a space unless
    /// `lineBreaks` is ``ControlCharacters/LineBreaks/allowed``, which keeps tab, line feed and a carriage return
    /// directly before a line feed (a lone carriage return would overwrite the line on a terminal).
    public static func terminal(_ text: String, lineBreaks: ControlCharacters.LineBreaks = .refused) -> String {
        guard needsWork(text, lineBreaks: lineBreaks) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isLineBreak = scalar == "\t" || scalar == "\n" || scalar == "\r"
            if isLineBreak && lineBreaks == .refused {
                result.append(" ")
            } else if scalar == "\r" {
                result.append(index + 1 < scalars.count && scalars[index + 1] == "\n" ? scalar : replacement)
            } else {
                result.append(ControlCharacters.isRefused(scalar, lineBreaks: .allowed) ? replacement : scalar)
            }
        }
        return String(result)
    }

    /// CommonMark text that renders as the text itself: the punctuation that could start markup (backslash,
    /// backtick, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `|`, `!`, `~`) is backslash-escaped, an `&` that could start an entity reference (`&#27;`
    /// would decode to the escape character) is escaped, line breaks become a space, refused characters are replaced,
    /// and, for text that begins a line, a leading list, heading or numbered-list marker is escaped.
    public static func markdown(_ text: String, atLineStart: Bool = true) -> String {
        let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~"]
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if special.contains(scalar) {
                result.append("\\")
                result.append(scalar)
            } else if scalar == "&", index + 1 < scalars.count,
                scalars[index + 1] == "#" || scalars[index + 1].properties.isAlphabetic
            {
                result.append("\\")
                result.append(scalar)
            } else if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.append(" ")
            } else {
                result.append(ControlCharacters.isRefused(scalar) ? replacement : scalar)
            }
        }
        var escaped = String(result)
        guard atLineStart else { return escaped }
        if let first = escaped.first, first == "-" || first == "+" || first == "=" {
            escaped = "\\" + escaped
        }
        if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot != escaped.startIndex,
            escaped[dot] == "." || escaped[dot] == ")"
        {
            escaped.insert("\\", at: dot)
        }
        return escaped
    }

    /// HTML text and attribute values: `& < > " '` as character references, refused characters replaced; tab and
    /// line feed are kept (HTML treats them as white space), a carriage return becomes a line feed.
    public static func html(_ text: String) -> String {
        markupEscaped(text, apostrophe: "&#39;")
    }

    /// XML 1.0 character data and attribute values (SVG): `& < > " '` as entity references, refused characters and
    /// the non-characters U+FFFE and U+FFFF (which XML forbids) replaced; tab and line feed are kept.
    public static func xml(_ text: String) -> String {
        markupEscaped(text, apostrophe: "&apos;")
    }

    /// One RFC 4180 CSV field: quoted when it holds a comma, a quote or a line break, with quotes doubled; refused
    /// characters replaced but tab, line feed and carriage return, which a quoted field keeps as they are (so a
    /// value written and read back is equal).
    public static func csvField(_ text: String) -> String {
        var clean = text
        if ControlCharacters.firstRefused(in: text, lineBreaks: .allowed) != nil {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                scalars.append(ControlCharacters.isRefused(scalar, lineBreaks: .allowed) ? replacement : scalar)
            }
            clean = String(scalars)
        }
        guard clean.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return clean
        }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` holds a character the output kinds change.
    public static func containsRefused(_ text: String, lineBreaks: ControlCharacters.LineBreaks = .refused) -> Bool {
        ControlCharacters.firstRefused(in: text, lineBreaks: lineBreaks) != nil
    }

    private static func needsWork(_ text: String, lineBreaks: ControlCharacters.LineBreaks) -> Bool {
        text.unicodeScalars.contains { scalar in
            ControlCharacters.isRefused(scalar, lineBreaks: lineBreaks) || (lineBreaks == .allowed && scalar == "\r")
        }
    }

    private static func markupEscaped(_ text: String, apostrophe: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += apostrophe
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": result += "\n"
            case "\u{FFFE}", "\u{FFFF}": result.unicodeScalars.append(replacement)
            default:
                result.unicodeScalars.append(ControlCharacters.isRefused(scalar) ? replacement : scalar)
            }
        }
        return result
    }
}
