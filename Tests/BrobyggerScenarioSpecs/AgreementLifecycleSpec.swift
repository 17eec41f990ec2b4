import Brobygger
import BrobyggerTesting
import XCTest

/// A psychiatric centre and a named residential facility make, amend and terminate a collaboration agreement from
/// Region Hovedstaden's template, and the resident-overview board reads the agreed terms from it.
final class AgreementLifecycleSpec: XCTestCase {
    typealias F = AgreementFixtures

    let facility = F.facility(named: "Botilbuddet Lindehuset", number: 0xF5)

    func testRegionHovedstadenAgreementIsSignedAmendedAndTerminated() throws {
        // The parties fill in the three headings the template leaves empty and add local supplements.
        var terms = AgreementTerms(parties: F.parties(facility: facility))
        terms.parameterValues[.onSiteWeekday] = .weekday(.thursday)
        terms.sectionTexts[.personalData] = "Oplysninger udveksles kun, når det er nødvendigt for behandling og støtte."
        terms.sectionTexts[.confidentialityAndConsent] = "Samtykke registreres i beboerens journal hos begge parter."
        terms.sectionTexts[.contacts] = "Botilbudsteamet: tlf. 12 34 56 78. Lindehuset: tlf. 87 65 43 21."
        terms.localSupplements = [
            try LocalSupplement(kind: .contactRoutines, text: "Akutte henvendelser ringes ind før kl. 14."),
            try LocalSupplement(kind: .medicationOrdering, text: "Medicin bestilles hver mandag."),
        ]

        var agreement = CollaborationAgreement(
            id: F.identifier(0x5001), template: .regionHovedstadenFacilityTeam, terms: terms)
        XCTAssertEqual(agreement.status(on: F.date("2026-03-01")), .draft)

        // The draft's open points: the management meetings the text names (rendered "[aftales]") and both
        // signatures. An open value is an error, so the draft cannot take effect yet.
        XCTAssertEqual(
            agreement.openPoints.map(\.kind),
            [
                .parameter(.managementMeetingsPerYear), .signature(F.psychiatricCentre.id),
                .signature(facility.id),
            ])
        XCTAssertTrue(AgreementRenderer(format: .html).render(agreement).contains("[aftales] om året"))
        terms.parameterValues[.managementMeetingsPerYear] = .integer(4)
        try agreement.propose(terms)

        // Before signing, validation lists exactly the missing signatures.
        let beforeSigning = agreement.validate(on: F.date("2026-03-01"))
        XCTAssertEqual(
            beforeSigning.findings.map(\.code),
            [AgreementFindingCode.signatureMissing, AgreementFindingCode.signatureMissing])

        // Both parties sign; the agreement is in force from the first of the month after.
        try agreement.sign(F.centreSignature(on: F.date("2026-03-10")))
        try agreement.sign(F.facilitySignature(for: facility, on: F.date("2026-03-12")))
        try agreement.activate(effectiveFrom: F.date("2026-04-01"), provenance: F.provenance(on: F.date("2026-03-12")))
        XCTAssertEqual(agreement.status(on: F.date("2026-03-31")), .draft)
        XCTAssertEqual(agreement.status(on: F.date("2026-04-01")), .active(version: 1))

        // The printed agreement for signature has both dated signature lines.
        let printed = AgreementRenderer(language: .danish, format: .markdown).render(agreement)
        XCTAssertTrue(printed.contains("For Botilbuddet Lindehuset"))
        XCTAssertTrue(printed.contains("Dato: 12.03.2026"))
        XCTAssertTrue(printed.contains("mindst 1 fast dag om ugen (fast ugedag: torsdag)"))

        // Amendment: the team comes two days a week from 1 September.
        var amended = try XCTUnwrap(agreement.terms(inForceOn: F.date("2026-06-01")))
        amended.parameterValues[.onSiteDaysPerWeek] = .integer(2)
        try agreement.propose(amended, note: "To faste dage om ugen")
        try agreement.sign(F.centreSignature(on: F.date("2026-08-17")))
        try agreement.sign(F.facilitySignature(for: facility, on: F.date("2026-08-18")))
        try agreement.activate(effectiveFrom: F.date("2026-09-01"), provenance: F.provenance(on: F.date("2026-08-18")))
        XCTAssertEqual(agreement.status(on: F.date("2026-08-31")), .active(version: 1))
        XCTAssertEqual(agreement.status(on: F.date("2026-09-01")), .active(version: 2))
        let changes = try XCTUnwrap(agreement.changes(from: 1, to: 2))
        XCTAssertEqual(
            changes.map { $0.summary(in: .danish, template: agreement.template) },
            ["Faste dage på botilbuddet pr. uge: 1 fast dag → 2 faste dage"])

        // Termination: notice given on 10 November runs three months to the end of February.
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-11-10"), givenBy: facility.id))
        XCTAssertEqual(agreement.endDate, F.date("2027-02-28"))
        XCTAssertEqual(
            agreement.status(on: F.date("2027-02-28")), .noticeGiven(version: 2, endsOn: F.date("2027-02-28")))
        XCTAssertEqual(agreement.status(on: F.date("2027-03-01")), .ended(endedOn: F.date("2027-02-28")))
        XCTAssertTrue(agreement.validate(on: F.date("2026-11-10")).isClean)

        // Every version stays readable.
        XCTAssertEqual(agreement.history?.versions.count, 2)
        XCTAssertEqual(agreement.history?.version(1)?.document.terms, terms)
    }

    func testTheBoardReadsTheAgreedCriteriaWhileTheAgreementIsInForce() throws {
        var agreement = CollaborationAgreement(
            id: F.identifier(0x5002), template: .crossSectorCollaborationModel,
            terms: F.collaborationModelTerms(facility: facility))
        try agreement.sign(F.centreSignature(on: F.date("2026-04-01")))
        try agreement.sign(F.facilitySignature(for: facility, on: F.date("2026-04-01")))
        try agreement.activate(provenance: F.provenance(on: F.date("2026-04-01")))
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-05-20"), givenBy: F.psychiatricCentre.id))

        let board: any CollaborationTermsProvider = try CollaborationAgreementRegister([agreement])
        let criteria = board.intensifiedEffortCriteria(
            facility: facility.id, team: F.outreachTeam.id, on: F.date("2026-06-01"))
        XCTAssertEqual(criteria.map(\.acuity), [.acute, .subacute])
        XCTAssertEqual(
            board.overviewMeetingSchedule(facility: facility.id, team: F.outreachTeam.id, on: F.date("2026-08-31"))?
                .weekday,
            .wednesday)
        XCTAssertTrue(
            board.intensifiedEffortCriteria(facility: facility.id, team: F.outreachTeam.id, on: F.date("2026-09-01"))
                .isEmpty)
    }

    func testAnAgreementWithoutCriteriaCannotTakeEffectUnderTheCollaborationModel() throws {
        var terms = F.collaborationModelTerms(facility: facility)
        terms.intensifiedEffortCriteria = []
        var agreement = CollaborationAgreement(
            id: F.identifier(0x5003), template: .crossSectorCollaborationModel, terms: terms)
        try agreement.sign(F.centreSignature(on: F.date("2026-04-01")))
        try agreement.sign(F.facilitySignature(for: facility, on: F.date("2026-04-01")))
        XCTAssertEqual(
            agreement.validate(on: F.date("2026-04-01")).errors.map(\.code), [AgreementFindingCode.criteriaMissing])
        XCTAssertThrowsError(try agreement.activate(provenance: F.provenance(on: F.date("2026-04-01"))))
    }
}
