/// Writes RFC 4180 CSV: a header row, comma-separated, fields quoted when they hold a comma, quote or line break.
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text: String

    /// Starts a file with `header`.
    public init(header: [String]) {
        text = ""
        append(header)
    }

    /// Appends a record (`nil` = empty cell).
    public mutating func append(_ fields: [String?]) {
        text +=
            fields.map { field in
                guard let field else { return "" }
                // Scalars, not characters: "\r\n" is one character, equal to neither "\r" nor "\n".
                guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                else {
                    return field
                }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: ",") + "\r\n"
    }
}
