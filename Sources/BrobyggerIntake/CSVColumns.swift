/// The columns of a ``CSVTable`` an import needs, looked up by name in the header once.
///
/// Unknown extra columns are ignored (FORMATS.md); a missing required column is an input problem naming the file and
/// the column.
public struct CSVColumns: Sendable {
    /// The table read.
    public let table: CSVTable
    private let positions: [String: Int]

    /// Maps `required` and `optional` column names to their positions.
    ///
    /// - Throws: ``InputProblem`` on line 1 naming every required column the header lacks.
    public init(_ table: CSVTable, required: [String], optional: [String] = []) throws(InputProblem) {
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
    public func has(_ column: String) -> Bool { positions[column] != nil }

    /// The header position of `column`, if the header has it.
    public func position(of column: String) -> Int? { positions[column] }

    /// The cell of `record` in `column`, trimmed of spaces and tabs; `nil` when the cell is empty or the column is
    /// absent.
    public func value(_ column: String, in record: CSVTable.Record) -> String? {
        guard let index = positions[column] else { return nil }
        return value(at: index, in: record)
    }

    /// The cell of `record` at header position `index`, trimmed; `nil` when empty.
    public func value(at index: Int, in record: CSVTable.Record) -> String? {
        table.withField(index, of: record) { bytes in
            bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }
    }
}
