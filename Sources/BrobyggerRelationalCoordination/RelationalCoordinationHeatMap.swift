import BrobyggerCore
import Foundation

/// Draws the tie matrix of a ``RelationalCoordinationReport`` as a self-contained SVG heat map.
///
/// Rows are the rating groups, columns the rated groups; each cell is coloured by its band and shows the mean and
/// *n*. An extra column ("Rates the others") shows how each group rates the other groups, and an extra row ("Rated by
/// the others") how the other groups rate each group; the corner cell is all between-group ties.
/// Withheld cells are hatched grey and marked "withheld", ties nobody rated are white, ties not asked are light
/// grey. Bands are also written as a letter (W, M, S) so the chart reads without colour. The SVG uses no external
/// resources, fonts or scripts, and all text is XML-escaped.
public struct RelationalCoordinationHeatMap: Sendable {
    /// Dimension labels in the respondents' language; construct names in English when `nil`.
    public let wording: RelationalCoordinationWording?
    /// Which measure the cells show. Default the RC index.
    public let measure: RelationalCoordinationMeasure

    /// Creates a heat map renderer.
    public init(measure: RelationalCoordinationMeasure = .index, wording: RelationalCoordinationWording? = nil) {
        self.measure = measure
        self.wording = wording
    }

    /// The fill colour of a band: red, amber and green as dashboards use them. Red and green are hard to tell apart
    /// for many readers, so every cell also carries its band letter.
    public static func colour(for band: RelationalCoordinationBand) -> String {
        switch band {
        case .weak: "#d7301f"
        case .moderate: "#fdd49e"
        case .strong: "#1a9850"
        }
    }

    private static func textColour(for band: RelationalCoordinationBand) -> String {
        band == .moderate ? "#222222" : "#ffffff"
    }

    private static let cellWidth = 86.0
    private static let cellHeight = 48.0
    private static let maximumLabelCharacters = 30

    /// Renders the report as an SVG document.
    public func svg(for report: RelationalCoordinationReport) -> String {
        let groups = report.workgroups
        let count = groups.count
        let labels = groups.map { Self.truncate($0.name) }
        let longest = Double(labels.map(\.count).max() ?? 10)
        let left = max(140, min(260, longest * 7 + 30))
        let top = 96.0 + min(180, longest * 5.2)
        let gap = 10.0
        let gridWidth = Double(count + 1) * Self.cellWidth + gap
        let gridHeight = Double(count + 1) * Self.cellHeight + gap
        let width = left + gridWidth + 130
        let legendTop = top + gridHeight + 36
        let height = legendTop + 130
        let bands = report.configuration.bands
        let k = report.configuration.minimumCellSize

        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
                + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" "
                + "aria-labelledby=\"title desc\" font-family=\"Helvetica, Arial, sans-serif\">")
        svg.append(
            "<title id=\"title\">\(Self.escape("Relational coordination: \(report.focalWorkProcess)"))</title>")
        svg.append(
            "<desc id=\"desc\">\(Self.escape("\(measure.label(wording: wording)) per tie; rows rate columns. Round \(report.round.label)."))</desc>"
        )
        svg.append("<defs>")
        svg.append(
            "<pattern id=\"withheld\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#d9d9d9\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" "
                + "stroke=\"#8c8c8c\" stroke-width=\"3\"/></pattern>")
        svg.append("</defs>")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append(
            "<text x=\"20\" y=\"32\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">"
                + "\(Self.escape("Relational coordination: \(measure.label(wording: wording))"))</text>")
        svg.append(
            "<text x=\"20\" y=\"54\" font-size=\"13\" fill=\"#444444\">"
                + "\(Self.escape("\(report.focalWorkProcess) · \(report.round.label) (\(report.round.opens.iso8601) to \(report.round.closes.iso8601))"))</text>"
        )
        svg.append(
            "<text x=\"20\" y=\"74\" font-size=\"12\" fill=\"#444444\">"
                + "\(Self.escape("Each row rates the columns. Mean score 1–5, band letter, and n = the number of ratings it rests on."))</text>"
        )

