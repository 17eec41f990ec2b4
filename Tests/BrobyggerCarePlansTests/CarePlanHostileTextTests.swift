import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

/// Free text in a plan is outside input: it may hold a terminal's control sequences, markup or a CPR number.
@Suite("Care plan with hostile free text")
struct CarePlanHostileTextTests {
    let peter = CarePlanPeterCase()

    /// A retitle (`ESC ] 0;… BEL`), a screen clear (`ESC [2J`), a C1 CSI, a bidirectional override and markup.
    static let hostile = "Mål\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}<script>[x](javascript:x)\r"

    func hostilePlan() -> CoordinatedCarePlan {
        var plan = peter.planAtFollowUp()
        plan.challenges.append(CarePlanChallenge(domain: .psychiatric, text: Self.hostile))
        plan.agreements.append(CarePlanAgreement(text: Self.hostile, approvedByResident: true))
        plan.earlyWarningSigns.append(EarlyWarningSign(sign: Self.hostile, responses: []))
        plan.residentVoice.wishesAndDreams.append(Self.hostile)
        return plan
    }

    @Test("the Markdown rendering holds no control character and no markup from the stored text")
    func rendering() {
        let markdown = CarePlanMarkdownRenderer().render(hostilePlan())
        #expect(!markdown.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) })
        #expect(!markdown.contains("\r"))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("[x](javascript"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test("a CPR number in a goal is a data-minimisation finding and is masked in the rendering")
    func personalNumberInFreeText() {
        var plan = peter.planAtFollowUp()
        plan.agreements.append(
            CarePlanAgreement(text: "Ring til 2703682774 eller 270368-2774", approvedByResident: true))
        let findings = plan.validate(on: peter.followUpMeeting)
        let finding = findings.findings.first { $0.code == PersonalNumbersInText.code }
        #expect(finding?.path.description.hasPrefix("agreements[") == true)
        #expect(finding?.source.description.contains("databeskyttelsesforordningen art. 5") == true)
        let markdown = CarePlanMarkdownRenderer().render(plan, findings: findings)
        #expect(!markdown.contains("2774"))
        #expect(markdown.contains("270368-xxxx"))
        #expect(
            peter.planAtFollowUp().validate(on: peter.followUpMeeting).findings.allSatisfy {
                $0.code != PersonalNumbersInText.code
            })
    }

    @Test("a change's description masks a CPR number and replaces control characters from the plan's text")
    func changeDescription() {
        let change = CarePlanChange.goalAdded("Ring til 2703682774\u{1B}[2J")
        #expect(change.description == "Mål tilføjet: »Ring til 270368-xxxx\u{FFFD}[2J«.")
    }
}
