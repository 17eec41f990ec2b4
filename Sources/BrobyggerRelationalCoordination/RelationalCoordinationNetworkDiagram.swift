import BrobyggerCore
import Foundation

/// Draws the ties of a ``RelationalCoordinationReport`` as a self-contained SVG network diagram.
///
/// The workgroups sit on a circle. Each node is coloured by how the other groups rate it and shows that mean. Each
/// pair of groups is joined by one line split at its middle: the half nearest group A is A's rating of B, coloured by
/// band and drawn thicker the more ratings it rests on, so an asymmetric relation (A thinks well of B, B not of A)
/// shows as a line of two colours. Withheld halves are grey and dashed, without a value; ties nobody rated are not
/// drawn, and neither are the within-group ties (the heat map's diagonal shows them). Up to eight groups, each half also carries its mean and band letter (W, M, S), so the diagram reads
/// without colour; larger networks keep the values in tooltips (use the heat map to read them). The SVG uses no
/// external resources and all text is XML-escaped.
public struct RelationalCoordinationNetworkDiagram: Sendable {
    /// Which measure the arrows show. Default the RC index.
    public let measure: RelationalCoordinationMeasure
    /// Dimension labels in the respondents' language; construct names in English when `nil`.
    public let wording: RelationalCoordinationWording?

    /// Creates a network-diagram renderer.
    public init(measure: RelationalCoordinationMeasure = .index, wording: RelationalCoordinationWording? = nil) {
        self.measure = measure
        self.wording = wording
    }

    /// The stroke colour of arrows in a band (darker than the heat map's fills, so thin lines stay visible).
    public static func strokeColour(for band: RelationalCoordinationBand) -> String {
        switch band {
        case .weak: "#d7301f"
        case .moderate: "#e08a00"
        case .strong: "#1a9850"
        }
    }

    private static let withheldColour = "#9e9e9e"

