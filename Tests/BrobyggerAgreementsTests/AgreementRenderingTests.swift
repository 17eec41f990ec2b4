import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

struct AgreementRenderingTests {
    typealias F = AgreementFixtures

    /// The Region Hovedstaden agreement for Bostedet Kastanjehuset: signed, amended (two morning meetings a week,
    /// from 2026-06-01) and terminated by the facility on 2026-09-15.
    static func regionHovedstadenAgreement() throws -> CollaborationAgreement {
        var agreement = CollaborationAgreement(
            id: F.identifier(0xA1), template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-28")))
        try agreement.activate(effectiveFrom: F.date("2026-02-02"), provenance: F.provenance(on: F.date("2026-01-28")))
        var amended = F.regionHovedstadenTerms()
        amended.parameterValues[.morningMeetingsPerWeek] = .integer(2)
        amended.localSupplements.append(
            try LocalSupplement(
                kind: .pointsOfAttention, text: "Ring til teamet ved tegn på forværring, også uden for den faste dag."))
        try agreement.propose(amended, note: "Morgenmøde to dage om ugen; opmærksomhedspunkter tilføjet.")
        try agreement.sign(F.centreSignature(on: F.date("2026-05-04")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-05-06")))
        try agreement.activate(effectiveFrom: F.date("2026-06-01"), provenance: F.provenance(on: F.date("2026-05-06")))
        try agreement.terminate(
            TerminationNotice(givenOn: F.date("2026-09-15"), givenBy: F.facility.id, reason: "Botilbuddet lukker."))
        return agreement
    }

    static func collaborationModelDraft() throws -> CollaborationAgreement {
        var agreement = CollaborationAgreement(
            id: F.identifier(0xB1), template: .crossSectorCollaborationModel, terms: F.collaborationModelTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-02-23")))
        return agreement
    }

    static func citizenLevelDraft() throws -> CollaborationAgreement {
        let municipality = F.network.municipality
        var terms = AgreementTerms(
            parties: [
                AgreementParty(role: .psychiatricCentre, organisation: F.psychiatricCentre),
                AgreementParty(role: .facility, organisation: F.facility),
                AgreementParty(role: .municipality, organisation: municipality),
            ],
            parameterValues: [.organisationalForm: .choice("coordinator"), .plannedMeetingsPerYear: .integer(6)],
            sectionTexts: [
                .citizen: "Borgeren deltager i møderne og har valgt sin søster som stedfortræder ved indlæggelse.",
                .rightActors: "Borgeren, kontaktpersonen på botilbuddet, botilbudsteamets sygeplejerske og "
                    + "sagsbehandleren. Højst fem deltagere pr. møde.",
                .sharedGoals: "Mål: at kunne tage bussen alene til jobcentret. Kontaktpersonen er tovholder.",
            ],
            checklist: [.rightActors: .agreed, .sharedGoals: .agreed])
        terms.checklist[.decisionMandates] = .open
        return CollaborationAgreement(id: F.identifier(0xD2), template: .citizenLevelCollaboration, terms: terms)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let language: AgreementLanguage
        let format: AgreementDocumentFormat
        var testDescription: String { file }
    }

    @Test(arguments: [
        Case(file: "region-hovedstaden-signed.da.md", language: .danish, format: .markdown),
        Case(file: "region-hovedstaden-signed.en.md", language: .english, format: .markdown),
        Case(file: "region-hovedstaden-signed.da.html", language: .danish, format: .html),
        Case(file: "region-hovedstaden-signed.en.html", language: .english, format: .html),
    ])
    func signedRegionHovedstadenAgreement(_ example: Case) throws {
        let renderer = AgreementRenderer(language: example.language, format: example.format)
        try Golden.assertMatches(renderer.render(Self.regionHovedstadenAgreement()), file: example.file)
    }

    @Test func firstVersionIsRenderedWithoutTheLaterNotice() throws {
        let agreement = try Self.regionHovedstadenAgreement()
        let renderer = AgreementRenderer(language: .danish, format: .markdown)
        try Golden.assertMatches(
            try #require(renderer.render(agreement, version: 1)), file: "region-hovedstaden-v1.da.md")
        #expect(renderer.render(agreement, version: 3) == nil)
    }

    @Test(arguments: AgreementLanguage.allCases)
    func changesBetweenVersions(_ language: AgreementLanguage) throws {
        let renderer = AgreementRenderer(language: language, format: .markdown)
        let rendered = try #require(renderer.renderChanges(of: Self.regionHovedstadenAgreement(), from: 1, to: 2))
        try Golden.assertMatches(rendered, file: "region-hovedstaden-changes.\(language.rawValue).md")
    }

    @Test(arguments: [
        Case(file: "region-hovedstaden-blank.da.md", language: .danish, format: .markdown),
        Case(file: "region-hovedstaden-blank.da.html", language: .danish, format: .html),
    ])
    func blankRegionHovedstadenForm(_ example: Case) throws {
        let renderer = AgreementRenderer(language: example.language, format: example.format)
        try Golden.assertMatches(renderer.renderBlankForm(.regionHovedstadenFacilityTeam), file: example.file)
    }

    @Test(arguments: [
        Case(file: "collaboration-model-draft.da.md", language: .danish, format: .markdown),
        Case(file: "collaboration-model-draft.en.html", language: .english, format: .html),
    ])
    func collaborationModelDraft(_ example: Case) throws {
        let renderer = AgreementRenderer(language: example.language, format: example.format)
        try Golden.assertMatches(renderer.render(Self.collaborationModelDraft()), file: example.file)
    }

    @Test(arguments: [
        Case(file: "citizen-level-draft.da.md", language: .danish, format: .markdown),
        Case(file: "citizen-level-draft.en.html", language: .english, format: .html),
        Case(file: "citizen-level-blank.en.md", language: .english, format: .markdown),
    ])
    func citizenLevelChecklist(_ example: Case) throws {
        let renderer = AgreementRenderer(language: example.language, format: example.format)
        let rendered =
            example.file.contains("blank")
            ? renderer.renderBlankForm(.citizenLevelCollaboration) : renderer.render(try Self.citizenLevelDraft())
        try Golden.assertMatches(rendered, file: example.file)
    }

    @Test func everyPlaceholderIsFilled() throws {
        for format in AgreementDocumentFormat.allCases {
            for language in AgreementLanguage.allCases {
                let renderer = AgreementRenderer(language: language, format: format)
                let outputs = [
                    renderer.render(try Self.regionHovedstadenAgreement()),
                    renderer.render(try Self.collaborationModelDraft()),
                    renderer.render(try Self.citizenLevelDraft()),
                    renderer.renderBlankForm(.citizenLevelCollaboration),
                ]
                let keys = [
                    AgreementTemplate.regionHovedstadenFacilityTeam, .crossSectorCollaborationModel,
                    .citizenLevelCollaboration,
                ]
                .flatMap(\.parameters).map(\.key)
                #expect(keys.count == 10)
                for output in outputs {
                    for key in keys {
                        #expect(!output.contains("{\(key)}"), "unreplaced {\(key)} in \(language) \(format)")
                    }
                }
            }
        }
    }

    @Test func markupInNamesAndTextIsEscaped() throws {
        let facility = F.facility(named: "Botilbud <script>alert('x')</script> & *Co*", number: 0xF7)
        var terms = F.regionHovedstadenTerms(facility: facility)
        terms.sectionTexts[.contacts] = "# Ring [her](javascript:alert(1)) <b>nu</b>\n\n1. linje"
        let agreement = CollaborationAgreement(
            id: F.identifier(0xA9), template: .regionHovedstadenFacilityTeam, terms: terms)

        let html = AgreementRenderer(language: .danish, format: .html).render(agreement)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("Botilbud &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *Co*"))

        let markdown = AgreementRenderer(language: .danish, format: .markdown).render(agreement)
        #expect(markdown.contains(#"Botilbud \<script\>alert('x')\</script\> & \*Co\*"#))
        #expect(markdown.contains(##"\# Ring \[her\](javascript:alert(1)) \<b\>nu\</b\>"##))
        #expect(markdown.contains("1\\. linje"))
        #expect(!markdown.contains("\n# Ring"))
    }

    @Test func signatureLinesAreAlwaysPrinted() throws {
        let draft = CollaborationAgreement(
            id: F.identifier(0xA1), template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        let markdown = AgreementRenderer(language: .danish, format: .markdown).render(draft)
        #expect(markdown.components(separatedBy: "Dato: \\_\\_\\_").count == 3)
        #expect(markdown.contains("For Psykiatrisk Center Strandparken"))
        #expect(markdown.contains("For Bostedet Kastanjehuset"))
        #expect(!markdown.contains("For Botilbudsteam Strandparken"))
        let html = AgreementRenderer(language: .danish, format: .html).render(draft)
        #expect(html.components(separatedBy: "<p class=\"signature-line\"></p>").count == 3)
    }

    @Test func goldenComparisonReportsTheFirstDifferingLine() {
        #expect(Golden.firstDifference(expected: "a\nb\nc", actual: "a\nb\nc") == nil)
        #expect(
            Golden.firstDifference(expected: "a\nb\nc", actual: "a\nB\nc") == "line 2\n  expected: b\n  actual:   B")
        #expect(Golden.firstDifference(expected: "a\n", actual: "a\nb") == "line 2\n  expected: \n  actual:   b")
        #expect(Golden.firstDifference(expected: "a", actual: "a\n")?.hasPrefix("line 2") == true)
    }

    @Test(arguments: [AgreementLanguage.danish, .english], [AgreementDocumentFormat.markdown, .html])
    func datesHaveOneDanishStyleInEveryRendering(_ language: AgreementLanguage, _ format: AgreementDocumentFormat)
        throws
    {
        let agreement = try Self.regionHovedstadenAgreement()
        let renderer = AgreementRenderer(language: language, format: format)
        let signed = renderer.render(agreement)
        for date in ["01.06.2026", "15.09.2026", "31.12.2026", "04.05.2026", "06.05.2026"] {
            #expect(signed.contains(date), "\(date) in the \(language) \(format) rendering")
        }
        let changes = try #require(renderer.renderChanges(of: agreement, from: 1, to: 2))
        #expect(changes.contains("01.06.2026"))
        for text in [signed, changes] {
            #expect(text.range(of: #"\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\b"#, options: .regularExpression) == nil)
        }
    }
}
