/// The columns of a ``CSVTable`` an import needs, looked up by name in the header.
///
/// Unknown extra columns are ignored; a missing required column is an input problem naming the file and column.
struct CSVColumns: Sendable {
    /// The table read.
    let table: CSVTable
    private let positions: [String: Int]

    /// Maps `required` and `optional` column names to their positions.
    init(_ table: CSVTable, required: [String], optional: [String] = []) throws(InputProblem) {
        var positions: [String: Int] = [:]
        for name in required + optional {
            if let index = table.header.firstIndex(of: name) { positions[name] = index }
        }
        let missing = required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw InputProblem(
                file: table.file, line: 1, field: missing.joined(separator: ", "),
                rule: "the header lacks the required column\(missing.count == 1 ? "" : "s")")
        }
        self.table = table
        self.positions = positions
    }

    /// Whether the header has the column.
    func has(_ column: String) -> Bool { positions[column] != nil }

    /// The cell of `record` in `column`, trimmed; `nil` when the cell is empty or the column is absent.
    func value(_ column: String, in record: CSVTable.Record) -> String? {
        guard let index = positions[column] else { return nil }
        let text = record.fields[index].trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
