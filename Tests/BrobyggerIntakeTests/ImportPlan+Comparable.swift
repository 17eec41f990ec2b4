import BrobyggerResidents
import Foundation

@testable import BrobyggerIntake

extension ImportPlan {
    /// What the plan says, as lines two plans can be compared by: counts, problems, notes, and every write with its
    /// key, line, expected version and, for a resident record, the record's sorted JSON. The fast-path tests compare
    /// an importer's two paths with it.
    var comparableSummary: [String] {
        var lines = ["rows \(rows)", "unchanged \(unchanged)"]
        lines += problems.map { "problem \($0)" }
        lines += notes.map { "note \($0)" }
        for write in writes {
            let record = write.write.document as? ResidentRecord
            let data = record.flatMap { try? JSONEncoder.sorted.encode($0) }.map { String(decoding: $0, as: UTF8.self) }
            lines.append(
                "write \(write.kind) \(write.key) new \(write.isNew) line \(write.line ?? 0) "
                    + "\(write.write.expected) \(data ?? "not a record")")
        }
        return lines
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal documents encode to equal text.
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
