import Foundation
import Testing

/// Compares rendered text with a golden file in `Resources/Golden`, exactly.
///
/// Set `BROBYGGER_RECORD_GOLDENS=1` to write the current output to the source tree instead (then review the diff and
/// commit it). On a mismatch the issue names the file, the first differing line and both versions of it.
enum Golden {
    static func assertMatches(
        _ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["BROBYGGER_RECORD_GOLDENS"] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Resources/Golden").appendingPathComponent(name)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard
            let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/Golden"),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "Golden file \(name) is missing; run with BROBYGGER_RECORD_GOLDENS=1 to create it.",
                sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("Rendering differs from golden file \(name): \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// A description of the first line where the texts differ, or `nil` when they are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let got = index < actualLines.count ? actualLines[index] : "<end of file>"
            if want != got {
                return "line \(index + 1)\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "the texts differ only in line endings"
    }
}
