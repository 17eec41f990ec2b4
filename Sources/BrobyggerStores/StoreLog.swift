import BrobyggerCore

/// The records of format 2's version log (`versions.log`): what is known about every stored version without
/// reading its document, and the commit records that make a batch of versions visible all at once.
///
/// The log starts with an 8-byte magic number; then records follow, each framed as a little-endian 32-bit body
/// length, the CRC-32 of the body, and the body. A body starts with its type:
/// - `B` batch: sequence number (64 bits), the instant in milliseconds (64 bits), the number of versions (32 bits),
///   then the batch's provenance as JSON;
/// - `V` version: the document's offset (64 bits), length and CRC-32 (32 bits each) in `documents.dat`, its
///   version number (32 bits), kind and key (16-bit length and UTF-8 each), its period (a flag byte, then the first
///   and last day as day numbers, 64 bits each) and its index keys (a 32-bit count, then name and value, 32-bit
///   length and UTF-8 each);
/// - `C` commit: the batch's sequence number (64 bits), the end of `documents.dat` after the batch (64 bits) and
///   the number of versions (32 bits).
/// A batch is its `B` record, its `V` records and its `C` record, in that order; only a batch whose `C` record is
/// whole is part of the store.
enum StoreLog {
    /// The first eight bytes of `versions.log`.
    static let magic: [UInt8] = Array("BRBYLOG2".utf8)
    /// The first eight bytes of `documents.dat`.
    static let documentsMagic: [UInt8] = Array("BRBYDOC2".utf8)
    /// The first eight bytes of `head`.
    static let headMagic: [UInt8] = Array("BRBYHED2".utf8)

    /// A batch's opening record.
    struct Batch {
        var sequence: UInt64
        var instantMilliseconds: Int64
        var count: UInt32
        var provenance: [UInt8]
    }

    /// Where a version's document lies in `documents.dat`.
    struct Location: Sendable {
        var offset: Int
        var length: Int
        var checksum: UInt32
        /// The index of the version's batch in the store's list of batches.
        var batch: Int
    }

    /// One version.
    struct Version {
        var location: Location
        var number: Int
        var kind: String
        var key: String
        var period: DayRange?
        var keys: [IndexKey]
    }

    /// A batch's closing record.
    struct Commit {
        var sequence: UInt64
        var documentsEnd: UInt64
        var count: UInt32
    }

    /// A parsed record.
    enum Record {
        case batch(Batch)
        case version(Version)
        case commit(Commit)
    }

    /// Frames a body as a record: length, checksum, body.
    static func frame(_ body: [UInt8], into output: inout [UInt8]) {
        var writer = ByteWriter()
        writer.u32(UInt32(body.count))
        writer.u32(CRC32.checksum(body[...]))
        output.append(contentsOf: writer.bytes)
        output.append(contentsOf: body)
    }

    static func encode(_ batch: Batch) -> [UInt8] {
        var writer = ByteWriter()
        writer.byte(UInt8(ascii: "B"))
        writer.u64(batch.sequence)
        writer.u64(UInt64(bitPattern: batch.instantMilliseconds))
        writer.u32(batch.count)
        writer.bytes.append(contentsOf: batch.provenance)
        return writer.bytes
    }

    static func encode(_ version: Version) -> [UInt8] {
        var writer = ByteWriter()
        writer.byte(UInt8(ascii: "V"))
        writer.u64(UInt64(version.location.offset))
        writer.u32(UInt32(version.location.length))
        writer.u32(version.location.checksum)
        writer.u32(UInt32(version.number))
        writer.string16(version.kind)
        writer.string16(version.key)
        if let period = version.period {
            writer.byte(period.end == nil ? 1 : 2)
            writer.u64(UInt64(bitPattern: Int64(period.start.daysSinceEpoch)))
            writer.u64(UInt64(bitPattern: Int64(period.end?.daysSinceEpoch ?? 0)))
        } else {
            writer.byte(0)
        }
        writer.u32(UInt32(version.keys.count))
        for key in version.keys {
            writer.string32(key.name)
            writer.string32(key.value)
        }
        return writer.bytes
    }

    static func encode(_ commit: Commit) -> [UInt8] {
        var writer = ByteWriter()
        writer.byte(UInt8(ascii: "C"))
        writer.u64(commit.sequence)
        writer.u64(commit.documentsEnd)
        writer.u32(commit.count)
        return writer.bytes
    }

