import BrobyggerCore

/// Writes RFC 4180 CSV: a header row, comma-separated, fields quoted when they hold a comma, quote or line break,
/// other control characters replaced (`SafeOutput.csvField(_:)`), so no stored text reaches a spreadsheet or terminal
/// as a control sequence.
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
        text += fields.map { $0.map(SafeOutput.csvField) ?? "" }.joined(separator: ",") + "\r\n"
    }
}
