import Foundation

/// Maps independent items on every core, keeping their order: the result is the serial map's, element for element,
/// whatever the scheduling, so problems and plans built from it stay deterministic.
enum ParallelMap {
    /// `transform` of every item, in the items' order. Below `minimum` items, or on one core, it runs serially:
    /// starting threads costs more than small inputs save.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], minimum: Int = 64, _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        let processors = ProcessInfo.processInfo.activeProcessorCount
        guard items.count >= minimum, processors > 1 else { return items.map(transform) }
        let chunks = min(items.count, processors * 4)
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { output in
            items.withUnsafeBufferPointer { input in
                // Each chunk reads its own items and writes its own results: no two threads touch one element.
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for index in stride(from: chunk, to: input.count, by: chunks) {
                        output[index] = transform(input[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// Releases `value` on another thread: for large collections that are done with, whose freeing would otherwise
    /// hold up the caller. The value is only kept alive there until the work item runs; nothing reads it.
    static func release(_ value: consuming some Sendable) {
        let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }
}
