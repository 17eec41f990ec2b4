import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the elements and text of an XML document, and whether it parsed.
final class XMLProbe: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes.append(attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func parse(_ svg: String) -> XMLProbe? {
        let probe = XMLProbe()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = probe
        return parser.parse() ? probe : nil
    }
}

@Suite struct RenderingTests {
    /// Three groups, one with a tiny membership and one whose name needs escaping everywhere.
    func report() throws -> RelationalCoordinationReport {
        var design = RelationalCoordinationSurveyBuilder(focalWorkProcess: "Discharge <ward> & \"home\"", seed: 5)
        let ward = design.addWorkgroup("Ward staff")
        let team = design.addWorkgroup("Team <script>alert(1)</script> & 'nurses' | *GPs*")
        let gp = design.addWorkgroup("General practitioners")
        let round = design.addRound("Baseline", opens: "2026-03-02", closes: "2026-03-20")
        let survey = try design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        for (group, count, base) in [(ward, 8, 3), (team, 9, 4), (gp, 2, 2)] {
            for i in 0..<count {
                let scores: [Int?] = (0..<7).map { 1 + (base + i + $0) % 5 }
                responses.append(
                    builder.response(
                        respondent: "\(base)-\(i)", group: group, round: round,
                        ratings: [(ward, scores), (team, scores.map { $0.map { min(5, $0 + 1) } }), (gp, scores)]))
            }
        }
        return try RelationalCoordinationScorer(survey: survey).score(responses, round: round)
    }

    @Test func theHeatMapIsWellFormedSelfContainedSVG() throws {
        let svg = RelationalCoordinationHeatMap().svg(for: try report())
        let probe = try #require(XMLProbe.parse(svg), "the SVG must parse as XML")
        #expect(probe.elements.first == "svg")
        #expect(probe.attributes.first?["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(!probe.elements.contains("script"))
        #expect(!probe.elements.contains("image"))
        #expect(!svg.contains("href"))
        // The hostile name arrives as text, not markup.
        #expect(probe.text.contains("Team <script>alert(1)</script> & 'nurses' | *GPs*"))
        #expect(svg.contains("&lt;script&gt;"))
    }