    /// Reads the record at `offset` of `log`.
    ///
    /// - Returns: The record and the offset after it, or `nil` when the bytes from `offset` on are not a whole
    ///   record with a matching checksum (the torn tail of an interrupted write, or damage).
    static func record(in log: UnsafeRawBufferPointer, at offset: Int, batch: Int) -> (Record, Int)? {
        guard log.count - offset >= 8 else { return nil }
        var header = ByteReader(log, from: offset, to: offset + 8)
        guard let length = header.u32(), let checksum = header.u32() else { return nil }
        let start = offset + 8
        let end = start + Int(length)
        guard length > 0, end <= log.count else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: log[start..<end])
        guard CRC32.checksum(body) == checksum else { return nil }
        var reader = ByteReader(log, from: start, to: end)
        switch reader.byte() {
        case UInt8(ascii: "B"):
            guard let sequence = reader.u64(), let instant = reader.u64(), let count = reader.u32() else { return nil }
            let provenance = Array(UnsafeRawBufferPointer(rebasing: log[reader.position..<end]))
            return (
                .batch(
                    Batch(
                        sequence: sequence, instantMilliseconds: Int64(bitPattern: instant), count: count,
                        provenance: provenance)), end
            )
        case UInt8(ascii: "V"):
            guard let documentOffset = reader.u64(), let documentLength = reader.u32(), let sum = reader.u32(),
                let number = reader.u32(), let kind = reader.string16(), let key = reader.string16(),
                let periodFlag = reader.byte()
            else { return nil }
            var period: DayRange?
            if periodFlag != 0 {
                guard let first = reader.u64(), let last = reader.u64() else { return nil }
                let start = CalendarDate(daysSinceEpoch: Int(Int64(bitPattern: first)))
                let end = periodFlag == 2 ? CalendarDate(daysSinceEpoch: Int(Int64(bitPattern: last))) : nil
                guard let range = try? DayRange(start: start, end: end) else { return nil }
                period = range
            }
            guard let keyCount = reader.u32(), Int(keyCount) <= (end - reader.position) / 8 else { return nil }
            var keys: [IndexKey] = []
            keys.reserveCapacity(Int(keyCount))
            for _ in 0..<keyCount {
                guard let name = reader.string32(), let value = reader.string32() else { return nil }
                keys.append(IndexKey(name, value))
            }
            let location = Location(
                offset: Int(documentOffset), length: Int(documentLength), checksum: sum, batch: batch)
            return (
                .version(
                    Version(
                        location: location, number: Int(number), kind: kind, key: key, period: period, keys: keys)),
                end
            )
        case UInt8(ascii: "C"):
            guard let sequence = reader.u64(), let documentsEnd = reader.u64(), let count = reader.u32() else {
                return nil
            }
            return (.commit(Commit(sequence: sequence, documentsEnd: documentsEnd, count: count)), end)
        default:
            return nil
        }
    }
}

/// Appends little-endian integers and length-prefixed strings to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string16(_ text: String) {
        let utf8 = Array(text.utf8.prefix(Int(UInt16.max)))
        withUnsafeBytes(of: UInt16(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: utf8)
    }

    mutating func string32(_ text: String) {
        let utf8 = Array(text.utf8)
        u32(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}

/// Reads little-endian integers and length-prefixed strings from a range of bytes; every read answers `nil`
/// rather than reading past the range.
struct ByteReader {
    let buffer: UnsafeRawBufferPointer
    private(set) var position: Int
    let end: Int

    init(_ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        self.buffer = buffer
        self.position = start
        self.end = end
    }

    mutating func byte() -> UInt8? {
        guard position < end else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func u16() -> UInt16? {
        guard end - position >= 2 else { return nil }
        defer { position += 2 }
        return UInt16(buffer[position]) | UInt16(buffer[position + 1]) << 8
    }

    mutating func u32() -> UInt32? {
        guard end - position >= 4 else { return nil }
        defer { position += 4 }
        return buffer.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian
    }

    mutating func u64() -> UInt64? {
        guard end - position >= 8 else { return nil }
        defer { position += 8 }
        return buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self).littleEndian
    }

    mutating func text(_ count: Int) -> String? {
        guard count >= 0, end - position >= count else { return nil }
        defer { position += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[position..<position + count]), as: UTF8.self)
    }

    mutating func raw(_ count: Int) -> [UInt8]? {
        guard count >= 0, end - position >= count else { return nil }
        defer { position += count }
        return Array(UnsafeRawBufferPointer(rebasing: buffer[position..<position + count]))
    }

    mutating func string16() -> String? {
        guard let count = u16() else { return nil }
        return text(Int(count))
    }

    mutating func string32() -> String? {
        guard let count = u32() else { return nil }
        return text(Int(count))
    }
}

/// CRC-32 (IEEE 802.3, the polynomial of zip and PNG), to detect torn and damaged records and documents.
///
/// Computed sixteen bytes at a time ("slicing by 16": sixteen tables of 256 entries, the same checksum as the bytewise
/// algorithm), since every document read and every opening checksums megabytes.
enum CRC32 {
    /// `tables[k * 256 + b]`: the CRC of byte `b` followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 16 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            tables[index] = value
        }
        for slice in 1..<16 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of a byte range.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { table in
            // The four 32-bit words of a 16-byte block, the first with the running CRC folded in: byte `i` of the
            // block, `15 - i` bytes before its end, is looked up in table `15 - i`.
            @inline(__always) func fold(_ word: UInt32, _ last: Int) -> UInt32 {
                table[last * 256 + Int(word & 0xFF)] ^ table[(last - 1) * 256 + Int((word >> 8) & 0xFF)]
                    ^ table[(last - 2) * 256 + Int((word >> 16) & 0xFF)] ^ table[(last - 3) * 256 + Int(word >> 24)]
            }
            var position = 0
            let count = bytes.count
            while count - position >= 16 {
                let first = bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian ^ crc
                let second = bytes.loadUnaligned(fromByteOffset: position + 4, as: UInt32.self).littleEndian
                let third = bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt32.self).littleEndian
                let fourth = bytes.loadUnaligned(fromByteOffset: position + 12, as: UInt32.self).littleEndian
                crc = fold(first, 15) ^ fold(second, 11) ^ fold(third, 7) ^ fold(fourth, 3)
                position += 16
            }
            while position < count {
                crc = table[Int((crc ^ UInt32(bytes[position])) & 0xFF)] ^ (crc >> 8)
                position += 1
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of a slice of bytes.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
