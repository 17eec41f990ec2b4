import Brobygger

/// The tool's own renderers of stored text (its terminal tables, Markdown tables, CSV writer, overview board and
/// printed lines), for the `renderers` fuzz target: whatever the text holds, none may emit a control character.
package enum RenderingEntryPoints {
    /// Every rendering the tool makes of `text` placed in a cell, a name or a line, each with the line breaks its
    /// output kind uses: terminal and Markdown output may hold line feeds (and CSV a CRLF line end), nothing else.
    package static func renderings(of text: String) -> [(kind: String, output: String)] {
        var table = TextTable(headings: ["Navn", text])
        table.rows = [[text, "x"], ["y", text]]
        var csv = CSVWriter(header: ["name", "note"])
        csv.append([text, nil])
        let printed = Captured()
        let environment = CommandEnvironment(
            write: { printed.append($0) }, writeError: { printed.append($0) }, variables: [:],
            clock: FixedClock(Instant(millisecondsSince1970: 0)), outputIsTerminal: false, errorIsTerminal: false)
        environment.print(text)
        environment.printError(text)
        return [
            ("terminal table", table.text()), ("markdown table", table.markdown()), ("csv", csv.text),
            ("printed lines", printed.text),
        ]
    }

    /// Collects what a command environment writes.
    private final class Captured: @unchecked Sendable {
        private(set) var text = ""
        func append(_ more: String) { text += more }
    }
}
