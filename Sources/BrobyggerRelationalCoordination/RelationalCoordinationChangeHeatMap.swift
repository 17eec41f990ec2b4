import BrobyggerCore
import Foundation

/// Draws a ``RelationalCoordinationChange`` as a self-contained SVG heat map of the change per tie.
///
/// Rows rate columns, as in ``RelationalCoordinationHeatMap``. Each cell shows after minus before and is coloured
/// on a diverging scale (red for a decline, grey for little change, green for an improvement); a cell whose change
/// is more than twice its standard error is marked with an asterisk, because measured changes in relational
/// coordination are often small and noisy. Ties withheld in either round are hatched and marked "not comparable".
public struct RelationalCoordinationChangeHeatMap: Sendable {
    /// Which measure the cells show. Default the RC index.
    public let measure: RelationalCoordinationMeasure
    /// Dimension labels in the respondents' language; construct names in English when `nil`.
    public let wording: RelationalCoordinationWording?

    /// Creates a change heat-map renderer.
    public init(measure: RelationalCoordinationMeasure = .index, wording: RelationalCoordinationWording? = nil) {
        self.measure = measure
        self.wording = wording
    }

    /// The colour scale by the size of the change: little (under 0.10), some (0.10 to under 0.25), much (0.25 or
    /// more); declines red, improvements green.
    private static let legend: [(fill: String, label: String)] = [
        ("#d7301f", "Declined by 0.25 or more"), ("#fc9272", "Declined by 0.10–0.25"),
        ("#e0e0e0", "Changed by less than 0.10"), ("#a1d99b", "Improved by 0.10–0.25"),
        ("#1a9850", "Improved by 0.25 or more"),
    ]

    private static func fill(for difference: Double) -> (fill: String, text: String) {
        let size = abs(difference)
        if size < 0.10 { return ("#e0e0e0", "#222222") }
        if size < 0.25 { return (difference < 0 ? "#fc9272" : "#a1d99b", "#222222") }
        return (difference < 0 ? "#d7301f" : "#1a9850", "#ffffff")
    }

    private static let cellWidth = 86.0
    private static let cellHeight = 48.0

