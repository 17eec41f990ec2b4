import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 16: `EventsImport` reads well-formed rows through `EventRowScanner`, straight from the file's bytes, and
/// every other row through the general `RowReader`. Both paths must plan the same: the same problems, word for word
/// and in the same order, the same writes and the same counts, on generated files with bad rows of every kind.
@Suite("Events import fast path")
struct EventsImportFastPathTests {
    /// A small generated region: a store holding its organisations and resident records (every seventh resident's
    /// record with its events from the file already, as after an earlier import), and its events as `events.csv`
    /// rows.
    struct Region {
        var snapshot: StoreSnapshot
        var header: [String]
        var rows: [[String]]
        var wards: [Organisation]
        var centres: [Organisation]
    }

    static func region() async throws -> Region {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 16, teams: 2, facilities: 6, residents: 120))
        var cprs: [Resident.ID: String] = [:]
        for resident in region.residents {
            if case .cpr(let cpr) = resident.person { cprs[resident.id] = cpr.unmaskedFormatted }
        }
        // Each correction or cancellation after the event it supersedes, as `brobygger generate` writes them.
        let rows = EventsImport.rows(of: region.events, cpr: { cprs[$0] }).map { $0.map { $0 ?? "" } }
        let store = InMemoryDocumentStore()
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Fast", family: "Path")),
            instant: Instant(millisecondsSince1970: 0))
        var writes = region.organisations.map { DocumentWrite($0, expecting: .new) }
        var imported = Set<Resident.ID>()
        for (index, record) in try region.residentRecords().enumerated() {
            if index % 7 == 0 { imported.insert(record.id) }
            writes.append(
                DocumentWrite(
                    try ResidentRecord(
                        resident: record.resident, placements: record.placements, contacts: record.contacts),
                    expecting: .new))
        }
        _ = try await store.save(writes, provenance: provenance)
        // Every seventh resident's events imported already, through the general path.
        let text = ([EventsImport.header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n")
        let first = try EventsImport.plan(
            try CSVTable.parse(Data(text.utf8), file: "events.csv"),
            snapshot: try await StoreSnapshot.load(store, for: .events), today: nil, window: .standard,
            fastRows: false)
        try #require(first.problems.isEmpty)
        let earlier = first.writes.filter { write in
            (write.write.document as? ResidentRecord).map { imported.contains($0.id) } ?? false
        }
        _ = try await store.save(earlier.map(\.write), provenance: provenance)
        return Region(
            snapshot: try await StoreSnapshot.load(store, for: .events), header: EventsImport.header, rows: rows,
            wards: region.wards, centres: region.psychiatricCentres)
    }

    /// `rows` with about one in five rows spoilt or varied, chosen by `seed`: every column gets empty, malformed,
    /// unknown, out-of-window, quoted, padded, non-ASCII and control-character values, and values the general path
    /// takes although the scanner does not (name-based identifiers, other instant forms).
    static func spoilt(_ region: Region, seed: UInt64) -> String {
        var random = SyntheticRegionRandom(seed: seed)
        let unknownCPR = SampleCPRNumbers.make(
            born: CalendarDate(daysSinceEpoch: -7_000), sex: .female, serial: 77)
        var lines = [region.header.joined(separator: ",")]
        var rows = region.rows
        for index in rows.indices where Int.random(in: 0..<5, using: &random) == 0 {
            var row = rows[index]
            let other = rows[Int.random(in: 0..<rows.count, using: &random)]
            let column = Int.random(in: 0..<row.count, using: &random)
            let variants: [String]
            switch column {
            case 0:
                variants = [
                    "", "  ", "e\u{1B}x", "evt-\(index)", other[0], "\"a\"\"b\"", row[0].lowercased(), " \(row[0]) ",
                    "\"\(row[0])\"",
                ]
            case 1:
                variants = [
                    "", "123", "310299-1234", unknownCPR.unmaskedFormatted,
                    row[1].replacingOccurrences(of: "-", with: ""),
                    "ÆØÅ", " \(row[1])", "\(row[1])\u{7}", other[1],
                ]
            case 2: variants = ["", " ", "ep\u{7}", "épisode", "EPX", "\"E\"\"P\"", " \(row[2]) "]
            case 3: variants = ["", "admit", "cancel", "DISCHARGE", "death", "discharge", "admit_inpatient"]
            case 4:
                variants = [
                    "", "2025-13-01T10:00:00+01:00", "9999-12-31T10:00:00+01:00", "1850-01-01T10:00:00+01:00",
                    "2025-03-02T14:05:00.1234+01:00", "2025-03-02T14:05Z", "2025-03-02 14:05:00+0100", other[4],
                ]
            case 5:
                variants = [
                    "", random.nextUUID().uuidString, region.centres[0].id.uuidString,
                    region.wards[index % region.wards.count].id.uuidString.lowercased(), "ward-x", "\u{202E}w",
                ]
            case 6: variants = ["", "voluntary", "compulsory", "detention", "maybe", " voluntary"]
            default:
                variants = ["", random.nextUUID().uuidString, other[0], row[0], "e-1", "\u{9B}x"]
            }
            row[column] = variants[Int.random(in: 0..<variants.count, using: &random)]
            rows[index] = row
            // Now and then the same row twice.
            if Int.random(in: 0..<10, using: &random) == 0 { rows.insert(row, at: index) }
        }
        for row in rows { lines.append(row.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("both paths plan the same on generated files with bad rows", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func samePlans(seed: UInt64) async throws {
        let region = try await Self.region()
        let text = Self.spoilt(region, seed: seed)
        let table = try CSVTable.parse(Data(text.utf8), file: "events.csv")
        for today in [nil, try CalendarDate(iso8601: "2026-01-01")] {
            let fast = try EventsImport.plan(
                table, snapshot: region.snapshot, today: today, window: .standard, fastRows: true)
            let general = try EventsImport.plan(
                table, snapshot: region.snapshot, today: today, window: .standard, fastRows: false)
            #expect(!fast.problems.isEmpty && !fast.writes.isEmpty && fast.unchanged > 0)
            let fastSummary = fast.comparableSummary
            let generalSummary = general.comparableSummary
            #expect(fastSummary.count == generalSummary.count)
            for (fastLine, generalLine) in zip(fastSummary, generalSummary) {
                #expect(fastLine == generalLine)
                if fastLine != generalLine { break }
            }
        }
    }

    @Test("the scanner reads the same rows whatever the chunks it divides the file into")
    func chunks() async throws {
        let region = try await Self.region()
        let table = try CSVTable.parse(Data(Self.spoilt(region, seed: 9).utf8), file: "events.csv")
        let columns = try CSVColumns(table, required: EventsImport.header)
        let scanner = EventRowScanner(columns, snapshot: region.snapshot, plausible: nil)
        let whole = scanner.read(table.records[...], chunks: 1).map { String(describing: $0) }
        #expect(whole.contains("nil") && whole.contains { $0 != "nil" })
        for chunks in [2, 3, 7] {
            #expect(scanner.read(table.records[...], chunks: chunks).map { String(describing: $0) } == whole)
        }
    }

    @Test("every well-formed generated row is read by the scanner, not the general path")
    func scannerReadsWellFormedRows() async throws {
        let region = try await Self.region()
        let text = ([region.header] + region.rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n")
        let table = try CSVTable.parse(Data(text.utf8), file: "events.csv")
        let columns = try CSVColumns(table, required: EventsImport.header)
        let scanner = EventRowScanner(columns, snapshot: region.snapshot, plausible: nil)
        let read = scanner.read(table.records[...]).filter { $0 != nil }.count
        #expect(table.records.count == region.rows.count && read == region.rows.count)
        let plan = try EventsImport.plan(table, snapshot: region.snapshot)
        #expect(plan.problems.isEmpty && plan.rows == region.rows.count, "\(plan.problems.prefix(3))")
    }
}

/// The byte checks the scanner relies on agree with the plain definitions they speed up.
@Suite("Intake byte checks")
struct IntakeByteCheckTests {
    @Test("printable ASCII: every byte value at every position of cells up to 20 bytes")
    func printableASCII() {
        for length in 1...20 {
            for position in 0..<length {
                for byte in 0...255 {
                    var cell = [UInt8](repeating: 0x41, count: length)
                    cell[position] = UInt8(byte)
                    let expected = byte >= 0x20 && byte < 0x7F
                    let found = cell.withUnsafeBufferPointer { CSVBytes.isPrintableASCII($0) }
                    if found != expected { Issue.record("byte \(byte) at \(position) of \(length)") }
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { CSVBytes.isPrintableASCII($0) })
    }

    @Test("a UUID read from bytes is Foundation's reading of the same text, and text with a byte out of place is none")
    func uuid() {
        var random = SyntheticRegionRandom(seed: 16)
        for _ in 0..<200 {
            let text = random.nextUUID().uuidString
            for variant in [text, text.lowercased()] {
                let read = Array(variant.utf8).withUnsafeBufferPointer { CSVBytes.uuid($0) }
                #expect(read == UUID(uuidString: variant))
            }
            var bytes = Array(text.utf8)
            let position = Int.random(in: 0..<36, using: &random)
            for byte in [0x20, 0x2D, 0x47, 0x67, 0x2F, 0x3A, 0x40, 0x60, 0xC3] as [UInt8] where bytes[position] != byte
            {
                let original = bytes[position]
                bytes[position] = byte
                let read = bytes.withUnsafeBufferPointer { CSVBytes.uuid($0) }
                // Foundation reads some of these as a UUID; the general path then reads them its way.
                #expect(read == nil)
                bytes[position] = original
            }
        }
    }
}
