import BrobyggerAgreements
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

struct AgreementTemplateTests {
    static let builtIn: [AgreementTemplate] = [
        .regionHovedstadenFacilityTeam, .crossSectorCollaborationModel, .citizenLevelCollaboration,
    ]

    @Test func regionHovedstadenHasTheElevenSectionsInTheSourcesOrder() {
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        #expect(
            template.sections.map(\.heading.danish) == [
                "Aftaleparter", "Formål", "Opgaver", "Omfang", "Ydelser", "Samarbejde",
                "Behandling af personoplysninger", "Tavshedspligt og samtykke mv.", "Kontaktoplysninger", "Varighed",
                "Underskrifter",
            ])
        #expect(
            template.sections.map(\.key) == [
                .parties, .purpose, .tasks, .scope, .services, .collaboration, .personalData,
                .confidentialityAndConsent, .contacts, .duration, .signatures,
            ])
        #expect(template.sections.allSatisfy { $0.source.document == .erfaringsopsamling2024 })
    }

    @Test func regionHovedstadenLeavesTheThreeEmptyHeadingsToTheParties() {
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        #expect(
            template.sections.filter(\.mustBeFilled).map(\.key) == [
                .personalData, .confidentialityAndConsent, .contacts,
            ])
    }

    @Test func regionHovedstadenDefaults() {
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        let empty = AgreementTerms(parties: [])
        #expect(template.value(of: .onSiteDaysPerWeek, in: empty) == .integer(1))
        #expect(template.value(of: .morningMeetingsPerWeek, in: empty) == .integer(1))
        #expect(template.value(of: .noticeMonths, in: empty) == .integer(3))
        #expect(template.value(of: .communicationChannel, in: empty) == .choice("medcom-correspondence"))
        #expect(template.value(of: .onSiteWeekday, in: empty) == nil)
        #expect(template.requiredPartyRoles == [.psychiatricCentre, .facility])
        #expect(template.requiresSignature(from: .psychiatricCentre))
        #expect(template.requiresSignature(from: .facility))
        #expect(!template.requiresSignature(from: .outreachTeam))
        #expect(!template.requiresIntensifiedEffortCriteria)
        #expect(template.supplementSlots == LocalSupplementKind.allCases)
    }

    @Test func collaborationModelRequiresCriteriaAndAnOverviewMeeting() {
        let template = AgreementTemplate.crossSectorCollaborationModel
        #expect(template.requiresIntensifiedEffortCriteria)
        #expect(template.requiresOverviewMeeting)
        let board = template.section(.overviewBoard)
        #expect(board?.clauses.filter { $0.style == .bullet }.count == 4)
        #expect(template.section(.competenceDevelopment) != nil)
        #expect(template.section(.safety)?.requirement == .optional)
    }

    @Test func citizenLevelHasThreeFocusAreasAndSixCoreElements() {
        let template = AgreementTemplate.citizenLevelCollaboration
        let elements = template.sections.filter { $0.guidance != nil }
        #expect(elements.compactMap(\.guidance?.code) == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(Set(elements.compactMap(\.group)).count == 3)
        #expect(
            elements.map { $0.group?.danish.prefix(13) } == [
                "Fokusområde 1", "Fokusområde 1", "Fokusområde 1", "Fokusområde 2", "Fokusområde 2", "Fokusområde 3",
            ])
        for element in elements {
            let guidance = element.guidance!
            for language in AgreementLanguage.allCases {
                #expect(!guidance.what.text(in: language).isEmpty)
                #expect(!guidance.why.text(in: language).isEmpty)
                #expect(!guidance.how.isEmpty)
            }
            #expect(element.mustBeFilled)
        }
        #expect(template.signatureRule == .allParties)
        #expect(template.checklist(for: AgreementTerms(parties: [])).map(\.status) == Array(repeating: .open, count: 6))
    }

    @Test(arguments: builtIn)
    func builtInTemplatesHaveBothLanguagesEverywhere(_ template: AgreementTemplate) {
        for section in template.sections {
            #expect(!section.heading.danish.isEmpty && !section.heading.english.isEmpty)
            #expect(section.heading.danish != section.heading.english || section.heading.danish == "Formål")
            for clause in section.clauses {
                #expect(!clause.text.danish.isEmpty && !clause.text.english.isEmpty)
            }
        }
        #expect(template.sections.last?.content == .signatures)
    }

    @Test(arguments: builtIn)
    func builtInTemplatesRoundTripThroughJSON(_ template: AgreementTemplate) throws {
        let data = try JSONEncoder().encode(template)
        #expect(try JSONDecoder().decode(AgreementTemplate.self, from: data) == template)
    }

    @Test func rejectsRepeatedSectionKeys() {
        let section = AgreementSection(
            key: .purpose, heading: LocalizedText(danish: "Formål", english: "Purpose"),
            source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Formål”"))
        #expect {
            try AgreementTemplate(
                identifier: "test", version: 1, title: LocalizedText(danish: "T", english: "T"),
                source: .document(.erfaringsopsamling2024), sections: [section, section], parameters: [],
                requiredPartyRoles: [],
                minimumPartyCount: 1, signatureRule: .allParties, supplementSlots: [])
        } throws: { ($0 as? ValidationError)?.code == "template.duplicate-key" }
    }

    @Test func rejectsAClauseNamingAnUnknownParameter() {
        let section = AgreementSection(
            key: .services, heading: LocalizedText(danish: "Ydelser", english: "Services"),
            clauses: [.paragraph(danish: "Mindst {visits-per-week}.", english: "At least {visits-per-week}.")],
            source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”"))
        #expect {
            try AgreementTemplate(
                identifier: "test", version: 1, title: LocalizedText(danish: "T", english: "T"),
                source: .document(.erfaringsopsamling2024), sections: [section], parameters: [], requiredPartyRoles: [],
                minimumPartyCount: 1, signatureRule: .allParties, supplementSlots: [])
        } throws: { ($0 as? ValidationError)?.code == "template.unknown-reference" }
    }

    @Test func rejectsADefaultOutsideTheAllowedRange() {
        #expect {
            try TemplateParameter(
                key: .onSiteDaysPerWeek, label: LocalizedText(danish: "Dage", english: "Days"),
                kind: .integer(minimum: 1, maximum: 7, unit: nil), defaultValue: .integer(0), isRequired: true,
                section: .services, source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”"))
        } throws: { ($0 as? ValidationError)?.code == "template-parameter.default-not-allowed" }
    }

    @Test func rejectsAnEmptyIntegerRange() {
        #expect {
            try TemplateParameter(
                key: .onSiteDaysPerWeek, label: LocalizedText(danish: "Dage", english: "Days"),
                kind: .integer(minimum: 5, maximum: 1, unit: nil), defaultValue: nil, isRequired: true,
                section: .services, source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”"))
        } throws: { ($0 as? ValidationError)?.code == "template-parameter.empty-range" }
    }
}