    /// Renders the change as an SVG document; `report` (normally the later round's) supplies the workgroups.
    public func svg(for change: RelationalCoordinationChange, names report: RelationalCoordinationReport) -> String {
        let groups = report.workgroups
        let count = groups.count
        let labels = groups.map { RelationalCoordinationHeatMap.truncate($0.name) }
        let longest = Double(labels.map(\.count).max() ?? 10)
        let left = max(140, min(260, longest * 7 + 30))
        let top = 96.0 + min(180, longest * 5.2)
        let width = left + Double(count) * Self.cellWidth + 60
        let legendTop = top + Double(count) * Self.cellHeight + 36
        let height = legendTop + 110
        let n = RelationalCoordinationHeatMap.number
        let title = "Change in relational coordination: \(measure.label(wording: wording))"
        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
                + "viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"title\" "
                + "font-family=\"Helvetica, Arial, sans-serif\">")
        svg.append("<title id=\"title\">\(Self.escape(title))</title>")
        svg.append("<defs>")
        svg.append(
            "<pattern id=\"withheld\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#d9d9d9\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" "
                + "stroke=\"#8c8c8c\" stroke-width=\"3\"/></pattern>")
        svg.append("</defs>")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append(
            "<text x=\"20\" y=\"32\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">\(Self.escape(title))</text>"
        )
        svg.append(
            "<text x=\"20\" y=\"54\" font-size=\"13\" fill=\"#444444\">"
                + "\(Self.escape("\(report.focalWorkProcess) · \(change.before.label) → \(change.after.label)"))</text>"
        )
        svg.append(
            "<text x=\"20\" y=\"74\" font-size=\"12\" fill=\"#444444\">"
                + "\(Self.escape("Each row rates the columns. After minus before; * = more than twice its standard error."))</text>"
        )
        for (t, label) in labels.enumerated() {
            let x = left + Double(t) * Self.cellWidth + Self.cellWidth / 2
            svg.append(
                "<text x=\"\(n(x))\" y=\"\(n(top - 8))\" font-size=\"12\" fill=\"#222222\" "
                    + "transform=\"rotate(-40 \(n(x)) \(n(top - 8)))\">\(Self.escape(label))</text>")
        }
        for (r, label) in labels.enumerated() {
            let y = top + Double(r) * Self.cellHeight + Self.cellHeight / 2 + 4
            svg.append(
                "<text x=\"\(n(left - 8))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#222222\" text-anchor=\"end\">"
                    + "\(Self.escape(label))</text>")
        }
        for r in 0..<count {
            for t in 0..<count {
                let x = left + Double(t) * Self.cellWidth
                let y = top + Double(r) * Self.cellHeight
                let rect = { (fill: String) in
                    "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(Self.cellWidth))\" height=\"\(n(Self.cellHeight))\" "
                        + "fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
                }
                let tooltip = "\(groups[r].name) rates \(groups[t].name)"
                guard
                    let tie = change.ties.first(where: { $0.tie.rater == groups[r].id && $0.tie.rated == groups[t].id })
                else {
                    svg.append("<g><title>\(Self.escape(tooltip + ": not asked"))</title>\(rect("#f5f5f5"))</g>")
                    continue
                }
                guard let measured = self.change(in: tie.change) else {
                    svg.append("<g><title>\(Self.escape(tooltip + ": not comparable"))</title>")
                    svg.append(rect("url(#withheld)"))
                    svg.append(
                        "<rect x=\"\(n(x + Self.cellWidth / 2 - 38))\" y=\"\(n(y + 15))\" width=\"76\" height=\"18\" "
                            + "fill=\"#ffffff\" opacity=\"0.85\"/>")
                    svg.append(
                        "<text x=\"\(n(x + Self.cellWidth / 2))\" y=\"\(n(y + 28))\" font-size=\"10\" "
                            + "text-anchor=\"middle\" fill=\"#222222\">not comparable</text></g>")
                    continue
                }
                let difference = measured.difference
                let colours = Self.fill(for: difference)
                let notable = measured.standardError.map { abs(difference) > 2 * $0 } ?? false
                let text =
                    (difference >= 0 ? "+" : "−") + String(format: "%.2f", abs(difference)) + (notable ? "*" : "")
                let detail =
                    "\(String(format: "%.2f", measured.before.mean)) → \(String(format: "%.2f", measured.after.mean))"
                svg.append(
                    "<g><title>\(Self.escape("\(tooltip): \(detail), change \(text)"))</title>\(rect(colours.fill))")
                svg.append(
                    "<text x=\"\(n(x + Self.cellWidth / 2))\" y=\"\(n(y + 22))\" font-size=\"15\" font-weight=\"bold\" "
                        + "text-anchor=\"middle\" fill=\"\(colours.text)\">\(Self.escape(text))</text>")
                svg.append(
                    "<text x=\"\(n(x + Self.cellWidth / 2))\" y=\"\(n(y + 38))\" font-size=\"10\" text-anchor=\"middle\" "
                        + "fill=\"\(colours.text)\">\(Self.escape(detail))</text></g>")
            }
        }
        svg.append(
            "<text x=\"20\" y=\"\(n(legendTop - 10))\" font-size=\"12\" font-weight=\"bold\" fill=\"#222222\">"
                + "Legend</text>")
        let entries =
            Self.legend.map { ($0.fill, $0.label) } + [("url(#withheld)", "Withheld in a round: not comparable")]
        for (i, entry) in entries.enumerated() {
            let x = 20 + Double(i / 3) * 300
            let y = legendTop + Double(i % 3) * 24
            svg.append(
                "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"18\" height=\"16\" fill=\"\(entry.0)\" stroke=\"#888888\"/>")
            svg.append(
                "<text x=\"\(n(x + 26))\" y=\"\(n(y + 12))\" font-size=\"11\" fill=\"#222222\">"
                    + "\(Self.escape(entry.1))</text>")
        }
        svg.append(
            "<text x=\"20\" y=\"\(n(legendTop + 90))\" font-size=\"10\" fill=\"#555555\">"
                + "\(Self.escape("Before/after measurements cannot stand alone: read them with the qualitative evaluation."))</text>"
        )
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private func change(in scoreChange: RelationalCoordinationScoreChange) -> RelationalCoordinationMeasureChange? {
        switch measure {
        case .index: scoreChange.index
        case .communication: scoreChange.communication
        case .relationship: scoreChange.relationship
        case .dimension(let dimension): scoreChange[dimension]
        }
    }

    private static func escape(_ text: String) -> String { RelationalCoordinationHeatMap.escape(text) }
}
