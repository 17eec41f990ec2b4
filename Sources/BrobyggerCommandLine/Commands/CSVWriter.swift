import Brobygger

/// Writes RFC 4180 CSV: a header row, comma-separated, fields quoted when they hold a comma, quote or line break,
/// control characters replaced (``SafeOutput/csvField(_:)``).
struct CSVWriter {
    private(set) var text: String

    /// Starts a file with `header`.
    init(header: [String]) {
        text = ""
        append(header)
    }

    /// Appends a record (`nil` = empty cell).
    mutating func append(_ fields: [String?]) {
        text += fields.map { $0.map(SafeOutput.csvField) ?? "" }.joined(separator: ",") + "\r\n"
    }
}
