import BrobyggerAgreements
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

struct AgreementLifecycleTests {
    typealias F = AgreementFixtures
    static let id: CollaborationAgreement.ID = F.identifier(0xA1)

    /// A Region Hovedstaden agreement signed by both parties and in force from 2026-02-02.
    static func signedAgreement() throws -> CollaborationAgreement {
        var agreement = CollaborationAgreement(
            id: id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-28")))
        try agreement.activate(effectiveFrom: F.date("2026-02-02"), provenance: F.provenance(on: F.date("2026-01-28")))
        return agreement
    }

    @Test func aNewAgreementIsADraftAndNotInForce() {
        let agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        #expect(agreement.status(on: F.date("2026-01-01")) == .draft)
        #expect(agreement.history == nil)
        #expect(agreement.version(inForceOn: F.date("2030-01-01")) == nil)
        let report = agreement.validate(on: F.date("2026-01-01"))
        #expect(report.findings(withCode: AgreementFindingCode.signatureMissing).count == 2)
    }

    @Test func signingAndActivatingMakesVersionOne() throws {
        let agreement = try Self.signedAgreement()
        #expect(agreement.draft == nil)
        #expect(agreement.history?.versions.count == 1)
        #expect(agreement.status(on: F.date("2026-02-01")) == .draft)
        #expect(agreement.status(on: F.date("2026-02-02")) == .active(version: 1))
        #expect(agreement.status(on: F.date("2040-12-31")) == .active(version: 1))
        #expect(agreement.validate(on: F.date("2026-03-01")).isClean)
    }

    @Test func activationDefaultsToTheLastSignatureDate() throws {
        var agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-28")))
        try agreement.sign(F.centreSignature(on: F.date("2026-01-30")))
        try agreement.activate(provenance: F.provenance(on: F.date("2026-01-30")))
        #expect(agreement.history?.current.document.effectiveFrom == F.date("2026-01-30"))
    }

    @Test func cannotActivateWithoutEverySignature() throws {
        var agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        #expect {
            try agreement.activate(provenance: F.provenance(on: F.date("2026-01-26")))
        } throws: { error in
            let error = error as? ValidationError
            return error?.code == "agreement.not-ready"
                && error?.offendingValue?.contains(AgreementFindingCode.signatureMissing) == true
        }
    }

