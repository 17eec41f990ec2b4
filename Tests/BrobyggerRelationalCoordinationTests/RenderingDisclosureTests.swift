import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerRelationalCoordination

/// Every renderer shows only figures the report publishes, which ``LinearAttacker`` assumes known.
///
/// Renderers receive only a report (or a change made of two reports), and a withheld cell carries no numbers, so a
/// rendering cannot show a withheld value unless a renderer computes one from published values. These tests check
/// the renderings themselves: every number in a Markdown page, and in the text of an SVG (its `<text>` and
/// `<title>` content; attributes are geometry), must be a figure of the report (a mean, standard deviation, *n* or
/// respondent count of a published cell, a group respondent count, the reliability, a configuration value, a number
/// of a data-quality finding) or, for a change, an after − before difference or standard error of two published
/// figures.
@Suite struct RenderingDisclosureTests {
    static let seeds: [UInt64] = Array(1...60)

    /// The figures `report` publishes, formatted as renderers may print them.
    static func published(_ report: RelationalCoordinationReport) -> Set<String> {
        var figures: Set<String> = ["1", "5", "7"]
        func decimals(_ value: Double) {
            for places in 0...4 {
                figures.insert(String(format: "%.\(places)f", value))
                figures.insert(String(format: "%.\(places)f", abs(value)))
            }
        }
        func add(_ cell: RelationalCoordinationCell?) {
            guard let cell else { return }
            if let respondents = cell.respondentCount { figures.insert(String(respondents)) }
            guard let scores = cell.scores else { return }
            for statistic in [scores.index, scores.communication, scores.relationship] + scores.dimensions {
                decimals(statistic.mean)
                if let deviation = statistic.standardDeviation { decimals(deviation) }
                figures.insert(String(statistic.n))
            }
        }
        for tie in report.ties { add(tie.cell) }
        for group in report.groups {
            add(group.ratedByOthers)
            add(group.ratingOthers)
            add(group.withinGroup)
            if let respondents = group.respondentCount { figures.insert(String(respondents)) }
        }
        for aggregate in [report.withinGroup, report.betweenGroup, report.network] { add(aggregate) }
        let configuration = report.configuration
        let policy = configuration.missingAnswerPolicy
        for value in [
            configuration.minimumCellSize, policy.minimumAnsweredItems, policy.minimumAnsweredCommunicationItems,
            policy.minimumAnsweredRelationshipItems, report.reliability.completeCases,
        ] {
            figures.insert(String(value))
        }
        decimals(configuration.bands.weakBelow)
        decimals(configuration.bands.strongAbove)
        if let alpha = report.reliability.cronbachAlpha { decimals(alpha) }
        for finding in report.dataQuality.findings {
            figures.formUnion(numbers(in: finding.message + " " + finding.path.description))
        }
        return figures
    }

    /// The numbers in `text` after removing names, labels and dates, which may contain digits.
    static func numbers(in text: String, removing names: [String] = []) -> [String] {
        var text = text
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        return text.matches(of: /\d+(?:\.\d+)?/).map { String($0.output) }
    }

    /// The character data of an SVG's elements (text and titles), without the markup and its attributes.
    static func svgText(_ svg: String) -> String {
        svg.matches(of: />([^<]*)</).map { String($0.output.1) }.joined(separator: " ")
    }

    static func names(_ report: RelationalCoordinationReport) -> [String] {
        report.workgroups.map(\.name) + [
            report.focalWorkProcess, report.round.label, report.round.opens.iso8601, report.round.closes.iso8601,
            report.instrumentID, "version \(report.instrumentVersion)",
        ]
    }

    @Test func reportRenderingsShowOnlyPublishedFigures() throws {
        var renderings = 0
        for seed in Self.seeds {
            let survey = SmallGroupSurvey(seed: seed)
            for round in survey.rounds {
                let report = try survey.scorer.score(survey.responses, round: round)
                let allowed = Self.published(report)
                let names = Self.names(report)
                let outputs = [
                    ("markdown", RelationalCoordinationMarkdownRenderer().render(report)),
                    ("heat map", Self.svgText(RelationalCoordinationHeatMap().svg(for: report))),
                    ("network diagram", Self.svgText(RelationalCoordinationNetworkDiagram().svg(for: report))),
                ]
                for (renderer, output) in outputs {
                    let unknown = Self.numbers(in: output, removing: names).filter { !allowed.contains($0) }
                    #expect(unknown.isEmpty, "seed \(seed) \(renderer): \(unknown) are not figures of the report")
                    renderings += 1
                }
            }
        }
        #expect(renderings == Self.seeds.count * 2 * 3)
    }

    @Test func aChangeShowsOnlyFiguresPublishedInBothRoundsAndTheirDifferences() throws {
        for seed in Self.seeds {
            let survey = SmallGroupSurvey(seed: seed)
            let before = try survey.scorer.score(survey.responses, round: survey.rounds[0])
            let after = try survey.scorer.score(survey.responses, round: survey.rounds[1])
            let change = try RelationalCoordinationChange(from: before, to: after)
            // Each compared statistic is the published statistic of that cell in its round.
            for tie in change.ties {
                let old = before.tie(from: tie.tie.rater, to: tie.tie.rated)?.cell
                let new = after.tie(from: tie.tie.rater, to: tie.tie.rated)?.cell
                if let index = tie.change.index {
                    #expect(old?.index == index.before && new?.index == index.after, "seed \(seed)")
                } else {
                    #expect(old?.status != .published || new?.status != .published, "seed \(seed)")
                }
            }
            for group in change.groups {
                let old = before.group(group.workgroup)
                let new = after.group(group.workgroup)
                if let index = group.ratedByOthers.index {
                    #expect(old?.ratedByOthers.index == index.before && new?.ratedByOthers.index == index.after)
                }
                if let index = group.ratingOthers.index {
                    #expect(old?.ratingOthers.index == index.before && new?.ratingOthers.index == index.after)
                }
            }
            // The renderings add only differences and standard errors of those published pairs.
            // The change heat map's legend gives its colour steps, 0.10 and 0.25.
            var allowed = Self.published(before).union(Self.published(after)).union(["0.10", "0.25"])
            let measured =
                change.ties.map(\.change) + change.groups.flatMap { [$0.ratedByOthers, $0.ratingOthers] }
                + [change.withinGroup, change.betweenGroup, change.network]
            for score in measured {
                for measure in [score.index, score.communication, score.relationship].compactMap({ $0 })
                    + score.dimensions
                {
                    allowed.insert(String(format: "%.2f", abs(measure.difference)))
                    if let error = measure.standardError { allowed.insert(String(format: "%.2f", error)) }
                }
            }
            let names = Self.names(before) + Self.names(after)
            let outputs = [
                ("markdown", RelationalCoordinationMarkdownRenderer().render(change, names: after)),
                ("change heat map", Self.svgText(RelationalCoordinationChangeHeatMap().svg(for: change, names: after))),
            ]
            for (renderer, output) in outputs {
                let unknown = Self.numbers(in: output, removing: names).filter { !allowed.contains($0) }
                #expect(unknown.isEmpty, "seed \(seed) \(renderer): \(unknown) are not figures of the reports")
            }
        }
    }
}