        // Column headers, rotated.
        for (t, label) in zip(0...count, labels + ["Rates the others"]) {
            let x = left + Double(t) * Self.cellWidth + (t == count ? gap : 0) + Self.cellWidth / 2
            svg.append(
                "<text x=\"\(Self.number(x))\" y=\"\(Self.number(top - 8))\" font-size=\"12\" fill=\"#222222\" "
                    + "transform=\"rotate(-40 \(Self.number(x)) \(Self.number(top - 8)))\""
                    + (t == count ? " font-style=\"italic\"" : "") + ">\(Self.escape(label))</text>")
        }
        // Row headers.
        for (r, label) in zip(0...count, labels + ["Rated by the others"]) {
            let y = top + Double(r) * Self.cellHeight + (r == count ? gap : 0) + Self.cellHeight / 2 + 4
            svg.append(
                "<text x=\"\(Self.number(left - 8))\" y=\"\(Self.number(y))\" font-size=\"12\" fill=\"#222222\" "
                    + "text-anchor=\"end\"" + (r == count ? " font-style=\"italic\"" : "")
                    + ">\(Self.escape(label))</text>")
        }

        for r in 0..<count {
            for t in 0..<count {
                let cell = report.tie(from: groups[r].id, to: groups[t].id)?.cell
                svg.append(
                    contentsOf: self.cell(
                        cell, x: left + Double(t) * Self.cellWidth, y: top + Double(r) * Self.cellHeight,
                        tooltip: "\(groups[r].name) rates \(groups[t].name)", k: k))
                if r == t {
                    // Outline the diagonal: a group's rating of itself.
                    svg.append(
                        "<rect x=\"\(Self.number(left + Double(t) * Self.cellWidth + 2.5))\" "
                            + "y=\"\(Self.number(top + Double(r) * Self.cellHeight + 2.5))\" "
                            + "width=\"\(Self.number(Self.cellWidth - 5))\" height=\"\(Self.number(Self.cellHeight - 5))\" "
                            + "fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>")
                }
            }
            svg.append(
                contentsOf: self.cell(
                    report.groups[r].ratingOthers, x: left + Double(count) * Self.cellWidth + gap,
                    y: top + Double(r) * Self.cellHeight, tooltip: "\(groups[r].name) rates the other groups", k: k))
        }
        for t in 0..<count {
            svg.append(
                contentsOf: self.cell(
                    report.groups[t].ratedByOthers, x: left + Double(t) * Self.cellWidth,
                    y: top + Double(count) * Self.cellHeight + gap,
                    tooltip: "The other groups rate \(groups[t].name)", k: k))
        }
        svg.append(
            contentsOf: self.cell(
                report.betweenGroup, x: left + Double(count) * Self.cellWidth + gap,
                y: top + Double(count) * Self.cellHeight + gap, tooltip: "All between-group ties", k: k))