    @Test func cannotActivateWithAnEmptyRequiredSection() throws {
        var terms = F.regionHovedstadenTerms()
        terms.sectionTexts[.contacts] = " "
        var agreement = CollaborationAgreement(id: Self.id, template: .regionHovedstadenFacilityTeam, terms: terms)
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-26")))
        #expect {
            try agreement.activate(provenance: F.provenance(on: F.date("2026-01-26")))
        } throws: { ($0 as? ValidationError)?.offendingValue == AgreementFindingCode.sectionRequiredEmpty }
    }

    @Test func onlySigningPartiesSignAndOnlyOnce() throws {
        var agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        let team = F.signature(
            for: F.outreachTeam, by: "Ida", "Berg", position: "Afsnitsleder", on: F.date("2026-01-26"))
        #expect { try agreement.sign(team) } throws: {
            ($0 as? ValidationError)?.code == "agreement.signature.not-a-party"
        }
        let stranger = F.facility(named: "Et andet botilbud", number: 0xF9)
        #expect { try agreement.sign(F.facilitySignature(for: stranger, on: F.date("2026-01-26"))) } throws: {
            ($0 as? ValidationError)?.code == "agreement.signature.not-a-party"
        }
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        #expect { try agreement.sign(F.centreSignature(on: F.date("2026-01-27"))) } throws: {
            ($0 as? ValidationError)?.code == "agreement.signature.duplicate"
        }
    }

    @Test func aVersionCannotTakeEffectBeforeItIsSigned() throws {
        var agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-28")))
        #expect {
            try agreement.activate(
                effectiveFrom: F.date("2026-01-27"), provenance: F.provenance(on: F.date("2026-01-28")))
        } throws: { ($0 as? ValidationError)?.code == "agreement.effective-before-signature" }
    }

    @Test func anAmendmentIsANewImmutableVersion() throws {
        var agreement = try Self.signedAgreement()
        let original = agreement.history?.version(1)
        var amended = try #require(agreement.terms(inForceOn: F.date("2026-03-01")))
        amended.parameterValues[.morningMeetingsPerWeek] = .integer(2)
        try agreement.propose(amended, note: "Morgenmøde to dage om ugen")
        #expect(agreement.status(on: F.date("2026-03-01")) == .active(version: 1))
        #expect(agreement.proposedChanges?.count == 1)
        try agreement.sign(F.centreSignature(on: F.date("2026-05-04")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-05-06")))
        try agreement.activate(effectiveFrom: F.date("2026-06-01"), provenance: F.provenance(on: F.date("2026-05-06")))
        #expect(agreement.history?.version(1) == original)
        #expect(agreement.status(on: F.date("2026-05-31")) == .active(version: 1))
        #expect(agreement.status(on: F.date("2026-06-01")) == .active(version: 2))
        #expect(agreement.terms(inForceOn: F.date("2026-05-31"))?.parameterValues[.morningMeetingsPerWeek] == nil)
        #expect(
            agreement.terms(inForceOn: F.date("2026-06-01"))?.parameterValues[.morningMeetingsPerWeek] == .integer(2))
        #expect(agreement.history?.current.document.note == "Morgenmøde to dage om ugen")
    }

    @Test func changingTheTermsOfADraftVoidsItsSignatures() throws {
        var agreement = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-01-26")))
        try agreement.propose(F.regionHovedstadenTerms())
        #expect(agreement.draft?.signatures.count == 1)
        var changed = F.regionHovedstadenTerms()
        changed.parameterValues[.onSiteDaysPerWeek] = .integer(2)
        try agreement.propose(changed)
        #expect(agreement.draft?.signatures.isEmpty == true)
    }

    @Test func anAmendmentCannotTakeEffectBeforeTheVersionInForce() throws {
        var agreement = try Self.signedAgreement()
        try agreement.propose(F.regionHovedstadenTerms(), note: "Ingen ændring")
        try agreement.sign(F.centreSignature(on: F.date("2026-01-29")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-01-29")))
        #expect {
            try agreement.activate(provenance: F.provenance(on: F.date("2026-01-29")))
        } throws: { ($0 as? ValidationError)?.code == "agreement.effective-order" }
    }

    @Test func terminationEndsAtTheEndOfTheMonthInWhichNoticeExpires() throws {
        var agreement = try Self.signedAgreement()
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-09-15"), givenBy: F.facility.id))
        #expect(agreement.earliestEndDate == F.date("2026-12-31"))
        #expect(agreement.endDate == F.date("2026-12-31"))
        #expect(agreement.status(on: F.date("2026-09-14")) == .active(version: 1))
        #expect(agreement.status(on: F.date("2026-09-15")) == .noticeGiven(version: 1, endsOn: F.date("2026-12-31")))
        #expect(agreement.status(on: F.date("2026-12-31")) == .noticeGiven(version: 1, endsOn: F.date("2026-12-31")))
        #expect(agreement.status(on: F.date("2027-01-01")) == .ended(endedOn: F.date("2026-12-31")))
        #expect(agreement.version(inForceOn: F.date("2027-01-01")) == nil)
        #expect(agreement.validate(on: F.date("2026-10-01")).isClean)
    }

    @Test func theAgreedNoticeLengthApplies() throws {
        var terms = F.regionHovedstadenTerms()
        terms.parameterValues[.noticeMonths] = .integer(6)
        var agreement = CollaborationAgreement(id: Self.id, template: .regionHovedstadenFacilityTeam, terms: terms)
        try agreement.sign(F.centreSignature(on: F.date("2027-08-01")))
        try agreement.sign(F.facilitySignature(on: F.date("2027-08-01")))
        try agreement.activate(provenance: F.provenance(on: F.date("2027-08-01")))
        try agreement.terminate(TerminationNotice(givenOn: F.date("2027-08-31"), givenBy: F.psychiatricCentre.id))
        #expect(agreement.endDate == F.date("2028-02-29"))
    }

    @Test func aLaterRequestedEndIsCarriedToTheEndOfItsMonth() throws {
        var agreement = try Self.signedAgreement()
        try agreement.terminate(
            TerminationNotice(
                givenOn: F.date("2026-09-15"), givenBy: F.facility.id, requestedEndDate: F.date("2027-03-31"),
                reason: "Botilbuddet lukker"))
        #expect(agreement.endDate == F.date("2027-03-31"))
        #expect(agreement.validate(on: F.date("2026-10-01")).isClean)
    }

    @Test func wrongNoticeDatesAreReported() throws {
        var early = try Self.signedAgreement()
        try early.terminate(
            TerminationNotice(
                givenOn: F.date("2026-09-15"), givenBy: F.facility.id, requestedEndDate: F.date("2026-10-15")))
        #expect(early.endDate == F.date("2026-12-31"))
        let codes = early.validate(on: F.date("2026-10-01")).findings.map(\.code)
        #expect(codes == [AgreementFindingCode.noticeEndTooEarly, AgreementFindingCode.noticeEndNotMonthEnd])

        var beforeStart = try Self.signedAgreement()
        try beforeStart.terminate(TerminationNotice(givenOn: F.date("2026-01-30"), givenBy: F.facility.id))
        #expect(beforeStart.validate(on: F.date("2026-02-10")).contains(code: AgreementFindingCode.noticeBeforeStart))

        var future = try Self.signedAgreement()
        try future.terminate(TerminationNotice(givenOn: F.date("2026-12-01"), givenBy: F.facility.id))
        let finding = future.validate(on: F.date("2026-11-24")).findings(withCode: AgreementFindingCode.noticeInFuture)
        #expect(finding.first?.severity == .warning)
        #expect(finding.first?.source == .document(.erfaringsopsamling2024, locator: "Bilag 2, “Varighed”"))
    }

    @Test func noticeIsGivenOnceByAPartyToASignedAgreement() throws {
        var draft = CollaborationAgreement(
            id: Self.id, template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        #expect {
            try draft.terminate(TerminationNotice(givenOn: F.date("2026-03-01"), givenBy: F.facility.id))
        } throws: {
            ($0 as? ValidationError)?.code == "agreement.not-active"
        }
        var agreement = try Self.signedAgreement()
        let stranger: Organisation.ID = F.identifier(0xEE)
        #expect {
            try agreement.terminate(TerminationNotice(givenOn: F.date("2026-03-01"), givenBy: stranger))
        } throws: {
            ($0 as? ValidationError)?.code == "agreement.notice.invalid"
        }
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-03-01"), givenBy: F.facility.id))
        #expect {
            try agreement.terminate(TerminationNotice(givenOn: F.date("2026-03-02"), givenBy: F.facility.id))
        } throws: {
            ($0 as? ValidationError)?.code == "agreement.terminated"
        }
        #expect { try agreement.propose(F.regionHovedstadenTerms()) } throws: {
            ($0 as? ValidationError)?.code == "agreement.terminated"
        }
    }

    @Test func roundTripsThroughJSON() throws {
        var agreement = try Self.signedAgreement()
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-09-15"), givenBy: F.facility.id))
        let data = try JSONEncoder().encode(agreement)
        #expect(try JSONDecoder().decode(CollaborationAgreement.self, from: data) == agreement)
    }

    @Test func decodingRejectsASignedVersionWithoutEverySignature() throws {
        let agreement = try Self.signedAgreement()
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(agreement)) as? [String: Any])
        var history = try #require(object["history"] as? [String: Any])
        var versions = try #require(history["versions"] as? [[String: Any]])
        var document = try #require(versions[0]["document"] as? [String: Any])
        document["signatures"] = Array((document["signatures"] as? [Any] ?? []).prefix(1))
        versions[0]["document"] = document
        history["versions"] = versions
        object["history"] = history
        let tampered = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CollaborationAgreement.self, from: tampered) }
    }

    @Test func aPendingAmendmentCanBeWithdrawn() throws {
        var agreement = try Self.signedAgreement()
        var amended = F.regionHovedstadenTerms()
        amended.parameterValues[.onSiteDaysPerWeek] = .integer(2)
        try agreement.propose(amended)
        try agreement.withdrawDraft()
        #expect(agreement.draft == nil)
        #expect(agreement.status(on: F.date("2026-03-01")) == .active(version: 1))
        #expect { try agreement.withdrawDraft() } throws: { ($0 as? ValidationError)?.code == "agreement.no-draft" }
    }
}
