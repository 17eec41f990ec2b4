import Foundation

/// A value that is exactly one UUID, rebuilt from any UUID: typed identifiers (``Identifier``).
///
/// Its `Codable` form is the UUID's lower-case text (as ``Identifier`` writes it), but a binary coder (the file
/// store's) may keep the 16 bytes instead and rebuild the value with ``init(rawValue:)``, and hand a conformance that
/// asks for a `String` the lower-case text: every UUID is a valid value, so nothing the text form would reject is
/// accepted that way. A conforming type must write nothing but that text, so both forms name the same value.
public protocol UUIDBacked: Codable {
    /// The UUID.
    var rawValue: UUID { get }

    /// The value of a UUID; total, since every UUID is one.
    init(rawValue: UUID)
}

extension Identifier: UUIDBacked {}
