import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Testing

struct AgreementValidationTests {
    typealias F = AgreementFixtures
    static let regionH = AgreementTemplate.regionHovedstadenFacilityTeam
    static let model = AgreementTemplate.crossSectorCollaborationModel
    static let vive = AgreementTemplate.citizenLevelCollaboration

    @Test func completeTermsAreClean() {
        #expect(Self.regionH.validate(F.regionHovedstadenTerms()).isClean)
        #expect(Self.model.validate(F.collaborationModelTerms()).isClean)
    }

    @Test(arguments: [SectionKey.personalData, .confidentialityAndConsent, .contacts])
    func requiredSectionsMustBeFilled(_ key: SectionKey) {
        var terms = F.regionHovedstadenTerms()
        terms.sectionTexts[key] = "\n  "
        let findings = Self.regionH.validate(terms).findings
        #expect(findings.map(\.code) == [AgreementFindingCode.sectionRequiredEmpty])
        #expect(findings.first?.path == FieldPath("sectionTexts").appending(key.rawValue))
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.source.document == .erfaringsopsamling2024)
    }

    struct ParameterCase: CustomTestStringConvertible, Sendable {
        let key: ParameterKey
        let value: ParameterValue
        let code: String
        var testDescription: String { "\(key) = \(value)" }
    }

    @Test(arguments: [
        ParameterCase(key: .onSiteDaysPerWeek, value: .integer(0), code: AgreementFindingCode.parameterOutOfRange),
        ParameterCase(key: .morningMeetingsPerWeek, value: .integer(0), code: AgreementFindingCode.parameterOutOfRange),
        ParameterCase(key: .noticeMonths, value: .integer(0), code: AgreementFindingCode.parameterOutOfRange),
        ParameterCase(
            key: .communicationChannel, value: .choice("fax"), code: AgreementFindingCode.parameterNotAnOption),
        ParameterCase(key: .onSiteWeekday, value: .text("tirsdag"), code: AgreementFindingCode.parameterWrongKind),
        ParameterCase(key: .plannedMeetingsPerYear, value: .integer(4), code: AgreementFindingCode.parameterUnknown),
    ])
    func parameterProblemsAreReported(_ example: ParameterCase) {
        var terms = F.regionHovedstadenTerms()
        terms.parameterValues[example.key] = example.value
        let findings = Self.regionH.validate(terms).findings
        #expect(findings.map(\.code) == [example.code])
        #expect(findings.first?.path == FieldPath("parameterValues").appending(example.key.rawValue))
    }

    @Test func requiredParametersWithoutDefaultMustBeAgreed() {
        let terms = AgreementTerms(
            parties: [
                AgreementParty(role: .psychiatricCentre, organisation: F.psychiatricCentre),
                AgreementParty(role: .municipality, organisation: F.facility),
            ])
        let codes = Self.vive.validate(terms).findings.map(\.code)
        #expect(codes.filter { $0 == AgreementFindingCode.parameterMissing }.count == 1)
        #expect(codes.filter { $0 == AgreementFindingCode.sectionRequiredEmpty }.count == 7)
    }

    @Test func partiesMustHoldTheRequiredRoles() {
        var terms = F.regionHovedstadenTerms()
        terms.parties.removeAll { $0.role == .facility }
        #expect(Self.regionH.validate(terms).findings.map(\.code) == [AgreementFindingCode.partyRoleMissing])
        terms.parties +=
            [AgreementParty(role: .facility, organisation: F.facility)] + [
                AgreementParty(role: .facility, organisation: F.facility(named: "Botilbuddet Havgården", number: 0xF2))
            ]
        #expect(Self.regionH.validate(terms).findings.map(\.code) == [AgreementFindingCode.partyRoleMissing])
        terms.parties.removeLast()
        terms.parties.append(AgreementParty(role: .other, organisation: F.facility))
        #expect(Self.regionH.validate(terms).findings.map(\.code) == [AgreementFindingCode.partyDuplicate])
    }

    @Test func theCollaborationModelNeedsCriteriaAndAMeeting() {
        var terms = F.collaborationModelTerms()
        terms.intensifiedEffortCriteria = []
        terms.overviewMeeting = nil
        let findings = Self.model.validate(terms).findings
        #expect(
            findings.map(\.code) == [AgreementFindingCode.criteriaMissing, AgreementFindingCode.overviewMeetingMissing])
        let overviewMeetings = SourceCitation.document(
            .regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")
        #expect(findings.map(\.source) == [overviewMeetings, overviewMeetings])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func criteriaIdentifiersAreUnique() throws {
        var terms = F.collaborationModelTerms()
        terms.intensifiedEffortCriteria.append(
            try IntensifiedEffortCriterion(id: "withdrawal", title: "Isolerer sig", acuity: .acute))
        let findings = Self.model.validate(terms).findings
        #expect(findings.map(\.code) == [AgreementFindingCode.criteriaDuplicateIdentifier])
        #expect(findings.first?.path == "intensifiedEffortCriteria[2].id")
    }

    @Test func termsFeedingTheBoardShouldNameTheTeam() {
        var terms = F.collaborationModelTerms()
        terms.parties.removeAll { $0.role == .outreachTeam }
        let findings = Self.model.validate(terms).findings
        #expect(findings.map(\.code) == [AgreementFindingCode.partyTeamMissing])
        #expect(findings.first?.severity == .warning)
        var regionH = F.regionHovedstadenTerms()
        regionH.parties.removeAll { $0.role == .outreachTeam }
        #expect(Self.regionH.validate(regionH).isClean)
    }

    @Test func checklistStatusesAreChecked() {
        var terms = AgreementTerms(
            parties: [
                AgreementParty(role: .psychiatricCentre, organisation: F.psychiatricCentre),
                AgreementParty(role: .municipality, organisation: F.facility),
            ],
            parameterValues: [.organisationalForm: .choice("coordinator")])
        for section in Self.vive.sections where section.mustBeFilled {
            terms.sectionTexts[section.key] = "Aftalt på opstartsmødet."
            terms.checklist[section.key] = .agreed
        }
        #expect(Self.vive.validate(terms).isClean)
        terms.checklist[.decisionMandates] = .notRelevant
        terms.sectionTexts[.decisionMandates] = nil
        terms.sectionTexts[.mutualKnowledge] = nil
        let findings = Self.vive.validate(terms).findings
        #expect(
            findings.map(\.code) == [
                AgreementFindingCode.sectionRequiredEmpty, AgreementFindingCode.checklistElementSkipped,
                AgreementFindingCode.checklistAgreedWithoutText,
            ])
        #expect(findings[1].source == .document(.vive2023, locator: "kapitel 5"))
        let items = Self.vive.checklist(for: terms)
        #expect(items.map(\.code) == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(items.filter { $0.status == .agreed }.count == 5)
        #expect(items.filter { !$0.isFilled }.map(\.code) == ["K3", "K4"])
    }

    @Test func unknownSectionsAreReported() throws {
        var terms = F.regionHovedstadenTerms()
        terms.sectionTexts[try SectionKey("parking")] = "Parkering i gården."
        #expect(Self.regionH.validate(terms).findings.map(\.code) == [AgreementFindingCode.sectionUnknown])
    }

    @Test func valuesTheAgreementsTextNamesMustBeAgreedBeforeActivation() throws {
        // The weekday and the management meetings have no default and are not marked required, but the clauses name
        // them: a rendering would say "[aftales]", so they are open points and errors.
        var terms = F.regionHovedstadenTerms()
        terms.parameterValues[.onSiteWeekday] = nil
        terms.parameterValues[.managementMeetingsPerYear] = nil
        #expect(Self.regionH.requiresValue(for: .onSiteWeekday))
        #expect(Self.regionH.requiresValue(for: .managementMeetingsPerYear))
        #expect(Self.regionH.requiresValue(for: .noticeMonths))
        let findings = Self.regionH.validate(terms).findings
        #expect(findings.map(\.code) == [AgreementFindingCode.parameterMissing, AgreementFindingCode.parameterMissing])
        #expect(
            findings.map(\.path) == [
                FieldPath("parameterValues").appending("on-site-weekday"),
                FieldPath("parameterValues").appending("management-meetings-per-year"),
            ])
        #expect(findings.allSatisfy { $0.severity == .error })
        let open = Self.regionH.openPoints(in: terms)
        #expect(open.map(\.kind) == [.parameter(.onSiteWeekday), .parameter(.managementMeetingsPerYear)])
        #expect(open.first?.label.danish == "Fast ugedag på botilbuddet")
        #expect(open.map(\.finding) == findings)

        var agreement = CollaborationAgreement(id: F.identifier(0xC7), template: Self.regionH, terms: terms)
        #expect(AgreementRenderer(format: .html).render(agreement).contains("fast ugedag: [aftales]"))
        try agreement.sign(F.centreSignature(on: F.date("2026-03-10")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-03-12")))
        #expect(
            agreement.openPoints.map(\.kind) == [.parameter(.onSiteWeekday), .parameter(.managementMeetingsPerYear)])
        #expect(
            agreement.openPoints.first?.finding.path
                == FieldPath("draft.terms.parameterValues").appending("on-site-weekday"))
        #expect {
            try agreement.activate(provenance: F.provenance(on: F.date("2026-03-12")))
        } throws: { ($0 as? ValidationError)?.code == "agreement.not-ready" }
        #expect(agreement.history == nil)
    }

    @Test func theOpenPointsOfADraftIncludeTheMissingSignatures() {
        let agreement = CollaborationAgreement(
            id: F.identifier(0xC8), template: Self.regionH, terms: F.regionHovedstadenTerms())
        #expect(
            agreement.openPoints.map(\.kind) == [.signature(F.psychiatricCentre.id), .signature(F.facility.id)])
        #expect(agreement.openPoints.allSatisfy { $0.finding.code == AgreementFindingCode.signatureMissing })
        #expect(
            agreement.openPoints.map(\.finding)
                == agreement.validate(on: F.date("2026-03-01")).findings)
    }
}
