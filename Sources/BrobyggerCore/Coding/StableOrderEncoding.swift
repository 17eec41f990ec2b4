// Sets and dictionaries with non-string keys encode in hash order, which changes from process to process: the same
// value would be written differently each time, and stores, diffs and signatures would see changes where there are
// none. These helpers write them in a fixed order in the same JSON shape the synthesized encoding uses, so decoding
// is unchanged.

extension KeyedEncodingContainer {
    /// Encodes `set` as an array sorted by the elements' raw values (the shape a synthesized `Set` encoding has).
    package mutating func encodeInStableOrder<Element>(_ set: Set<Element>, forKey key: Key) throws
    where Element: Encodable & RawRepresentable, Element.RawValue: Comparable {
        try encode(set.sorted { $0.rawValue < $1.rawValue }, forKey: key)
    }

    /// Encodes `dictionary` as an array of alternating keys and values, sorted by key: the shape a synthesized
    /// encoding of a dictionary whose keys are neither strings nor integers has.
    package mutating func encodeInStableOrder<DictionaryKey, Value>(
        _ dictionary: [DictionaryKey: Value], forKey key: Key
    ) throws where DictionaryKey: Encodable & Comparable, Value: Encodable {
        var pairs = nestedUnkeyedContainer(forKey: key)
        for (entryKey, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            try pairs.encode(entryKey)
            try pairs.encode(value)
        }
    }
}
