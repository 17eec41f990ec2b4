import BrobyggerCore
import Dispatch

/// Format 2's index checkpoint (`index.checkpoint`): the whole in-memory index as of one commit, so that opening
/// reads it and only the part of `versions.log` written after it, instead of replaying the log from its start.
///
/// Layout (little-endian): the 8-byte magic `BRBYCKP1`; the log's length, `documents.dat`'s length and the batch
/// sequence number it covers (64 bits each); the CRC-32 of the last 64 KiB of the covered log (32 bits), which end
/// with the commit record of its last batch, so a checkpoint of another store or another history does not fit;
/// every batch's provenance (a 32-bit count, then 32-bit length and JSON each); the interned index-key names (a
/// 32-bit count, then `string32` each); then per kind (a 32-bit count) its name (`string16`) and documents (a 32-bit
/// count), each document as its key (`string16`), the instant of its newest version in milliseconds (64 bits), its
/// period (a flag byte, then first and last day, 64 bits each), its index keys (a 32-bit count, then a 32-bit name
/// number and a `string32` value each) and its versions (a 32-bit count, then offset (64 bits), length, CRC-32 and
/// batch number (32 bits each) in `documents.dat`). The file ends with the CRC-32 of everything before it.
///
/// The checkpoint is only ever replaced whole (written to a new file, flushed, renamed over the old one, the
/// directory flushed), so a reader finds the old or the new one. It is an optimisation and never the only copy: a
/// checkpoint that is torn, damaged, from another store or ahead of the log is ignored and the log is read whole
/// (``FileDocumentStore/Recovery/ignoredCheckpoint``).
struct IndexCheckpoint {
    /// The checkpoint's name in the store's directory.
    static let name = "index.checkpoint"
    /// The first eight bytes of the checkpoint.
    static let magic: [UInt8] = Array("BRBYCKP1".utf8)
    /// The length of a framed commit record in `versions.log` (8 bytes of frame, 21 of body): the checkpoint's
    /// log end is always the end of one.
    static let commitRecordLength = 29
    /// How much of the covered log, at most, the checkpoint's tail checksum covers.
    static let tailLength = 65_536

    /// One document's entry: what the index knows, and where every version lies.
    struct Document {
        var key: String
        var entry: DocumentIndex.Entry
        var locations: [StoreLog.Location]
    }

    /// What a checkpoint holds.
    struct State {
        var logEnd: Int
        var documentsEnd: Int
        var sequence: UInt64
        var tailChecksum: UInt32
        var batchProvenance: [[UInt8]]
        var kinds: [(kind: DocumentKind, documents: [Document])]
    }

