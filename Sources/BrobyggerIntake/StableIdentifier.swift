import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Turns the identifiers used in flat files into the SDK's UUID identifiers.
///
/// A value that already is a UUID is used as it is (so files exported from a store re-import to the same
/// documents). Any other value becomes a name-based UUID (RFC 9562 version 5, SHA-1) in a namespace per kind of
/// thing, so the same `id` in an organisations file and a facilities file, or in two runs, names the same document.
public enum StableIdentifier {
    /// The namespace of the tool's name-based identifiers.
    public static let namespace = UUID(uuidString: "6b0e5a52-6f1d-4c59-9d3e-0b7e2f2d1a61")!

    /// The identifier for `text` among things of `kind` (e.g. `organisation`, `event`).
    public static func make<Owner>(_ text: String, kind: String, as owner: Owner.Type = Owner.self) -> Identifier<Owner>
    {
        // The canonical 36-character form is read straight from its bytes (Foundation's reading of it, without
        // Foundation's scanning, which costs more than the rest of a row); any other text as Foundation reads it.
        if let uuid = text.utf8.withContiguousStorageIfAvailable({ CSVBytes.uuid($0) }) ?? UUID(uuidString: text) {
            return Identifier(rawValue: uuid)
        }
        return Identifier(rawValue: nameBased(kind + ":" + text))
    }

    /// A version 5 UUID for `name` in ``namespace``.
    public static func nameBased(_ name: String) -> UUID {
        var bytes = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        bytes += Array(name.utf8)
        var digest = SHA1.hash(bytes)
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7], digest[8],
                digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]
            ))
    }
}