    @Test func theHeatMapLabelsGroupsShowsALegendAndMarksWithheldCells() throws {
        let report = try report()
        let svg = RelationalCoordinationHeatMap().svg(for: report)
        let probe = try #require(XMLProbe.parse(svg))
        for group in report.workgroups {
            #expect(probe.text.contains(String(group.name.prefix(29))))
        }
        #expect(probe.text.contains("Legend"))
        #expect(probe.text.contains("Weak: below 3.50"))
        #expect(probe.text.contains("Strong: above 4.00"))
        #expect(probe.text.contains("not a published standard"))
        // GPs have 2 respondents: their row is withheld and hatched.
        let withheld = report.ties.filter { $0.cell.status.isSuppressed }.count
        #expect(withheld >= 3)
        #expect(probe.text.components(separatedBy: "withheld").count - 1 >= withheld)
        #expect(svg.contains("fill=\"url(#withheld)\""))
        // Every published tie shows its mean.
        for tie in report.ties {
            if let index = tie.cell.index { #expect(probe.text.contains(String(format: "%.2f", index.mean))) }
        }
        for band in RelationalCoordinationBand.allCases {
            #expect(svg.contains(RelationalCoordinationHeatMap.colour(for: band)))
        }
    }

    @Test func theMarkdownEscapesNamesAndShowsTheConfiguration() throws {
        let markdown = RelationalCoordinationMarkdownRenderer().render(try report())
        #expect(markdown.contains("Team \\<script\\>alert(1)\\</script\\> & 'nurses' \\| \\*GPs\\*"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("fewer than 5 respondents are withheld"))
        #expect(markdown.contains("not a published standard"))
        #expect(markdown.contains("withheld"))
        #expect(markdown.contains("| General practitioners | fewer than 5 |"))
        #expect(markdown.contains("Cronbach's α"))
    }

    @Test func theMarkdownUsesTheCallersWordingForDimensionLabels() throws {
        let wording = try RelationalCoordinationWording(
            languageTag: "da",
            items: RelationalCoordinationDimension.allCases.map {
                .init(dimension: $0, label: $0.danishName, stem: "", optionLabels: [:])
            })
        let markdown = RelationalCoordinationMarkdownRenderer(wording: wording).render(try report())
        #expect(markdown.contains("| Fælles mål |"))
        #expect(markdown.contains("| Gensidig respekt |"))
    }

    @Test func theNetworkDiagramDrawsEachTieAsHalfALineAndDashesWithheldOnes() throws {
        let report = try report()
        let svg = RelationalCoordinationNetworkDiagram().svg(for: report)
        let probe = try #require(XMLProbe.parse(svg), "the network diagram must parse as XML")
        #expect(probe.elements.first == "svg")
        #expect(!probe.elements.contains("script"))
        // Long names are shortened with an ellipsis; the full, escaped name is in the node's tooltip.
        #expect(probe.text.contains("Team <script>alert(1)</script…"))
        #expect(probe.text.contains("Team <script>alert(1)</script> & 'nurses' | *GPs*"))
        let between = report.ties.filter { !$0.tie.isWithinGroup && $0.cell.status != .noResponses }
        let lines = probe.attributes.enumerated().filter { probe.elements[$0.offset] == "line" }.map(\.element)
        // One half-line per between-group tie, plus four legend samples.
        #expect(lines.count == between.count + 4)
        let dashed = lines.filter { $0["stroke-dasharray"] != nil }.count
        #expect(dashed == between.filter { $0.cell.status.isSuppressed }.count + 1)
        for tie in between {
            if let index = tie.cell.index { #expect(probe.text.contains(String(format: "%.2f", index.mean))) }
        }
        #expect(probe.text.contains("Legend"))
        #expect(probe.elements.filter { $0 == "circle" }.count == report.workgroups.count)
    }

    @Test func largeNetworksKeepTheirValuesInTooltipsOnly() throws {
        let synthetic = RelationalCoordinationSurveyGenerator(respondents: 400, workgroups: 10, seed: 12).generate()
        let report = try RelationalCoordinationScorer(survey: synthetic.survey)
            .score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        let svg = RelationalCoordinationNetworkDiagram().svg(for: report)
        let probe = try #require(XMLProbe.parse(svg))
        // Headings, node values and names, and the legend carry text; the 90 half-lines only tooltips.
        #expect(probe.elements.filter { $0 == "text" }.count == 2 + 10 * 2 + 1 + 4 + 2)
        #expect(probe.elements.filter { $0 == "title" }.count == 1 + 90 + 10)
    }

    @Test func theChangeHeatMapShowsSignedDifferencesAndMarksWhatCannotBeCompared() throws {
        var generator = RelationalCoordinationSurveyGenerator(respondents: 90, workgroups: 6, rounds: 2, seed: 31)
        generator.groupSizeVariation = 1.5
        let synthetic = generator.generate()
        let scorer = RelationalCoordinationScorer(survey: synthetic.survey)
        let before = try scorer.score(synthetic.responses, round: synthetic.survey.rounds[0].id)
        let after = try scorer.score(synthetic.responses, round: synthetic.survey.rounds[1].id)
        let change = try RelationalCoordinationChange(from: before, to: after)
        let svg = RelationalCoordinationChangeHeatMap().svg(for: change, names: after)
        let probe = try #require(XMLProbe.parse(svg), "the change heat map must parse as XML")
        let comparable = change.ties.compactMap(\.change.index)
        let incomparable = change.ties.count - comparable.count
        #expect(incomparable > 0 && !comparable.isEmpty)
        // Each incomparable tie says so in its cell and in its tooltip.
        #expect(probe.text.components(separatedBy: "not comparable").count - 1 == 2 * incomparable + 1)
        let notable = comparable.filter { abs($0.difference) > 2 * ($0.standardError ?? .infinity) }
        // The asterisk is in the cell and its tooltip, and explained once in the subtitle.
        #expect(!notable.isEmpty)
        #expect(probe.text.components(separatedBy: "*").count - 1 == 2 * notable.count + 1)
        for measured in comparable {
            let sign = measured.difference >= 0 ? "+" : "−"
            #expect(probe.text.contains(sign + String(format: "%.2f", abs(measured.difference))))
        }
        #expect(probe.text.contains("cannot stand alone"))
    }
}
