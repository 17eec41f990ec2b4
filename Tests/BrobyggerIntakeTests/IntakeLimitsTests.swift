import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 19, item 5: sizes have documented limits, each exceeded limit is an input problem naming the file, the
/// line, the field and the limit, and a file is refused before it is read whole.
@Suite("Intake size limits")
struct IntakeLimitsTests {
    static let header = "event_id,resident,episode,kind,at\n"

    /// Whether `problem` names the limit and, when given, the line and the field.
    static func names(_ problem: InputProblem?, limit: String, line: Int? = nil, field: String? = nil) -> Bool {
        guard let problem else { return false }
        return problem.rule.contains("IntakeLimits.\(limit)") && (line == nil || problem.line == line)
            && (field == nil || problem.field == field)
    }

    @Test("the limits are configuration with documented defaults, validated on creation and on decoding")
    func validated() throws {
        let standard = IntakeLimits.standard
        #expect(standard.fieldBytes == 65_536 && standard.rowBytes == 1_048_576 && standard.columnsPerRow == 256)
        #expect(standard.fileBytes == 1_073_741_824 && standard.documentBytes == 16_777_216)
        #expect(try IntakeLimits() == standard)
        for bad in [
            { try IntakeLimits(fieldBytes: 0) }, { try IntakeLimits(rowBytes: -1) },
            { try IntakeLimits(columnsPerRow: 1_000_001) }, { try IntakeLimits(fileBytes: Int(Int32.max) + 1) },
            { try IntakeLimits(documentBytes: 0) },
        ] as [() throws -> IntakeLimits] {
            #expect(throws: ValidationError.self) { try bad() }
        }
        let limits = try IntakeLimits(fieldBytes: 10, columnsPerRow: 3)
        #expect(try JSONDecoder().decode(IntakeLimits.self, from: JSONEncoder().encode(limits)) == limits)
        #expect(try JSONDecoder().decode(IntakeLimits.self, from: Data("{}".utf8)) == standard)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(IntakeLimits.self, from: Data(#"{"columnsPerRow": 0}"#.utf8))
        }
    }

    @Test("a 1 MB field is refused with the line, the column and the limit")
    func longField() {
        let text = Self.header + "e1,x," + String(repeating: "y", count: 1_000_000) + ",discharge,z\n"
        #expect {
            try CSVTable.parse(Data(text.utf8), file: "events.csv")
        } throws: { error in
            let problem = error as? InputProblem
            return problem?.file == "events.csv" && Self.names(problem, limit: "fieldBytes", line: 2, field: "episode")
        }
        // A quoted field counts too.
        let quoted = "a,b\n1,\"" + String(repeating: "q\"\"", count: 30) + "\"\n"
        #expect {
            try CSVTable.parse(Data(quoted.utf8), file: "q.csv", limits: IntakeLimits(fieldBytes: 50))
        } throws: { error in Self.names(error as? InputProblem, limit: "fieldBytes", line: 2, field: "b") }
    }

    @Test("a row of a million columns, and a header wider than the limit, are refused")
    func manyColumns() throws {
        let wide = Self.header + Array(repeating: "a", count: 1_000_000).joined(separator: ",") + "\n"
        #expect {
            try CSVTable.parse(Data(wide.utf8), file: "events.csv")
        } throws: { error in Self.names(error as? InputProblem, limit: "columnsPerRow", line: 2) }
        let columns = (1...300).map { "c\($0)" }.joined(separator: ",")
        let consistent = columns + "\n" + columns + "\n"
        #expect {
            try CSVTable.parse(Data(consistent.utf8), file: "wide.csv")
        } throws: { error in Self.names(error as? InputProblem, limit: "columnsPerRow", line: 1) }
        #expect(
            try CSVTable.parse(Data(consistent.utf8), file: "wide.csv", limits: IntakeLimits(columnsPerRow: 300))
                .header.count == 300)
    }

    @Test("a record longer than the row limit and a file larger than the file limit are refused")
    func rowAndFile() throws {
        let text = "a,b\n1,2\n" + String(repeating: "x", count: 40) + "," + String(repeating: "y", count: 40) + "\n"
        #expect {
            try CSVTable.parse(Data(text.utf8), file: "r.csv", limits: IntakeLimits(rowBytes: 60))
        } throws: { error in Self.names(error as? InputProblem, limit: "rowBytes", line: 3) }
        #expect {
            try CSVTable.parse(Data(text.utf8), file: "f.csv", limits: IntakeLimits(fileBytes: 50))
        } throws: { error in Self.names(error as? InputProblem, limit: "fileBytes") }
        #expect(
            try CSVTable.parse(Data(text.utf8), file: "ok.csv", limits: IntakeLimits(rowBytes: 81)).records.count == 2)
    }

    @Test("a size in a message is written with thousands separators, never as a CPR-shaped number")
    func groupedSizes() {
        let problem = IntakeLimits.standard.fileTooLarge("big.csv", size: 2_306_867_200)
        #expect(problem.description.contains("2,306,867,200 bytes"))
        #expect(problem.description.contains("1,073,741,824"))
        #expect(IntakeLimits.grouped(999) == "999" && IntakeLimits.grouped(1_000) == "1,000")
    }

    /// Writes `text` to a new scratch file and returns its path.
    static func file(_ name: String, _ data: Data) throws -> String {
        let directory = ScratchDirectory.make("intake-limits")
        let path = (directory as NSString).appendingPathComponent(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file larger than the file limit is refused from its size, before it is read")
    func fileRefusedBySize() throws {
        let path = try Self.file("events.csv", Data((Self.header + String(repeating: "x,y,z,w,v\n", count: 500)).utf8))
        #expect {
            try IntakeInput(contentsOf: path, kind: .events, limits: IntakeLimits(fileBytes: 1_000))
        } throws: { error in
            let problem = error as? InputProblem
            return problem?.file == path && Self.names(problem, limit: "fileBytes")
        }
        #expect(try IntakeInput(contentsOf: path, kind: .events).data.count == 5_034)
    }

    @Test("a file is checked chunk by chunk: a long field or a wide row is refused at its line")
    func streamedChecks() throws {
        // The field begins before the first chunk ends and runs into the second, so only a check carried
        // across chunks finds it; the rows after it are never needed.
        var text = Self.header
        let filler = "e,0101801234,ep,discharge,2025-01-01T10:00:00+01:00\n"
        while text.utf8.count < IntakeInput.chunkBytes - 100 { text += filler }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "e,\"0101801234\"," + "\"" + String(repeating: "\"\"", count: 40_000) + "\",discharge,x\n" + filler
        let path = try Self.file("events.csv", Data(text.utf8))
        #expect {
            try IntakeInput(contentsOf: path, kind: .events)
        } throws: { error in Self.names(error as? InputProblem, limit: "fieldBytes", line: line, field: "episode") }
        // JSON is not CSV: the same bytes read unchecked but for the file size.
        #expect(try IntakeInput(contentsOf: path, kind: .documents).data.count == text.utf8.count)

        let wide = Self.header + filler + Array(repeating: "a", count: 1_000_000).joined(separator: ",") + "\n"
        let widePath = try Self.file("wide.csv", Data(wide.utf8))
        #expect {
            try IntakeInput(contentsOf: widePath, kind: .events)
        } throws: { error in Self.names(error as? InputProblem, limit: "columnsPerRow", line: 3) }
    }

    /// A small CSV text of quoted and unquoted fields, doubled quotes, commas and line breaks in quotes.
    static func randomCSV(_ random: inout SplitMix) -> String {
        let pieces = ["a", "bb", "ccc", "", " ", "\"q,\"\"x\"\"\"", "\"l\nm\"", "\"r\r\ns\"", "ÆØÅ"]
        var text = ""
        let rows = 1 + Int(random.next() % 5)
        let columns = 1 + Int(random.next() % 4)
        for _ in 0..<rows {
            text += (0..<columns).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: ",")
            text += ["\n", "\r\n", "\r"][Int(random.next() % 3)]
        }
        return text
    }

    /// A deterministic generator (SplitMix64).
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("the chunked check and the table agree on the field and column limits, wherever the chunks split")
    func scannerAgreesWithTable() throws {
        var random = SplitMix(state: 19)
        for _ in 0..<400 {
            let text = Self.randomCSV(&random)
            let bytes = Data(text.utf8)
            let limits = try IntakeLimits(
                fieldBytes: 1 + Int(random.next() % 9), columnsPerRow: 1 + Int(random.next() % 4))
            let tableLimit: String?
            do {
                _ = try CSVTable.parse(bytes, file: "t.csv", limits: limits)
                tableLimit = nil
            } catch {
                tableLimit = ["fieldBytes", "columnsPerRow"].first { error.rule.contains("IntakeLimits.\($0)") }
            }
            let cut = Int(random.next() % UInt64(bytes.count + 1))
            var scanner = CSVLimitScanner(file: "t.csv", limits: limits)
            var scannerLimit: String?
            do {
                try scanner.scan(bytes.prefix(cut))
                try scanner.scan(bytes.dropFirst(cut))
            } catch {
                scannerLimit = ["fieldBytes", "columnsPerRow"].first { error.rule.contains("IntakeLimits.\($0)") }
            }
            #expect((tableLimit == nil) == (scannerLimit == nil), "\(text.debugDescription) cut at \(cut)")
        }
    }

    /// Scans `bytes` cut at `cuts` (each chunk as a file read would hand it over), then a probe of 700 plain bytes
    /// that passes every limit the tests draw, so the problem also tells the state the text left (line, column,
    /// header, inside quotes or not); `nil` when nothing is refused.
    static func scanned(_ bytes: [UInt8], cuts: [Int], limits: IntakeLimits, bytewise: Bool) -> InputProblem? {
        var scanner = CSVLimitScanner(file: "t.csv", limits: limits)
        let probe = [UInt8](repeating: 0x7A, count: 700)
        do {
            for (start, end) in zip([0] + cuts, cuts + [bytes.count]) {
                try Array(bytes[start..<end]).withUnsafeBytes { try scanner.scan($0, bytewise: bytewise) }
            }
            try probe.withUnsafeBytes { try scanner.scan($0, bytewise: bytewise) }
        } catch {
            return error as? InputProblem
        }
        return nil
    }

    @Test("a chunk is checked as byte after byte would check it: the same problem word for word, wherever it is cut")
    func runsCountedAsBytes() throws {
        // Fields long enough that their plain runs cross words, limits and the cuts between chunks.
        let pieces = [
            "a", "", "0101801234", "\"q,\"\"x\"\"\"", "\"l\nm\"", "\"r\r\ns\"", "ÆØÅ æøå",
            String(repeating: "0123456789abcdef-", count: 3), "2025-01-01T10:00:00+01:00",
            "\"" + String(repeating: "in quotes ", count: 5) + "\"", "x\"y",
        ]
        var random = SplitMix(state: 1842)
        var refused = 0
        for _ in 0..<800 {
            var text = ""
            let columns = 1 + Int(random.next() % 5)
            for _ in 0..<(1 + Int(random.next() % 6)) {
                text += (0..<columns).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                    .joined(separator: ",")
                text += ["\n", "\r\n", "\r"][Int(random.next() % 3)]
            }
            let bytes = Array(text.utf8)
            let limits = try IntakeLimits(
                fieldBytes: 1 + Int(random.next() % 120), rowBytes: 20 + Int(random.next() % 400),
                columnsPerRow: 1 + Int(random.next() % 6))
            let cuts = (0..<Int(random.next() % 4)).map { _ in Int(random.next() % UInt64(bytes.count + 1)) }.sorted()
            let fast = Self.scanned(bytes, cuts: cuts, limits: limits, bytewise: false)
            #expect(fast == Self.scanned(bytes, cuts: cuts, limits: limits, bytewise: true), "\(text.debugDescription)")
            if fast != nil { refused += 1 }
        }
        #expect(refused == 800, "the probe passes every limit")

        // Each byte that ends or quotes a field, at every place in a run of plain bytes, is seen where it stands.
        let limits = try IntakeLimits(fieldBytes: 40, rowBytes: 200, columnsPerRow: 4)
        for special in [",", "\"", "\n", "\r"] {
            for place in 0..<24 {
                let text =
                    "h1,h2,h3\n" + String(repeating: "p", count: place) + special + String(repeating: "s", count: 45)
                let bytes = Array(text.utf8)
                for cut in [0, 9, 10 + place / 2, bytes.count] {
                    #expect(
                        Self.scanned(bytes, cuts: [cut], limits: limits, bytewise: false)
                            == Self.scanned(bytes, cuts: [cut], limits: limits, bytewise: true),
                        "\(text.debugDescription) cut at \(cut)")
                }
            }
        }
    }

    @Test("a file is read whole: larger than a chunk, and one whose size the system does not give")
    func readWhole() throws {
        var text = Self.header
        var number = 0
        while text.utf8.count < IntakeInput.chunkBytes + 12_345 {
            text += "e\(number),0101801234,ep,discharge,2025-01-01T10:00:00+01:00\n"
            number += 1
        }
        let path = try Self.file("events.csv", Data(text.utf8))
        #expect(try IntakeInput(contentsOf: path, kind: .events).data == Data(text.utf8))
        #expect(try IntakeInput(contentsOf: path, kind: .documents).data == Data(text.utf8))
        #if os(Linux)
            // A file of the proc file system gives its size as 0 and holds more: read to its end in chunks.
            let version = try #require(try FileHandle(forReadingAtPath: "/proc/version")?.readToEnd())
            #expect(!version.isEmpty)
            #expect(try IntakeInput(contentsOf: "/proc/version").data == version)
            // Its size is not known before it is read, so the file limit is checked as it is read.
            #expect {
                try IntakeInput(contentsOf: "/proc/version", limits: IntakeLimits(fileBytes: 10))
            } throws: { error in Self.names(error as? InputProblem, limit: "fileBytes") }
        #endif
    }
}