        // Legend.
        let entries: [(fill: String, label: String)] = [
            (Self.colour(for: .weak), "W  Weak: below \(Self.decimal(bands.weakBelow))"),
            (
                Self.colour(for: .moderate),
                "M  Moderate: \(Self.decimal(bands.weakBelow))–\(Self.decimal(bands.strongAbove))"
            ),
            (Self.colour(for: .strong), "S  Strong: above \(Self.decimal(bands.strongAbove))"),
            ("url(#withheld)", "Withheld for privacy (rests on fewer than \(k) answers, or protects such a cell)"),
            ("#ffffff", "No ratings"),
            ("#f0f0f0", "Not asked"),
        ]
        svg.append(
            "<text x=\"20\" y=\"\(Self.number(legendTop - 10))\" font-size=\"12\" font-weight=\"bold\" fill=\"#222222\">"
                + "Legend</text>")
        for (i, entry) in entries.enumerated() {
            let column = i / 3
            let x = 20 + Double(column) * 300
            let y = legendTop + Double(i % 3) * 24
            svg.append(
                "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"18\" height=\"16\" fill=\"\(entry.fill)\" "
                    + "stroke=\"#888888\"/>")
            svg.append(
                "<text x=\"\(Self.number(x + 26))\" y=\"\(Self.number(y + 12))\" font-size=\"11\" fill=\"#222222\">"
                    + "\(Self.escape(entry.label))</text>")
        }
        svg.append(
            "<rect x=\"20\" y=\"\(Self.number(legendTop + 72))\" width=\"18\" height=\"16\" fill=\"none\" "
                + "stroke=\"#333333\" stroke-width=\"1.5\"/>")
        svg.append(
            "<text x=\"46\" y=\"\(Self.number(legendTop + 84))\" font-size=\"11\" fill=\"#222222\">"
                + "Outlined: a group rating itself</text>")
        svg.append(
            "<text x=\"20\" y=\"\(Self.number(legendTop + 112))\" font-size=\"10\" fill=\"#555555\">"
                + "\(Self.escape("Band cut-offs are local practice, not a published standard. Instrument \(report.instrumentID) v\(report.instrumentVersion)."))</text>"
        )
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private func cell(_ cell: RelationalCoordinationCell?, x: Double, y: Double, tooltip: String, k: Int) -> [String] {
        let w = Self.cellWidth
        let h = Self.cellHeight
        let cx = x + w / 2
        var parts: [String] = []
        let rect = { (fill: String) in
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(w))\" "
                + "height=\"\(Self.number(h))\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
        }
        guard let cell else {
            parts.append("<g><title>\(Self.escape(tooltip + ": not asked"))</title>")
            parts.append(rect("#f0f0f0"))
            parts.append("</g>")
            return parts
        }
        switch cell.status {
        case .published:
            let statistic = measure.statistic(in: cell.scores!)
            let band = statistic.band
            let description =
                "\(tooltip): \(Self.decimal(statistic.mean)) (\(band.name.lowercased()), n=\(statistic.n))"
            parts.append("<g><title>\(Self.escape(description))</title>")
            parts.append(rect(Self.colour(for: band)))
            let letter = String(band.name.prefix(1))
            parts.append(
                "<text x=\"\(Self.number(cx))\" y=\"\(Self.number(y + 22))\" font-size=\"15\" font-weight=\"bold\" "
                    + "text-anchor=\"middle\" fill=\"\(Self.textColour(for: band))\">"
                    + "\(Self.escape(Self.decimal(statistic.mean))) \(letter)</text>")
            parts.append(
                "<text x=\"\(Self.number(cx))\" y=\"\(Self.number(y + 38))\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"\(Self.textColour(for: band))\">n=\(statistic.n)</text>")
        case .suppressedBelowMinimum, .suppressedComplementary:
            parts.append("<g><title>\(Self.escape(tooltip + ": withheld for privacy"))</title>")
            parts.append(rect("url(#withheld)"))
            parts.append(
                "<rect x=\"\(Self.number(cx - 30))\" y=\"\(Self.number(y + 15))\" width=\"60\" height=\"18\" "
                    + "fill=\"#ffffff\" opacity=\"0.85\"/>")
            parts.append(
                "<text x=\"\(Self.number(cx))\" y=\"\(Self.number(y + 28))\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#222222\">withheld</text>")
        case .noResponses:
            parts.append("<g><title>\(Self.escape(tooltip + ": no ratings"))</title>")
            parts.append(rect("#ffffff"))
            parts.append(
                "<rect x=\"\(Self.number(x + 1))\" y=\"\(Self.number(y + 1))\" width=\"\(Self.number(w - 2))\" "
                    + "height=\"\(Self.number(h - 2))\" fill=\"none\" stroke=\"#cccccc\"/>")
            parts.append(
                "<text x=\"\(Self.number(cx))\" y=\"\(Self.number(y + 28))\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#777777\">no ratings</text>")
        }
        parts.append("</g>")
        return parts
    }

    static func truncate(_ name: String) -> String {
        name.count <= maximumLabelCharacters ? name : String(name.prefix(maximumLabelCharacters - 1)) + "…"
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Escapes text for XML character data and attribute values and replaces the characters XML 1.0 forbids and
    /// control characters (`SafeOutput/xml(_:)`).
    static func escape(_ text: String) -> String { SafeOutput.xml(text) }
}
