import Brobygger

/// A plain-text table for terminals, or a Markdown table, with columns padded to their widest cell.
///
/// Cells are stored text: ``text(indent:)`` passes them through ``SafeOutput/terminal(_:lineBreaks:)`` (one line,
/// no control character) and ``markdown()`` through ``SafeOutput/markdown(_:atLineStart:)``.
struct TextTable {
    /// The column headings.
    var headings: [String]
    /// The rows, as many cells as headings.
    var rows: [[String]] = []

    /// The table as aligned text with a rule under the headings.
    func text(indent: String = "  ") -> String {
        let headings = headings.map { SafeOutput.terminal($0) }
        let rows = rows.map { $0.map { SafeOutput.terminal($0) } }
        var widths = headings.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            return indent + padded.joined(separator: "  ")
        }
        var lines = [line(headings), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// The table in Markdown, with `|` in cells escaped.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { SafeOutput.markdown($0, atLineStart: false) }.joined(separator: " | ") + " |"
        }
        return ([line(headings), line(headings.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
    }
}