    /// Renders the report as an SVG document.
    public func svg(for report: RelationalCoordinationReport) -> String {
        let groups = report.workgroups
        let count = groups.count
        let width = 1000.0
        let size = 820.0
        let centre = size / 2
        let radius = count <= 4 ? 210.0 : 270.0
        let nodeRadius = 34.0
        let legendTop = size + 10
        let height = legendTop + 110
        let positions = (0..<count).map { i -> (x: Double, y: Double, angle: Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(count)
            return (width / 2 + radius * cos(angle), centre + 30 + radius * sin(angle), angle)
        }
        let maximumN = report.ties.compactMap { $0.cell.scores.map { measure.statistic(in: $0).n } }.max() ?? 1
        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
                + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" "
                + "aria-labelledby=\"title desc\" font-family=\"Helvetica, Arial, sans-serif\">")
        svg.append(
            "<title id=\"title\">\(Self.escape("Relational coordination network: \(report.focalWorkProcess)"))</title>")
        svg.append(
            "<desc id=\"desc\">\(Self.escape("\(measure.label(wording: wording)) per directed tie. Round \(report.round.label)."))</desc>"
        )
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append(
            "<text x=\"20\" y=\"32\" font-size=\"18\" font-weight=\"bold\" fill=\"#222222\">"
                + "\(Self.escape("Relational coordination network: \(measure.label(wording: wording))"))</text>")
        svg.append(
            "<text x=\"20\" y=\"54\" font-size=\"13\" fill=\"#444444\">"
                + "\(Self.escape("\(report.focalWorkProcess) · \(report.round.label)"))</text>")

        // Lines first, so the nodes sit on top. One line per pair of groups, split at its middle: the half nearest
        // a group is that group's rating of the other.
        let showValues = count <= 8
        for r in 0..<count {
            for t in (r + 1)..<count {
                let forward = report.tie(from: groups[r].id, to: groups[t].id)?.cell
                let backward = report.tie(from: groups[t].id, to: groups[r].id)?.cell
                let a = positions[r]
                let b = positions[t]
                let mx = (a.x + b.x) / 2
                let my = (a.y + b.y) / 2
                svg.append(
                    contentsOf: half(
                        forward, from: a, to: (mx, my), nodeRadius: nodeRadius, maximumN: maximumN,
                        showValue: showValues, tooltip: "\(groups[r].name) rates \(groups[t].name)"))
                svg.append(
                    contentsOf: half(
                        backward, from: b, to: (mx, my), nodeRadius: nodeRadius, maximumN: maximumN,
                        showValue: showValues, tooltip: "\(groups[t].name) rates \(groups[r].name)"))
            }
        }

        for (i, group) in groups.enumerated() {
            let position = positions[i]
            let rated = report.groups[i].ratedByOthers
            let statistic = rated.scores.map { measure.statistic(in: $0) }
            let fill = statistic.map { RelationalCoordinationHeatMap.colour(for: $0.band) } ?? "#eeeeee"
            let textColour = statistic.map { $0.band == .moderate ? "#222222" : "#ffffff" } ?? "#444444"
            let value = statistic.map { "\(Self.decimal($0.mean)) \($0.band.name.prefix(1))" } ?? "withheld"
            let tooltip =
                statistic.map { "The other groups rate \(group.name) \(Self.decimal($0.mean)) (n=\($0.n))" }
                ?? "How the other groups rate \(group.name) is withheld or has no ratings"
            svg.append("<g><title>\(Self.escape(tooltip))</title>")
            svg.append(
                "<circle cx=\"\(Self.number(position.x))\" cy=\"\(Self.number(position.y))\" r=\"\(Self.number(nodeRadius))\" "
                    + "fill=\"\(fill)\" stroke=\"#333333\" stroke-width=\"1.5\"/>")
            svg.append(
                "<text x=\"\(Self.number(position.x))\" y=\"\(Self.number(position.y + 4))\" font-size=\"12\" "
                    + "font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(textColour)\">\(Self.escape(value))</text>")
            svg.append("</g>")
            // The name outside the circle, anchored away from the centre.
            let cosine = cos(position.angle)
            let anchor = abs(cosine) < 0.3 ? "middle" : (cosine > 0 ? "start" : "end")
            let lx = position.x + cosine * (nodeRadius + 10)
            let ly = position.y + sin(position.angle) * (nodeRadius + 14) + 4
            svg.append(
                "<text x=\"\(Self.number(lx))\" y=\"\(Self.number(ly))\" font-size=\"13\" text-anchor=\"\(anchor)\" "
                    + "fill=\"#222222\">\(Self.escape(Self.truncate(group.name)))</text>")
        }

        let bands = report.configuration.bands
        let entries: [(colour: String, dash: String, label: String)] = [
            (Self.strokeColour(for: .weak), "", "W  Weak: below \(Self.decimal(bands.weakBelow))"),
            (
                Self.strokeColour(for: .moderate), "",
                "M  Moderate: \(Self.decimal(bands.weakBelow))–\(Self.decimal(bands.strongAbove))"
            ),
            (Self.strokeColour(for: .strong), "", "S  Strong: above \(Self.decimal(bands.strongAbove))"),
            (Self.withheldColour, " stroke-dasharray=\"5 4\"", "Withheld for privacy"),
        ]
        svg.append(
            "<text x=\"20\" y=\"\(Self.number(legendTop))\" font-size=\"12\" font-weight=\"bold\" fill=\"#222222\">"
                + "Legend</text>")
        for (i, entry) in entries.enumerated() {
            let x = 20 + Double(i % 2) * 300
            let y = legendTop + 22 + Double(i / 2) * 22
            svg.append(
                "<line x1=\"\(Self.number(x))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(x + 30))\" y2=\"\(Self.number(y))\" "
                    + "stroke=\"\(entry.colour)\" stroke-width=\"3\"\(entry.dash)/>")
            svg.append(
                "<text x=\"\(Self.number(x + 38))\" y=\"\(Self.number(y + 4))\" font-size=\"11\" fill=\"#222222\">"
                    + "\(Self.escape(entry.label))</text>")
        }
        svg.append(
            "<text x=\"20\" y=\"\(Self.number(legendTop + 80))\" font-size=\"11\" fill=\"#444444\">"
                + "\(Self.escape("Each line joins two groups: the half nearest a group is how that group rates the other; thicker = more ratings. Node: how the other groups rate the group."))</text>"
        )
        svg.append(
            "<text x=\"20\" y=\"\(Self.number(legendTop + 96))\" font-size=\"10\" fill=\"#555555\">"
                + "\(Self.escape("Band cut-offs are local practice, not a published standard."))</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// One half of a pair's line: `cell` is the rating of the group at `from` about the group at the other end.
    private func half(
        _ cell: RelationalCoordinationCell?, from: (x: Double, y: Double, angle: Double), to: (Double, Double),
        nodeRadius: Double, maximumN: Int, showValue: Bool, tooltip: String
    ) -> [String] {
        guard let cell, cell.status != .noResponses else { return [] }
        let dx = to.0 - from.x
        let dy = to.1 - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > nodeRadius else { return [] }
        let x1 = from.x + dx / length * nodeRadius
        let y1 = from.y + dy / length * nodeRadius
        let coordinates =
            "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(to.0))\" y2=\"\(Self.number(to.1))\""
        guard let scores = cell.scores else {
            return [
                "<g><title>\(Self.escape("\(tooltip): withheld for privacy"))</title>",
                "<line \(coordinates) stroke=\"\(Self.withheldColour)\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>",
                "</g>",
            ]
        }
        let statistic = measure.statistic(in: scores)
        let colour = Self.strokeColour(for: statistic.band)
        let width = 2 + 5 * Double(statistic.n) / Double(max(1, maximumN))
        var parts = [
            "<g><title>\(Self.escape("\(tooltip): \(Self.decimal(statistic.mean)) (\(statistic.band.name.lowercased()), n=\(statistic.n))"))</title>",
            "<line \(coordinates) stroke=\"\(colour)\" stroke-width=\"\(Self.number(width))\" stroke-linecap=\"butt\"/>",
        ]
        if showValue {
            let lx = x1 + (to.0 - x1) * 0.45
            let ly = y1 + (to.1 - y1) * 0.45 + 4
            parts.append(
                "<text x=\"\(Self.number(lx))\" y=\"\(Self.number(ly))\" font-size=\"11\" font-weight=\"bold\" "
                    + "text-anchor=\"middle\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"3\" "
                    + "paint-order=\"stroke\">\(Self.decimal(statistic.mean)) \(statistic.band.name.prefix(1))</text>")
        }
        parts.append("</g>")
        return parts
    }

    private static func truncate(_ name: String) -> String {
        name.count <= 30 ? name : String(name.prefix(29)) + "…"
    }

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func escape(_ text: String) -> String { RelationalCoordinationHeatMap.escape(text) }
}
