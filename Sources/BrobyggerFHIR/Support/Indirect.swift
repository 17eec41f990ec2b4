/// A value stored out of line, so that FHIR's mutually recursive data types (an `Identifier`'s assigner is a
/// `Reference`, which may hold an `Identifier`) can be value types of finite size.
///
/// The storage is a one-element array: copy-on-write, `Sendable` and `Hashable` like the value itself.
struct Indirect<Wrapped: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    private var storage: [Wrapped]

    /// Boxes a value.
    init(_ value: Wrapped) {
        storage = [value]
    }

    /// The boxed value.
    var value: Wrapped {
        get { storage[0] }
        set { storage[0] = newValue }
    }

    /// Decodes the wrapped value.
    init(from decoder: any Decoder) throws {
        storage = [try Wrapped(from: decoder)]
    }

    /// Encodes the wrapped value.
    func encode(to encoder: any Encoder) throws {
        try storage[0].encode(to: encoder)
    }
}
