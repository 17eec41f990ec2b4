import BrobyggerCore
import BrobyggerResidents
import Foundation

/// The fast path of ``EventsImport``: reads a well-formed `events.csv` row straight from the file's bytes, with the
/// same checks as the general path (``RowReader``) and the same values as result, but without a `String` per cell,
/// a text CPR number or a dictionary look-up by column name.
///
/// A row the scanner cannot vouch for (a cell of another shape, a CPR number no stored resident has, a ward that is
/// not one, a quoted cell with doubled quotes, a character outside printable ASCII) gives `nil`, and the importer
/// reads it again through the general path, which names every problem with its rule. The scanner never reports a
/// problem itself, so the messages and their order are the general path's. `EventsImportFastPathTests` compares
/// both paths on generated files with bad rows.
struct EventRowScanner {
    /// A row as read, before the cross-row checks (an `event_id` seen before, the event a `supersedes` names).
    struct Row {
        /// The event's identifier.
        var id: CourseEvent.ID
        /// The position of the resident in ``EventRowScanner/residents``.
        var resident: Int
        /// The episode of care.
        var episode: EpisodeOfCareIdentifier
        /// The event kind; `nil` for `cancel`.
        var kind: CourseEventKind?
        /// When it happened.
        var instant: Instant
        /// The ward, with its type, if named.
        var ward: (id: Organisation.ID, type: WardType)?
        /// The admission's legal status, if given.
        var admission: AdmissionLegalStatus?
        /// The event this one supersedes, if named.
        var target: CourseEvent.ID?
    }

    /// The table read.
    let table: CSVTable
    /// The header positions of the columns.
    let event: Int
    let resident: Int
    let episode: Int
    let kind: Int
    let at: Int
    let ward: Int?
    let admission: Int?
    let supersedes: Int?
    /// The stored residents with a CPR number.
    let residents: [Resident.ID]
    /// Their stored events, in the order of ``residents``.
    let events: [[CourseEvent]]
    /// Positions in ``residents`` by the CPR number's ten digits read as one decimal number.
    let residentsByDigits: [UInt64: Int]
    /// The organisations of kind ward, with the type their parent gives them (`StoreSnapshot.wardType(of:)`).
    let wards: [Organisation.ID: WardType]
    /// The `kind` codes as bytes.
    let kinds: [([UInt8], CourseEventKind?)]
    /// The `admission` codes as bytes.
    let admissions: [([UInt8], AdmissionLegalStatus)]
    /// The plausible days, or `nil`.
    let plausible: PlausibleDays?

    /// A scanner of `columns`' table, resolving references against `snapshot`.
    init(_ columns: CSVColumns, snapshot: StoreSnapshot, plausible: PlausibleDays?) {
        table = columns.table
        // The required columns are there: `CSVColumns` checked the header.
        event = columns.position(of: "event_id") ?? 0
        resident = columns.position(of: "resident") ?? 0
        episode = columns.position(of: "episode") ?? 0
        kind = columns.position(of: "kind") ?? 0
        at = columns.position(of: "at") ?? 0
        ward = columns.position(of: "ward")
        admission = columns.position(of: "admission")
        supersedes = columns.position(of: "supersedes")
        var residents: [Resident.ID] = []
        var events: [[CourseEvent]] = []
        var residentsByDigits: [UInt64: Int] = [:]
        residents.reserveCapacity(snapshot.residentsByCPR.count)
        events.reserveCapacity(snapshot.residentsByCPR.count)
        residentsByDigits.reserveCapacity(snapshot.residentsByCPR.count)
        for (cpr, id) in snapshot.residentsByCPR {
            guard let record = snapshot.records[id]?.document else { continue }
            var digits = cpr.unmaskedValue
            let key = digits.withUTF8 { Self.cprDigits($0) }
            guard let key else { continue }
            residentsByDigits[key] = residents.count
            residents.append(record.id)
            events.append(record.events)
        }
        self.residents = residents
        self.events = events
        self.residentsByDigits = residentsByDigits
        var wards: [Organisation.ID: WardType] = [:]
        for (id, revision) in snapshot.organisations where revision.document.kind == .ward {
            wards[id] = snapshot.wardType(of: revision.document)
        }
        self.wards = wards
        kinds = EventsImport.kinds.map { (Array($0.0.utf8), $0.1) }
        admissions = EventsImport.admissions.map { (Array($0.0.utf8), $0.1) }
        self.plausible = plausible
    }

    /// The last resident and ward read, since a file lists a resident's events one after another: a row naming
    /// the same ones again needs no look-up.
    struct Recent {
        /// The CPR digits last read and the resident's position.
        var digits: UInt64 = .max
        var resident = 0
        /// The ward last read and its type.
        var ward: Organisation.ID?
        var wardType = WardType.psychiatric
    }

