import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Testing

/// Stored text holding a terminal's control sequences never reaches the Markdown or SVG renderings.
@Suite("Relational-coordination renderings of hostile text")
struct HostileTextRenderingTests {
    /// A screen clear (`ESC [2J`), a C1 CSI and a bidirectional override.
    static let injection = "Udskrivning\u{1B}[2J\u{9B}31m\u{202E}<b>"

    func report() throws -> RelationalCoordinationReport {
        var design = RelationalCoordinationSurveyBuilder(focalWorkProcess: Self.injection, seed: 5)
        let ward = design.addWorkgroup("Ward staff")
        let team = design.addWorkgroup("Team")
        let round = design.addRound("Baseline", opens: "2026-03-02", closes: "2026-03-20")
        let survey = try design.build()
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var responses: [RelationalCoordinationResponse] = []
        for (group, base) in [(ward, 3), (team, 4)] {
            for i in 0..<6 {
                let scores: [Int?] = (0..<7).map { 1 + (base + i + $0) % 5 }
                responses.append(
                    builder.response(
                        respondent: "\(base)-\(i)", group: group, round: round,
                        ratings: [(ward, scores), (team, scores)]
                    ))
            }
        }
        return try RelationalCoordinationScorer(survey: survey).score(responses, round: round)
    }

    @Test("neither the Markdown nor the SVG holds a control character from the focal work process")
    func noControlCharacters() throws {
        let report = try report()
        let outputs = [
            RelationalCoordinationMarkdownRenderer().render(report), RelationalCoordinationHeatMap().svg(for: report),
        ]
        for output in outputs {
            #expect(!output.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) })
            #expect(output.contains("Udskrivning"))
        }
        #expect(!outputs[1].contains("<b>"))
    }
}