    /// The checkpoint of the store's index as of the commit record ending at `logEnd`.
    static func encode(
        logEnd: Int, documentsEnd: Int, sequence: UInt64, tailChecksum: UInt32, batchProvenance: [[UInt8]],
        index: DocumentIndex, locations: [DocumentKind: [String: [StoreLog.Location]]]
    ) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes = magic
        writer.u64(UInt64(logEnd))
        writer.u64(UInt64(documentsEnd))
        writer.u64(sequence)
        writer.u32(tailChecksum)
        writer.u32(UInt32(batchProvenance.count))
        for provenance in batchProvenance {
            writer.u32(UInt32(provenance.count))
            writer.bytes.append(contentsOf: provenance)
        }
        var names: [String: UInt32] = [:]
        var nameList: [String] = []
        let kinds = locations.keys.sorted()
        for kind in kinds {
            for (key, _) in locations[kind] ?? [:] {
                for indexKey in index.entry(kind, key)?.keys ?? [] where names[indexKey.name] == nil {
                    names[indexKey.name] = UInt32(nameList.count)
                    nameList.append(indexKey.name)
                }
            }
        }
        writer.u32(UInt32(nameList.count))
        for name in nameList { writer.string32(name) }
        writer.u32(UInt32(kinds.count))
        for kind in kinds {
            let documents = locations[kind] ?? [:]
            writer.string16(kind.rawValue)
            writer.u32(UInt32(documents.count))
            for (key, versions) in documents {
                guard let entry = index.entry(kind, key) else { continue }
                writer.string16(key)
                writer.u64(UInt64(bitPattern: entry.lastInstant.millisecondsSince1970))
                if let period = entry.period {
                    writer.byte(period.end == nil ? 1 : 2)
                    writer.u64(UInt64(bitPattern: Int64(period.start.daysSinceEpoch)))
                    writer.u64(UInt64(bitPattern: Int64(period.end?.daysSinceEpoch ?? 0)))
                } else {
                    writer.byte(0)
                }
                writer.u32(UInt32(entry.keys.count))
                for indexKey in entry.keys {
                    writer.u32(names[indexKey.name] ?? 0)
                    writer.string32(indexKey.value)
                }
                writer.u32(UInt32(versions.count))
                for location in versions {
                    writer.u64(UInt64(location.offset))
                    writer.u32(UInt32(location.length))
                    writer.u32(location.checksum)
                    writer.u32(UInt32(location.batch))
                }
            }
        }
        writer.u32(CRC32.checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// Reads a checkpoint; `nil` when it is torn, damaged or not a checkpoint.
    static func decode(_ bytes: [UInt8]) -> State? {
        guard bytes.count >= magic.count + 32, Array(bytes[0..<magic.count]) == magic else { return nil }
        return bytes.withUnsafeBytes { buffer -> State? in
            let bodyEnd = buffer.count - 4
            var trailer = ByteReader(buffer, from: bodyEnd, to: buffer.count)
            guard let sum = trailer.u32() else { return nil }
            // A national year's checkpoint is megabytes: one core checks its checksum while another parses it, and
            // what was parsed is dropped when the checksum fails. The parse checks every length against the bytes
            // left, so damaged bytes only make it return `nil`.
            var matches = false
            var state: State?
            withUnsafeMutablePointer(to: &matches) { matchesOutput in
                withUnsafeMutablePointer(to: &state) { stateOutput in
                    // Each item writes its own result: no two threads touch one value.
                    nonisolated(unsafe) let matchesOutput = matchesOutput
                    nonisolated(unsafe) let stateOutput = stateOutput
                    nonisolated(unsafe) let buffer = buffer
                    DispatchQueue.concurrentPerform(iterations: 2) { item in
                        if item == 0 {
                            matchesOutput.pointee =
                                sum == CRC32.checksum(UnsafeRawBufferPointer(rebasing: buffer[..<bodyEnd]))
                        } else {
                            stateOutput.pointee = parse(buffer, bodyEnd: bodyEnd)
                        }
                    }
                }
            }
            return matches ? state : nil
        }
    }

    /// The state in a checkpoint's body (`buffer` up to `bodyEnd`), whose checksum is checked apart; `nil` when the
    /// body is not whole.
    private static func parse(_ buffer: UnsafeRawBufferPointer, bodyEnd: Int) -> State? {
        var reader = ByteReader(buffer, from: magic.count, to: bodyEnd)
        guard let logEnd = reader.u64(), let documentsEnd = reader.u64(), let sequence = reader.u64(),
            let tailChecksum = reader.u32(), let batchCount = reader.u32(),
            Int(batchCount) <= (bodyEnd - reader.position) / 4
        else { return nil }
        var provenance: [[UInt8]] = []
        provenance.reserveCapacity(Int(batchCount))
        for _ in 0..<batchCount {
            guard let length = reader.u32(), let bytes = reader.raw(Int(length)) else { return nil }
            provenance.append(bytes)
        }
        guard let nameCount = reader.u32(), Int(nameCount) <= (bodyEnd - reader.position) / 4 else { return nil }
        var names: [String] = []
        for _ in 0..<nameCount {
            guard let name = reader.string32() else { return nil }
            names.append(name)
        }
        guard let kindCount = reader.u32() else { return nil }
        var kinds: [(kind: DocumentKind, documents: [Document])] = []
        for _ in 0..<kindCount {
            guard let kind = reader.string16(), let documentCount = reader.u32(),
                Int(documentCount) <= (bodyEnd - reader.position) / 16
            else { return nil }
            var documents: [Document] = []
            documents.reserveCapacity(Int(documentCount))
            for _ in 0..<documentCount {
                guard let key = reader.string16(), let instant = reader.u64(), let flag = reader.byte() else {
                    return nil
                }
                var period: DayRange?
                if flag != 0 {
                    guard let first = reader.u64(), let last = reader.u64() else { return nil }
                    let start = CalendarDate(daysSinceEpoch: Int(Int64(bitPattern: first)))
                    let end = flag == 2 ? CalendarDate(daysSinceEpoch: Int(Int64(bitPattern: last))) : nil
                    guard let range = try? DayRange(start: start, end: end) else { return nil }
                    period = range
                }
                guard let keyCount = reader.u32(), Int(keyCount) <= (bodyEnd - reader.position) / 8 else {
                    return nil
                }
                var keys: [IndexKey] = []
                keys.reserveCapacity(Int(keyCount))
                for _ in 0..<keyCount {
                    guard let number = reader.u32(), Int(number) < names.count, let value = reader.string32()
                    else { return nil }
                    keys.append(IndexKey(names[Int(number)], value))
                }
                guard let versionCount = reader.u32(), versionCount > 0,
                    Int(versionCount) <= (bodyEnd - reader.position) / 20
                else { return nil }
                var locations: [StoreLog.Location] = []
                locations.reserveCapacity(Int(versionCount))
                for _ in 0..<versionCount {
                    guard let offset = reader.u64(), let length = reader.u32(), let checksum = reader.u32(),
                        let batch = reader.u32(), Int(batch) < provenance.count,
                        Int(offset) + Int(length) <= Int(documentsEnd)
                    else { return nil }
                    locations.append(
                        StoreLog.Location(
                            offset: Int(offset), length: Int(length), checksum: checksum, batch: Int(batch)))
                }
                let entry = DocumentIndex.Entry(
                    versions: locations.count, keys: keys, period: period,
                    lastInstant: Instant(millisecondsSince1970: Int64(bitPattern: instant)))
                documents.append(Document(key: key, entry: entry, locations: locations))
            }
            kinds.append((DocumentKind(rawValue: kind), documents))
        }
        guard reader.position == bodyEnd else { return nil }
        return State(
            logEnd: Int(logEnd), documentsEnd: Int(documentsEnd), sequence: sequence,
            tailChecksum: tailChecksum, batchProvenance: provenance, kinds: kinds)
    }
}
