import Brobygger
import Foundation
import Testing

@testable import BrobyggerIntake

@Suite("RFC 4180 CSV reader")
struct CSVReaderTests {
    func parse(_ text: String) throws(InputProblem) -> CSVTable {
        try CSVTable.parse(Data(text.utf8), file: "in.csv")
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks; records keep their first line")
    func quotedFields() throws {
        let table = try parse("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(
            table.records.map { table.fields(of: $0) } == [
                ["1", "x, y", "say \"hi\""], ["2", "two\nlines", "z"], ["3", "", ""],
            ])
        #expect(table.records.map(\.line) == [2, 3, 5])
    }

    @Test("CRLF line ends, a byte-order mark, blank lines and a missing final line end are accepted")
    func lineEndsAndBOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("id,name\r\n1,Åbo\r\n\r\n2,\"Ærø\r\nby\"".utf8)
        let table = try CSVTable.parse(data, file: "in.csv")
        #expect(table.header == ["id", "name"])
        #expect(table.records.map { table.fields(of: $0) } == [["1", "Åbo"], ["2", "Ærø\r\nby"]])
        #expect(table.records.map(\.line) == [2, 4])
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var field: String?
        var rule: String
        var testDescription: String { rule }
    }

    @Test(
        "malformed input names the line, the column and the rule",
        arguments: [
            BadCase(text: "a,b\n1,\"open\n2,3\n", line: 2, field: nil, rule: "never closed"),
            BadCase(text: "a,b\n1,x\"y\n", line: 2, field: "column 4", rule: "quote inside an unquoted field"),
            BadCase(text: "a,b\n1,\"x\"y\n", line: 2, field: "column 6", rule: "followed by more text"),
            BadCase(text: "a,b\n1,2\n3\n", line: 3, field: nil, rule: "has 1 fields but the header has 2"),
            BadCase(text: "a,a\n1,2\n", line: 1, field: "a", rule: "appears twice"),
            BadCase(text: "", line: 1, field: nil, rule: "empty"),
        ])
    func malformed(_ bad: BadCase) {
        #expect {
            try parse(bad.text)
        } throws: { error in
            guard let problem = error as? InputProblem else { return false }
            return problem.file == "in.csv" && problem.line == bad.line && problem.field == bad.field
                && problem.rule.contains(bad.rule)
        }
    }

    @Test("text that is not UTF-8 is refused on the line it occurs")
    func notUTF8() {
        let data = Data("a,b\n1,2\n".utf8) + Data([0x33, 0x2C, 0xFF, 0x0A])
        #expect {
            try CSVTable.parse(data, file: "in.csv")
        } throws: { error in
            (error as? InputProblem)?.line == 3 && (error as? InputProblem)?.rule.contains("UTF-8") == true
        }
    }

    @Test("columns are found by name; extra columns are ignored and a missing one is named")
    func columns() throws {
        let table = try parse("extra,name,id\nq, Ida ,7\n")
        let columns = try CSVColumns(table, required: ["id", "name"], optional: ["sor"])
        #expect(columns.value("name", in: table.records[0]) == "Ida")
        #expect(columns.value("sor", in: table.records[0]) == nil)
        #expect(
            throws: InputProblem(
                file: "in.csv", line: 1, field: "kind, sor", rule: "the header lacks the required columns")
        ) {
            try CSVColumns(table, required: ["id", "kind", "sor"])
        }
    }

    @Test("written CSV reads back to the same fields")
    func roundTrip() throws {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append(["x, \"y\"", "line\nbreak"])
        writer.append([nil, "plain"])
        let table = try parse(writer.text)
        #expect(table.records.map { table.fields(of: $0) } == [["x, \"y\"", "line\nbreak"], ["", "plain"]])
    }
}
