import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 18: `TeamContactsImport` reads the rows of `team_contacts.csv` side by side and checks the one cross-row
/// rule (a `contact_id` already taken) afterwards, in file order. Both paths must plan the same: the same problems,
/// word for word and in the same order, the same writes and the same counts, on generated files with bad rows of
/// every kind and repeated contact ids.
@Suite("Team contacts import fast path")
struct TeamContactsImportFastPathTests {
    /// A small generated region: a store holding its organisations and resident records (every seventh resident's
    /// record with its contacts already, as after an earlier import), and its contacts as `team_contacts.csv` rows.
    struct Region {
        var snapshot: StoreSnapshot
        var rows: [[String]]
        var wards: [Organisation]
        var teams: [Organisation]
    }

    static func region() async throws -> Region {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 18, teams: 2, facilities: 6, residents: 120))
        var cprs: [Resident.ID: String] = [:]
        for resident in region.residents {
            if case .cpr(let cpr) = resident.person { cprs[resident.id] = cpr.unmaskedFormatted }
        }
        let rows = region.contacts.sorted { ($0.instant, $0.id) < ($1.instant, $1.id) }.compactMap { contact in
            cprs[contact.resident].map { cpr in
                [
                    contact.id.uuidString, cpr, contact.team.uuidString, contact.kind.rawValue,
                    contact.channel.rawValue, contact.instant.iso8601, contact.professional?.uuidString ?? "",
                ]
            }
        }
        let store = InMemoryDocumentStore()
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Fast", family: "Path")),
            instant: Instant(millisecondsSince1970: 0))
        var writes = region.organisations.map { DocumentWrite($0, expecting: .new) }
        for (index, record) in try region.residentRecords().enumerated() {
            let stored = try ResidentRecord(resident: record.resident, placements: record.placements)
            // Every seventh record holds its contacts as an import records them.
            writes.append(
                DocumentWrite(
                    index % 7 == 0 ? try stored.recording(contacts: record.contacts) : stored, expecting: .new))
        }
        _ = try await store.save(writes, provenance: provenance)
        return Region(
            snapshot: try await StoreSnapshot.load(store, for: .teamContacts), rows: rows, wards: region.wards,
            teams: region.organisations.filter { $0.kind == .outreachTeam })
    }

    /// `rows` with about one in four rows spoilt or varied, chosen by `seed`: every column gets empty, malformed,
    /// unknown, out-of-window, quoted, padded, non-ASCII and control-character values, and now and then a row comes
    /// twice or takes another row's `contact_id` (spoilt in another column too, at times).
    static func spoilt(_ region: Region, seed: UInt64) -> String {
        var random = SyntheticRegionRandom(seed: seed)
        let unknownCPR = SampleCPRNumbers.make(
            born: CalendarDate(daysSinceEpoch: -7_000), sex: .female, serial: 77)
        var lines = [TeamContactsImport.header.joined(separator: ",")]
        var rows = region.rows
        var index = 0
        while index < rows.count {
            defer { index += 1 }
            guard Int.random(in: 0..<4, using: &random) == 0 else { continue }
            var row = rows[index]
            let other = rows[Int.random(in: 0..<rows.count, using: &random)]
            let column = Int.random(in: 0..<row.count, using: &random)
            let variants: [String]
            switch column {
            case 0:
                // An id quoted already is not quoted or padded again.
                let plain = row[0].contains("\"") ? "c-\(index)" : row[0]
                variants = [
                    "", "  ", "c\u{1B}x", "tc-\(index % 50)", other[0], other[0], "\"a\"\"b\"", row[0].lowercased(),
                    " \(plain) ", "\"\(plain)\"", "ÆØÅ-\(index % 9)",
                ]
            case 1:
                variants = [
                    "", "123", "310299-1234", unknownCPR.unmaskedFormatted,
                    row[1].replacingOccurrences(of: "-", with: ""), "ÆØÅ", " \(row[1])", "\(row[1])\u{7}", other[1],
                ]
            case 2:
                variants = [
                    "", random.nextUUID().uuidString, region.wards[index % region.wards.count].id.uuidString,
                    region.teams[index % region.teams.count].id.uuidString.lowercased(), "team-x", "\u{202E}t",
                    other[2],
                ]
            case 3: variants = ["", "home", "HOME_VISIT", "home_visit\u{7}", "udebesøg", "outing", " home_visit"]
            case 4: variants = ["", "pigeon", "phone", "VIDEO", " video", "mail", "in person"]
            case 5:
                variants = [
                    "", "2025-13-01T10:00:00+01:00", "9999-12-31T10:00:00+01:00", "1850-01-01T10:00:00+01:00",
                    "2025-03-02T14:05:00.1234+01:00", "2025-03-02T14:05Z", "2025-03-02 14:05:00+0100", other[5],
                ]
            default:
                variants = ["", random.nextUUID().uuidString, "Sygeplejerske Hansen", "Læge Ærø", "p\u{7}", other[6]]
            }
            row[column] = variants[Int.random(in: 0..<variants.count, using: &random)]
            rows[index] = row
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                // The same row twice.
                rows.insert(row, at: index)
                index += 1
            case 1:
                // A later row with this row's id, and a cell of its own spoilt at times.
                var copy = rows[Int.random(in: index..<rows.count, using: &random)]
                copy[0] = row[0]
                if Bool.random(using: &random) { copy[Int.random(in: 1..<copy.count, using: &random)] = "" }
                rows.insert(copy, at: Int.random(in: (index + 1)...rows.count, using: &random))
            default: break
            }
        }
        for row in rows { lines.append(row.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("both paths plan the same on generated files with bad rows", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func samePlans(seed: UInt64) async throws {
        let region = try await Self.region()
        let text = Self.spoilt(region, seed: seed)
        let table = try CSVTable.parse(Data(text.utf8), file: "team_contacts.csv")
        // Enough rows for the rows to be read side by side.
        #expect(table.records.count > 500)
        for today in [nil, try CalendarDate(iso8601: "2026-01-01")] {
            let fast = try TeamContactsImport.plan(
                table, snapshot: region.snapshot, today: today, window: .standard, fastRows: true)
            let serial = try TeamContactsImport.plan(
                table, snapshot: region.snapshot, today: today, window: .standard, fastRows: false)
            #expect(!serial.writes.isEmpty)
            // The file exercises every column's checks and the repeated id, after a valid row and after an
            // invalid one.
            for column in TeamContactsImport.header {
                #expect(serial.problems.contains { $0.field == column }, "no problem in \(column)")
            }
            #expect(serial.problems.contains { $0.rule.hasPrefix("the contact is already on line") })
            let fastSummary = fast.comparableSummary
            let serialSummary = serial.comparableSummary
            #expect(fastSummary.count == serialSummary.count)
            for (fastLine, serialLine) in zip(fastSummary, serialSummary) {
                #expect(fastLine == serialLine)
                if fastLine != serialLine { break }
            }
        }
    }

    @Test("both paths plan the same on the generated file itself: every row kept, stored records unchanged")
    func cleanFile() async throws {
        let region = try await Self.region()
        let text = ([TeamContactsImport.header] + region.rows).map { $0.joined(separator: ",") }
            .joined(separator: "\r\n")
        let table = try CSVTable.parse(Data(text.utf8), file: "team_contacts.csv")
        let fast = try TeamContactsImport.plan(
            table, snapshot: region.snapshot, today: nil, window: .standard, fastRows: true)
        let serial = try TeamContactsImport.plan(
            table, snapshot: region.snapshot, today: nil, window: .standard, fastRows: false)
        #expect(serial.problems.isEmpty && serial.rows == region.rows.count)
        #expect(!serial.writes.isEmpty && serial.unchanged > 0)
        #expect(fast.comparableSummary == serial.comparableSummary)
    }

    @Test("a row repeating a kept contact's id is refused on both paths, naming the earlier line")
    func repeatedID() async throws {
        let region = try await Self.region()
        let first = region.rows[0]
        var copy = region.rows[1]
        copy[0] = first[0]
        var spoiltCopy = copy
        spoiltCopy[3] = "coffee"
        let text = ([TeamContactsImport.header, first] + Array(region.rows[1..<300]) + [copy, spoiltCopy])
            .map { $0.joined(separator: ",") }.joined(separator: "\n")
        let table = try CSVTable.parse(Data(text.utf8), file: "team_contacts.csv")
        for fastRows in [true, false] {
            let plan = try TeamContactsImport.plan(
                table, snapshot: region.snapshot, today: nil, window: .standard, fastRows: fastRows)
            #expect(
                plan.problems.map { "\($0.line ?? 0) \($0.field ?? "") \($0.rule)" } == [
                    "302 contact_id the contact is already on line 2; got \"\(first[0])\"",
                    "303 contact_id the contact is already on line 2; got \"\(first[0])\"",
                    "303 kind 'coffee' is not a known code; use one of: "
                        + TeamContactsImport.kinds.map(\.0).joined(separator: " | "),
                ])
        }
    }
}
