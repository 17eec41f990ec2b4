import Foundation
import XCTest

/// The documentation's code cannot drift from compiled code: every ```swift block of every article in
/// Documentation/Brobygger.docc is, after removing common indentation, exactly one region of a snippet file in
/// Tests/BrobyggerScenarioSpecs/Snippets (between `// snippet: NAME` and `// end-snippet`), which the test target
/// compiles and runs. Package manifests (blocks starting `// swift-tools-version`) are loaded against this package by
/// scripts/check-article-manifests.sh instead.
final class ArticleCodeSpec: XCTestCase {
    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The regions of every snippet file, by name, dedented.
    private func snippets() throws -> [String: String] {
        let folder = repository.appendingPathComponent("Tests/BrobyggerScenarioSpecs/Snippets")
        var regions: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var open: [(name: String, lines: [Substring])] = []
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("// snippet: ") {
                    open.append((String(trimmed.dropFirst("// snippet: ".count)), []))
                } else if trimmed == "// end-snippet" {
                    let region = try XCTUnwrap(open.popLast(), "\(file):\(number + 1): end-snippet without snippet")
                    XCTAssertNil(regions[region.name], "snippet \(region.name) is defined twice")
                    regions[region.name] = Self.dedent(region.lines)
                } else {
                    for index in open.indices { open[index].lines.append(line) }
                }
            }
            XCTAssertTrue(open.isEmpty, "\(file): snippet \(open.map(\.name)) is never closed")
        }
        return regions
    }

    /// The ```swift blocks of an article, dedented.
    static func swiftBlocks(in article: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(dedent(current!))
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }

    /// The lines without their common leading spaces and without trailing blank lines or trailing spaces.
    static func dedent(_ lines: [Substring]) -> String {
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        var result = lines.map { line -> String in
            let text = line.allSatisfy(\.isWhitespace) ? "" : String(line.dropFirst(indent))
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        while result.last?.isEmpty == true { result.removeLast() }
        while result.first?.isEmpty == true { result.removeFirst() }
        return result.joined(separator: "\n")
    }

    func testEveryArticleCodeBlockIsACompiledSnippet() throws {
        let regions = try snippets()
        let known = Set(regions.values)
        let catalog = repository.appendingPathComponent("Documentation/Brobygger.docc")
        var checked = 0
        var used = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: catalog.path).sorted()
        where file.hasSuffix(".md") {
            let article = try String(contentsOf: catalog.appendingPathComponent(file), encoding: .utf8)
            for (index, block) in Self.swiftBlocks(in: article).enumerated() {
                if block.hasPrefix("// swift-tools-version") { continue }
                checked += 1
                XCTAssertTrue(
                    known.contains(block),
                    "\(file): swift block \(index + 1) is not a snippet region; copy it from the snippet files:\n\(block)"
                )
                used.formUnion(regions.filter { $0.value == block }.keys)
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 10, "the articles have fewer code blocks than expected")
        XCTAssertEqual(Set(regions.keys).subtracting(used), [], "snippets no article shows")
    }

    /// The check itself: a block that differs from every snippet by one character is caught.
    func testADriftedBlockIsCaught() throws {
        let regions = try snippets()
        let original = try XCTUnwrap(regions["getting-started-resident"])
        let drifted = original.replacingOccurrences(of: "0360", with: "0361")
        XCTAssertNotEqual(drifted, original)
        XCTAssertFalse(Set(regions.values).contains(drifted))
        let article = "Text\n\n```swift\n    \(drifted.replacingOccurrences(of: "\n", with: "\n    "))\n```\n"
        XCTAssertEqual(Self.swiftBlocks(in: article), [drifted])
    }
}
