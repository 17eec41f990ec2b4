import Foundation

extension SourceCitation {
    /// A citation in the form earlier versions used, a document number and a line range of the project's working
    /// copy (`.seed("001", lines: "971–972")`), turned into the public document and the section that holds the lines.
    ///
    /// A reader has no line-numbered copy; cite the document and its section with ``document(_:locator:)``.
    @available(*, deprecated, message: "Cite the public document and its section: SourceCitation.document(_:locator:)")
    public static func seed(_ id: String, lines: String) -> SourceCitation {
        legacySeed(reference: "seed \(id)", locator: "l.\(lines)")
    }

    /// The public citation for a stored `seed NNN` reference with a locator such as `l.971–972, l.1200`.
    ///
    /// An unknown document number or a locator that is not a line list is kept as it was, under the kind
    /// ``Kind/document``, so that nothing stored is lost.
    static func legacySeed(reference: String, locator: String?) -> SourceCitation {
        let number = reference.hasPrefix("seed ") ? String(reference.dropFirst(5)) : reference
        guard let document = SourceDocument.allCases.first(where: { $0.legacyNumber == number }) else {
            return SourceCitation(kind: .document, reference: reference, locator: locator)
        }
        guard let locator else { return .document(document) }
        guard let lines = Self.lineRanges(locator) else { return .document(document, locator: locator) }
        return .document(document, locator: document.locator(forLines: lines))
    }

    /// `l.971–972, l.1200` as line ranges; `nil` unless every part is a line or a range of lines.
    private static func lineRanges(_ locator: String) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        for part in locator.split(separator: ",") {
            var text = part.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("l.") { text.removeFirst(2) }
            let bounds = text.split(whereSeparator: { $0 == "–" || $0 == "-" }).map { Int($0) }
            guard (1...2).contains(bounds.count), let first = bounds[0], let last = bounds[bounds.count - 1],
                first <= last
            else { return nil }
            ranges.append(first...last)
        }
        return ranges.isEmpty ? nil : ranges
    }
}

extension SourceDocument {
    /// The section, table or appendix that holds the given lines of the project's working copy, e.g.
    /// `afsnit 4.3.2`; `nil` when the citation is to the document as a whole.
    func locator(forLines ranges: [ClosedRange<Int>]) -> String? {
        var locators: [String] = []
        for range in ranges {
            for locator in locator(from: range.lowerBound, to: range.upperBound) where !locators.contains(locator) {
                locators.append(locator)
            }
        }
        var merged: [String] = []
        for locator in locators where !locator.isEmpty {
            if let last = merged.last, last.hasPrefix("afsnit "), locator.hasPrefix("afsnit "),
                !last.contains(","), !locator.contains(",")
            {
                merged[merged.count - 1] = last + " og " + locator.dropFirst("afsnit ".count)
            } else {
                merged.append(locator)
            }
        }
        return merged.isEmpty ? nil : merged.joined(separator: "; ")
    }

    /// The innermost heading common to both lines, or the headings of both ends where they share none.
    private func locator(from first: Int, to last: Int) -> [String] {
        let start = headingPath(at: first)
        let end = headingPath(at: last)
        if start.map(\.locator) == end.map(\.locator) { return start.last.map { [$0.locator] } ?? [] }
        let common = zip(start, end).prefix { $0.locator == $1.locator }.map(\.0)
        guard let shared = common.last, shared.level > 0 else {
            return [start.last?.locator, end.last?.locator].compactMap { $0 }
        }
        if start.count == common.count + 1, end.count == common.count + 1,
            let from = start.last?.locator, let to = end.last?.locator,
            from.hasPrefix("afsnit "), to.hasPrefix("afsnit ")
        {
            return [from + "–" + to.dropFirst("afsnit ".count)]
        }
        return [shared.locator]
    }

    /// The headings a line stands under, outermost first.
    private func headingPath(at line: Int) -> [(level: Int, locator: String)] {
        var path: [(level: Int, locator: String)] = []
        for heading in legacyHeadings {
            guard heading.line <= line else { break }
            while let last = path.last, last.level >= heading.level { path.removeLast() }
            path.append((heading.level, heading.locator))
        }
        return path
    }
}
