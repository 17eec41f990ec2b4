import BrobyggerCore
import Foundation

/// Renders a ``RelationalCoordinationReport`` or a ``RelationalCoordinationChange`` as Markdown for a meeting
/// paper or a wiki.
///
/// Withheld cells read "withheld" and carry no number. The configuration (*k*, band cut-offs, missing-answer
/// policy) is printed with the results, because a reader must know the cut-offs are local practice.
public struct RelationalCoordinationMarkdownRenderer: Sendable {
    /// Dimension labels in the respondents' language; construct names in English when `nil`.
    public let wording: RelationalCoordinationWording?
    /// Decimals shown for means and standard deviations. Default 2.
    public let decimals: Int

    /// Creates a renderer.
    public init(wording: RelationalCoordinationWording? = nil, decimals: Int = 2) {
        self.wording = wording
        self.decimals = max(0, min(decimals, 4))
    }

    /// Renders a report.
    public func render(_ report: RelationalCoordinationReport) -> String {
        let configuration = report.configuration
        var lines: [String] = []
        lines.append("# Relational coordination: \(Self.escape(report.focalWorkProcess))")
        lines.append("")
        lines.append(
            "Round: \(Self.escape(report.round.label)) (\(report.round.opens.iso8601) to \(report.round.closes.iso8601)). "
                + "Instrument \(Self.escape(report.instrumentID)) version \(Self.escape(report.instrumentVersion)).")
        lines.append("")
        lines.append(
            "> Cells resting on fewer than \(configuration.minimumCellSize) respondents are withheld, together with "
                + "enough other figures that none can be worked out from what is shown. Bands: weak below "
                + "\(format(configuration.bands.weakBelow)), moderate \(format(configuration.bands.weakBelow))–"
                + "\(format(configuration.bands.strongAbove)), strong above \(format(configuration.bands.strongAbove)) "
                + "(cut-offs seen in practice, not a published standard). A rating counts when at least "
                + "\(configuration.missingAnswerPolicy.minimumAnsweredItems) of 7 items are answered.")
        lines.append("")
        lines.append("## Network")
        lines.append("")
        lines.append("| Aggregate | Mean | SD | n | Band |")
        lines.append("| --- | ---: | ---: | ---: | --- |")
        let networkLabel =
            configuration.networkIncludesWithinGroupTies ? "Whole network" : "Whole network (between groups)"
        lines.append(row(networkLabel, report.network.index, status: report.network.status))
        lines.append(row("Within groups", report.withinGroup.index, status: report.withinGroup.status))
        lines.append(row("Between groups", report.betweenGroup.index, status: report.betweenGroup.status))
        lines.append("")
        if let alpha = report.reliability.cronbachAlpha {
            lines.append(
                "Cronbach's α of the seven items: \(format(alpha)) (\(report.reliability.completeCases) complete ratings)."
            )
        } else {
            lines.append(
                "Cronbach's α: not computed (\(report.reliability.completeCases) complete ratings; at least "
                    + "\(configuration.minimumCellSize) with varying totals are needed).")
        }
        lines.append("")
        if let scores = report.network.scores {
            lines.append("### Dimensions across the network")
            lines.append("")
            lines.append("| Measure | Mean | SD | n | Band |")
            lines.append("| --- | ---: | ---: | ---: | --- |")
            let measures: [RelationalCoordinationMeasure] =
                [.communication, .relationship] + RelationalCoordinationDimension.allCases.map { .dimension($0) }
            for measure in measures {
                lines.append(
                    row(
                        Self.escape(measure.label(wording: wording)), measure.statistic(in: scores),
                        status: .published))
            }
            lines.append("")
        }
        lines.append("## Workgroups")
        lines.append("")
        lines.append("| Workgroup | Respondents | Rated by others | Rating others | Within own group |")
        lines.append("| --- | ---: | --- | --- | --- |")
        for group in report.groups {
            let respondents =
                group.respondentCount.map(String.init) ?? "fewer than \(configuration.minimumCellSize)"
            lines.append(
                "| \(Self.escape(report.name(of: group.workgroup))) | \(respondents) | \(summary(group.ratedByOthers)) | "
                    + "\(summary(group.ratingOthers)) | \(group.withinGroup.map(summary) ?? "not asked") |")
        }
        lines.append("")
        lines.append("## Ties (RC index; each row rates the columns)")
        lines.append("")
        lines.append(
            "| Rater \\ Rated | " + report.workgroups.map { Self.escape($0.name) }.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " --- |", count: report.workgroups.count))
        for rater in report.workgroups {
            let cells = report.workgroups.map { rated in
                report.tie(from: rater.id, to: rated.id).map { summary($0.cell) } ?? "not asked"
            }
            lines.append("| \(Self.escape(rater.name)) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        if !report.dataQuality.isClean {
            lines.append("## Data quality")
            lines.append("")
            for finding in report.dataQuality.findings {
                lines.append(
                    "- \(finding.severity.rawValue): `\(finding.code)` at `\(finding.path)`: \(Self.escape(finding.message))"
                )
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Renders the change between two rounds; `report` supplies the workgroup names (normally the later report).
    public func render(_ change: RelationalCoordinationChange, names report: RelationalCoordinationReport) -> String {
        var lines: [String] = []
        lines.append(
            "# Change in relational coordination: \(Self.escape(change.before.label)) → \(Self.escape(change.after.label))"
        )
        lines.append("")
        lines.append(
            "> A difference means little without its standard error and the qualitative evaluation: measured "
                + "changes are often small even when practice changed.")
        lines.append("")
        lines.append("| Aggregate | Before | After | Change | SE |")
        lines.append("| --- | ---: | ---: | ---: | ---: |")
        lines.append(changeRow("Whole network", change.network.index))
        lines.append(changeRow("Within groups", change.withinGroup.index))
        lines.append(changeRow("Between groups", change.betweenGroup.index))
        lines.append("")
        if !change.network.dimensions.isEmpty {
            lines.append("### Dimensions across the network")
            lines.append("")
            lines.append("| Dimension | Before | After | Change | SE |")
            lines.append("| --- | ---: | ---: | ---: | ---: |")
            for dimension in RelationalCoordinationDimension.allCases {
                lines.append(
                    changeRow(Self.escape(wording?.label(for: dimension) ?? dimension.name), change.network[dimension]))
            }
            lines.append("")
        }
        lines.append("## Ties")
        lines.append("")
        lines.append("| Rater | Rated | Before | After | Change | SE |")
        lines.append("| --- | --- | ---: | ---: | ---: | ---: |")
        for tie in change.ties {
            let label =
                "\(Self.escape(report.name(of: tie.tie.rater))) | \(Self.escape(report.name(of: tie.tie.rated)))"
            lines.append(changeRow(label, tie.change.index))
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.\(decimals)f", value) }

    private func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + format(value) }

    private func row(
        _ label: String, _ statistic: RelationalCoordinationStatistic?, status: RelationalCoordinationCell.Status
    ) -> String {
        guard let statistic else { return "| \(label) | \(Self.statusText(status)) | | | |" }
        return "| \(label) | \(format(statistic.mean)) | \(statistic.standardDeviation.map(format) ?? "–") | "
            + "\(statistic.n) | \(statistic.band.name) |"
    }

    private func summary(_ cell: RelationalCoordinationCell) -> String {
        guard let index = cell.index else { return Self.statusText(cell.status) }
        return "\(format(index.mean)) (\(index.band.name.lowercased()), n=\(index.n))"
    }

    private func changeRow(_ label: String, _ change: RelationalCoordinationMeasureChange?) -> String {
        guard let change else { return "| \(label) | | | not comparable | |" }
        return "| \(label) | \(format(change.before.mean)) | \(format(change.after.mean)) | "
            + "\(signed(change.difference)) | \(change.standardError.map(format) ?? "–") |"
    }

    private static func statusText(_ status: RelationalCoordinationCell.Status) -> String {
        switch status {
        case .published: ""
        case .suppressedBelowMinimum, .suppressedComplementary: "withheld"
        case .noResponses: "no responses"
        }
    }

    /// Escapes the characters Markdown would read as markup and replaces control characters, so names and findings
    /// render as text (`SafeOutput/markdown(_:atLineStart:)`).
    static func escape(_ text: String) -> String { SafeOutput.markdown(text, atLineStart: false) }
}
