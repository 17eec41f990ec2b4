import BrobyggerCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the audit log's JSON lines for the versions a batch saves: the bytes `JSONEncoder` writes (sorted keys,
/// slashes unescaped), without going through it for every entry. A national import saves 20,000 documents in one
/// batch, and encoding their 20,000 entries through `JSONEncoder` took about 0.6 s of CPU time.
///
/// The entries of one batch share the accessor, the instant and the outcome, so their JSON is encoded once; each
/// entry adds its identifier, action, kind, key, version and subject, written directly when every text is printable
/// ASCII needing no escape (storage keys and kinds are). Anything else (another accessor, instant or outcome, a text
/// to escape, no key or version) goes through the encoder. The first entry of each shape (with or without a
/// resident) is also encoded by the encoder and compared byte for byte: should they ever differ (another Foundation),
/// the writer uses the encoder for the rest.
struct AuditLineWriter {
    private let encoder: JSONEncoder
    private let accessor: Accessor
    private let instant: Instant
    private let outcome: AuditEntry.Outcome
    /// The JSON of the shared parts, or `nil` when the encoder could not write them alone.
    private let shared: (accessor: [UInt8], instant: [UInt8], outcome: [UInt8])?
    /// The shapes (with a resident or without) whose first entry matched the encoder's bytes.
    private var checked: (resident: Bool, none: Bool) = (false, false)
    /// Whether a written line differed from the encoder's: every entry goes through the encoder then.
    private var broken = false

    /// A writer for entries by `accessor` at `instant` with `outcome`, falling back to `encoder`.
    init(accessor: Accessor, instant: Instant, outcome: AuditEntry.Outcome, encoder: JSONEncoder) {
        self.encoder = encoder
        self.accessor = accessor
        self.instant = instant
        self.outcome = outcome
        if let accessorJSON = try? encoder.encode(accessor), let instantJSON = try? encoder.encode(instant),
            let outcomeJSON = try? encoder.encode(outcome)
        {
            shared = (Array(accessorJSON), Array(instantJSON), Array(outcomeJSON))
        } else {
            shared = nil
        }
    }

    /// Appends `entry`'s JSON (without a line feed) to `lines`.
    ///
    /// - Throws: The encoder's error, for an entry it cannot encode.
    mutating func append(_ entry: AuditEntry, to lines: inout [UInt8]) throws {
        if !broken, let written = direct(entry) {
            let resident = entry.subject.resident != nil
            if resident ? checked.resident : checked.none {
                lines.append(contentsOf: written)
                return
            }
            let encoded = Array(try encoder.encode(entry))
            if encoded == written {
                if resident { checked.resident = true } else { checked.none = true }
            } else {
                broken = true
            }
            lines.append(contentsOf: encoded)
            return
        }
        lines.append(contentsOf: try encoder.encode(entry))
    }

    /// `entry`'s JSON written directly, or `nil` when it is not of the batch's shape or holds a text to escape.
    func direct(_ entry: AuditEntry) -> [UInt8]? {
        guard let shared, let key = entry.documentID, let version = entry.version,
            entry.accessor == accessor, entry.instant == instant, entry.outcome == outcome,
            Self.isPlain(key), Self.isPlain(entry.documentKind.rawValue),
            entry.subject.resident.map(Self.isPlain) ?? true
        else { return nil }
        var line: [UInt8] = []
        line.reserveCapacity(320)
        line.append(contentsOf: #"{"accessor":"#.utf8)
        line.append(contentsOf: shared.accessor)
        line.append(contentsOf: #","action":""#.utf8)
        line.append(contentsOf: entry.action.rawValue.utf8)
        line.append(contentsOf: #"","documentID":""#.utf8)
        line.append(contentsOf: key.utf8)
        line.append(contentsOf: #"","documentKind":""#.utf8)
        line.append(contentsOf: entry.documentKind.rawValue.utf8)
        line.append(contentsOf: #"","id":""#.utf8)
        Self.appendLowercase(entry.id.rawValue, to: &line)
        line.append(contentsOf: #"","instant":"#.utf8)
        line.append(contentsOf: shared.instant)
        line.append(contentsOf: #","outcome":"#.utf8)
        line.append(contentsOf: shared.outcome)
        line.append(contentsOf: #","subject":"#.utf8)
        if let resident = entry.subject.resident {
            line.append(contentsOf: #"{"resident":""#.utf8)
            line.append(contentsOf: resident.utf8)
            line.append(contentsOf: #""}"#.utf8)
        } else {
            line.append(contentsOf: "{}".utf8)
        }
        line.append(contentsOf: #","version":"#.utf8)
        line.append(contentsOf: String(version).utf8)
        line.append(0x7D)
        return line
    }

    /// `count` random (version 4) identifiers for the entries of a batch, read from `/dev/urandom` with one read:
    /// `UUID()` opens and reads it once per identifier here, which cost a national import's batch 20,000 opens.
    /// Where it cannot be read, the bytes come from the standard library's `SystemRandomNumberGenerator`.
    static func randomIdentifiers(_ count: Int) -> [AuditEntry.ID] {
        var bytes = [UInt8](repeating: 0, count: count * 16)
        var filled = 0
        let source = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if source >= 0 {
            while filled < bytes.count {
                let got = bytes.withUnsafeMutableBytes { read(source, $0.baseAddress! + filled, $0.count - filled) }
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            close(source)
        }
        if filled < bytes.count {
            var generator = SystemRandomNumberGenerator()
            for index in bytes.indices { bytes[index] = generator.next() }
        }
        return (0..<count).map { index in
            var uuid = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index * 16, as: uuid_t.self) }
            withUnsafeMutableBytes(of: &uuid) { target in
                // RFC 9562: version 4 in the high nibble of byte 6, the variant 0b10 in the high bits of byte 8.
                target[6] = target[6] & 0x0F | 0x40
                target[8] = target[8] & 0x3F | 0x80
            }
            return AuditEntry.ID(rawValue: UUID(uuid: uuid))
        }
    }

    /// Whether every byte of `text` is printable ASCII that JSON writes as it is (not a quote, not a backslash).
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    }

    /// Appends `uuid` as lowercase text (8-4-4-4-12 hexadecimal digits), as an identifier encodes it.
    private static func appendLowercase(_ uuid: UUID, to line: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        withUnsafeBytes(of: uuid.uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { line.append(0x2D) }
                line.append(digits[Int(byte >> 4)])
                line.append(digits[Int(byte & 0x0F)])
            }
        }
    }
}
