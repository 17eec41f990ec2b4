import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerStores

@Suite("File store index")
struct DocumentIndexTests {
    func entry(_ versions: Int) -> DocumentIndex.Entry {
        DocumentIndex.Entry(
            versions: versions, keys: [], period: nil, lastInstant: Instant(millisecondsSince1970: Int64(versions)))
    }

    @Test("listing sorts by key as strings sort: alike first eight bytes, prefixes, every allowed character")
    func sortedByKey() {
        var keys = [
            "a", "ab", "abcdefgh", "abcdefgh-1", "abcdefgh-0", "abcdefgh_", "abcdefgh.", "abcdefgi", "abcdefg", "A",
            "Z", "_", "-", "9", "0", "z.", "z-", "z_", "zz", "bcdefgh", "0123456789abcdef", "0123456789abcdee",
        ]
        var random = SplitMix(seed: 4)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._-")
        for _ in 0..<2_000 {
            // Short keys over a small alphabet share prefixes often; long ones share their first eight bytes.
            let length = Int(random.next() % 12) + 1
            let shared = random.next().isMultiple(of: 2) ? "shared-p" : ""
            keys.append(
                shared
                    + String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        keys = Array(Set(keys))
        let items = keys.enumerated().map { (key: $0.element, entry: entry($0.offset)) }
        let sorted = DocumentIndex.sortedByKey(items)
        #expect(sorted.map(\.key) == keys.sorted())
        // Each key keeps its own entry.
        let versions = Dictionary(uniqueKeysWithValues: items.map { ($0.key, $0.entry.versions) })
        #expect(sorted.allSatisfy { versions[$0.key] == $0.entry.versions })
    }
}
