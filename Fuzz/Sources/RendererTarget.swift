import Brobygger
import BrobyggerCommandLine
import BrobyggerTesting
import Foundation

/// Every renderer of stored text: the escaping helpers of each output kind (`SafeOutput`), the care-plan Markdown
/// document, the agreement Markdown and HTML documents, the compliance report's CSV and Markdown, the
/// relational-coordination Markdown and SVG escaping, and the tool's tables, CSV and printed lines.
///
/// The input is the text a document holds in its free text and names (stored text can hold anything an older
/// version or another system let through). Properties: no output holds a control character (C0 but tab and line
/// feed, a carriage return outside a CRLF line end, DEL, C1) or a bidirectional override; HTML and SVG hold no
/// `<` from the text; no output shows a CPR number of the input unmasked where the renderer masks (the care plan).
enum RendererTarget {
    static let peter = CarePlanPeterCase()
    static let plan = peter.planAtFollowUp()

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let personal = PersonalNumbers(in: bytes)

        check("terminal", SafeOutput.terminal(text), lineFeeds: false)
        check("terminal with line breaks", SafeOutput.terminal(text, lineBreaks: .allowed), lineFeeds: true)
        check("markdown", SafeOutput.markdown(text), lineFeeds: false)
        check("markdown cell", SafeOutput.markdown(text, atLineStart: false), lineFeeds: false)
        check("html", SafeOutput.html(text), lineFeeds: true)
        check("xml", SafeOutput.xml(text), lineFeeds: true)
        check("csv field", SafeOutput.csvField(text), lineFeeds: true, carriageReturns: true)
        for markup in [SafeOutput.html(text), SafeOutput.xml(text)] {
            require(!markup.contains("<") && !markup.contains(">"), "markup escaping left a < or >: \(markup)")
        }

        var plan = plan
        plan.challenges.append(CarePlanChallenge(domain: .psychiatric, text: text))
        plan.agreements.append(CarePlanAgreement(text: text, approvedByResident: true))
        plan.earlyWarningSigns.append(EarlyWarningSign(sign: text, responses: []))
        plan.residentVoice.wishesAndDreams.append(text)
        plan.residentVoice.personalStatements.append(text)
        let markdown = CarePlanMarkdownRenderer().render(plan, findings: plan.validate(on: peter.followUpMeeting))
        check("care-plan markdown", markdown, lineFeeds: true)
        personal.requireMasked(markdown, in: "the care-plan rendering")

        var terms = AgreementFixtures.collaborationModelTerms()
        let template = AgreementTemplate.crossSectorCollaborationModel
        for section in template.sections { terms.sectionTexts[section.key] = text }
        let agreement = CollaborationAgreement(id: AgreementFixtures.identifier(1), template: template, terms: terms)
        for format in [AgreementDocumentFormat.markdown, .html] {
            check("agreement \(format)", AgreementRenderer(format: format).render(agreement), lineFeeds: true)
        }

        let report = DischargeComplianceReport(
            period: DayRange(day: CalendarDate(daysSinceEpoch: 20_000)),
            rows: [.init(scope: .init(level: .ward, organisation: nil, name: text), counts: .init())], exceptions: [],
            rules: [])
        check("compliance csv", report.csv(), lineFeeds: true, carriageReturns: true)
        check("compliance markdown", report.markdown(), lineFeeds: true)

        for (kind, output) in RenderingEntryPoints.renderings(of: text) {
            check(kind, output, lineFeeds: true, carriageReturns: kind == "csv")
        }
    }

    /// Stops the run when `output` holds a refused character, a line feed where the kind has none, or a carriage
    /// return outside a CRLF line end unless the kind keeps them (a quoted CSV field holds its value's line breaks
    /// as they are, so that it reads back equal).
    static func check(_ kind: String, _ output: String, lineFeeds: Bool, carriageReturns: Bool = false) {
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r" {
                require(
                    carriageReturns || (lineFeeds && index + 1 < scalars.count && scalars[index + 1] == "\n"),
                    "\(kind) emits a carriage return outside a line end")
                continue
            }
            if scalar == "\n" || scalar == "\t" {
                require(lineFeeds, "\(kind) emits a line break inside one value")
                continue
            }
            require(
                !ControlCharacters.isRefused(scalar),
                "\(kind) emits the control character \(ControlCharacters.codePoint(scalar))")
        }
    }
}