    /// The rows of `records`, `nil` where the general path must read the row; read in parallel in contiguous
    /// chunks when the file is large and the machine has more than one processor. Each row's reading depends on
    /// that row alone, so the result is the same however the rows are divided.
    ///
    /// - Parameter chunks: The number of chunks; by default one per 4,096 records, at most twice the processors,
    ///   and one for fewer than 8,192 records or a single processor.
    func read(_ records: ArraySlice<CSVTable.Record>, chunks: Int? = nil) -> [Row?] {
        let processors = ProcessInfo.processInfo.activeProcessorCount
        let automatic = records.count >= 8_192 && processors > 1 ? min(processors * 2, records.count / 4_096) : 1
        let chunks = max(1, min(chunks ?? automatic, records.count))
        let first = records.startIndex
        return table.bytes.withUnsafeBufferPointer { bytes in
            guard chunks > 1 else {
                var recent = Recent()
                return records.map { read($0, in: bytes, recent: &recent) }
            }
            return [Row?](unsafeUninitializedCapacity: records.count) { output, initialized in
                // Each chunk reads its own records and initialises its own rows: no two threads touch one element.
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let bytes = bytes
                let size = (records.count + chunks - 1) / chunks
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var recent = Recent()
                    let start = chunk * size
                    for offset in start..<min(start + size, records.count) {
                        (output.baseAddress! + offset).initialize(
                            to: read(records[first + offset], in: bytes, recent: &recent))
                    }
                }
                initialized = records.count
            }
        }
    }

    /// The row of `record`, or `nil` when the general path must read it.
    func read(_ record: CSVTable.Record, in bytes: UnsafeBufferPointer<UInt8>, recent: inout Recent) -> Row? {
        /// The trimmed bytes of the cell at `position`; `nil` for a cell with doubled quotes or any byte outside
        /// printable ASCII (the general path checks those for control characters and reads them as text).
        func cell(_ position: Int) -> UnsafeBufferPointer<UInt8>? {
            let span = table.spans[record.firstField + position]
            guard !span.escaped else { return nil }
            let field = CSVBytes.trimmed(UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.end)]))
            return CSVBytes.isPrintableASCII(field) ? field : nil
        }
        guard let eventCell = cell(event), !eventCell.isEmpty, let residentCell = cell(resident),
            let episodeCell = cell(episode), !episodeCell.isEmpty, let kindCell = cell(kind), let atCell = cell(at)
        else { return nil }
        // event_id: a UUID as it is, any other text a name-based identifier (`StableIdentifier`).
        let id =
            CSVBytes.uuid(eventCell).map(CourseEvent.ID.init(rawValue:))
            ?? StableIdentifier.make(String(decoding: eventCell, as: UTF8.self), kind: "event", as: CourseEvent.self)
        // resident: a CPR number a stored resident has. A stored number is valid, so ten digits equal to one are.
        guard let digits = Self.cprDigits(residentCell) else { return nil }
        if digits != recent.digits {
            guard let index = residentsByDigits[digits] else { return nil }
            recent.digits = digits
            recent.resident = index
        }
        let residentIndex = recent.resident
        // episode: printable ASCII, not blank (the cell is trimmed and not empty), so `EpisodeOfCareIdentifier` takes
        // it.
        guard let episodeID = try? EpisodeOfCareIdentifier(String(decoding: episodeCell, as: UTF8.self)) else {
            return nil
        }
        guard let kindMatch = kinds.first(where: { CSVBytes.same(kindCell, $0.0) }) else { return nil }
        guard let instant = CSVBytes.instant(atCell) else { return nil }
        if let plausible, plausible.problem(instant, field: "at") != nil { return nil }
        var row = Row(
            id: id, resident: residentIndex, episode: episodeID, kind: kindMatch.1, instant: instant, ward: nil,
            admission: nil, target: nil)
        if let ward {
            guard let wardCell = cell(ward) else { return nil }
            if !wardCell.isEmpty {
                let wardID =
                    CSVBytes.uuid(wardCell).map(Organisation.ID.init(rawValue:))
                    ?? StableIdentifier.make(
                        String(decoding: wardCell, as: UTF8.self), kind: "organisation", as: Organisation.self)
                if wardID != recent.ward {
                    guard let type = wards[wardID] else { return nil }
                    recent.ward = wardID
                    recent.wardType = type
                }
                row.ward = (wardID, recent.wardType)
            }
        }
        if let admission {
            guard let admissionCell = cell(admission) else { return nil }
            if !admissionCell.isEmpty {
                guard let match = admissions.first(where: { CSVBytes.same(admissionCell, $0.0) }) else { return nil }
                row.admission = match.1
            }
        }
        if let supersedes {
            guard let targetCell = cell(supersedes) else { return nil }
            if !targetCell.isEmpty {
                row.target = StableIdentifier.make(
                    String(decoding: targetCell, as: UTF8.self), kind: "event", as: CourseEvent.self)
            }
        }
        return row
    }

    /// Ten ASCII digits, or six, a hyphen and four (the two ways `CPRNumber` reads a number), as one number.
    static func cprDigits(_ cell: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard cell.count == 10 || (cell.count == 11 && cell[6] == 0x2D) else { return nil }
        var value: UInt64 = 0
        for (index, byte) in cell.enumerated() where !(cell.count == 11 && index == 6) {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
        }
        return value
    }
}
