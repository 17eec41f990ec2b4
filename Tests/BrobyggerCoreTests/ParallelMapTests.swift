import BrobyggerCore
import BrobyggerTesting
import Testing

@Suite("Work shared out on every core")
struct ParallelMapTests {
    /// An element that holds a reference, so that a copy retains and a lost or doubled copy shows.
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test("joined gives the parts' elements in order, for small and large inputs and empty parts")
    func joined() {
        var random = SplitMix(seed: 21)
        for total in [0, 10, 4_095, 4_096, 20_000] {
            var parts: [[Box]] = []
            var made = 0
            while made < total {
                // Empty parts and parts of every size, as residents have no discharge or many.
                let size = min(Int(random.next() % 9), total - made)
                parts.append((made..<made + size).map(Box.init))
                made += size
            }
            parts.insert([], at: 0)
            parts.append([])
            let joined = ParallelMap.joined(parts)
            #expect(joined.map(\.value) == Array(0..<total))
            // Every element is the part's own object, not a copy of its value.
            #expect(zip(joined, parts.joined()).allSatisfy { $0 === $1 })
        }
    }

    @Test("joined holds each element once: nothing is kept alive, nothing freed twice")
    func joinedReferences() {
        weak var first: Box?
        weak var last: Box?
        do {
            let parts = (0..<2_000).map { start in (0..<5).map { Box(start * 5 + $0) } }
            first = parts.first?.first
            last = parts.last?.last
            let joined = ParallelMap.joined(parts)
            #expect(joined.count == 10_000)
            #expect(first != nil && last != nil)
        }
        #expect(first == nil && last == nil)
    }

    @Test("map keeps the items' order")
    func map() {
        let items = Array(0..<10_000)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
        #expect(ParallelMap.map([1, 2]) { $0 + 1 } == [2, 3])
    }
}
