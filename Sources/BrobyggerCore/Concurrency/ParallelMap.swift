import Foundation

/// Maps independent items on every core, keeping their order: the result is the serial map's, element for element,
/// whatever the scheduling, so problems and plans built from it stay deterministic. For the modules of this package
/// (intake, the stores, the reports), not for users.
package enum ParallelMap {
    /// `transform` of every item, in the items' order. Below `minimum` items, or on one core, it runs serially:
    /// starting threads costs more than small inputs save.
    package static func map<Item: Sendable, Output: Sendable>(
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

    /// The arrays' elements, in order, in one array, copied on every core when there are at least `minimum`: a
    /// copy retains every reference an element holds, which for tens of thousands of large elements (a year's
    /// discharges) is worth sharing out.
    package static func joined<Element: Sendable>(_ parts: [[Element]], minimum: Int = 4_096) -> [Element] {
        var starts: [Int] = []
        starts.reserveCapacity(parts.count)
        var total = 0
        for part in parts {
            starts.append(total)
            total += part.count
        }
        let processors = ProcessInfo.processInfo.activeProcessorCount
        guard total >= minimum, processors > 1 else { return Array(parts.joined()) }
        let chunks = min(parts.count, processors * 4)
        return [Element](unsafeUninitializedCapacity: total) { output, initialized in
            parts.withUnsafeBufferPointer { parts in
                // Each chunk copies its own parts into its own places: no two threads touch one element, and every
                // place is initialised once, since the parts' places tile the output.
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let parts = parts
                DispatchQueue.concurrentPerform(iterations: chunks) { [starts] chunk in
                    for index in stride(from: chunk, to: parts.count, by: chunks) {
                        parts[index].withUnsafeBufferPointer { source in
                            guard let from = source.baseAddress, let to = output.baseAddress else { return }
                            (to + starts[index]).initialize(from: from, count: source.count)
                        }
                    }
                }
            }
            initialized = total
        }
    }

    /// Releases `value` on another thread: for large collections that are done with, whose freeing would otherwise
    /// hold up the caller. The value is only kept alive there until the work item runs; nothing reads it.
    package static func release(_ value: consuming some Sendable) {
        let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }
}
