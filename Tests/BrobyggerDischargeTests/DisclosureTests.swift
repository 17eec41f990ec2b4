import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct DisclosureTests {
    let ward = SyntheticRegionRandom.identifier(forKey: "ward", Organisation.self)
    let municipality = SyntheticRegionRandom.identifier(forKey: "municipality", Organisation.self)

    func agreement() throws -> DischargeAgreement {
        try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "a1"), content: builder().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
    }

    func disclosure(
        _ document: DischargeDocumentReference, purpose: DischargeDisclosure.Purpose = .supervisingCompliance,
        resident: Resident.ID = residentID, necessity: String = "The facility supervises the medication plan"
    ) throws -> DischargeDisclosure {
        try DischargeDisclosure(
            id: .init(
                rawValue: SyntheticRegionRandom.identifier(forKey: "d\(purpose)\(necessity)", Resident.self).rawValue),
            resident: resident, document: document, direction: .fromDepartment, sender: ward, recipient: municipality,
            purpose: purpose, necessity: necessity, disclosedAt: at("2026-03-05"),
            inForce: ResidentsFixtureTime.range("2026-03-05", "2026-06-30"))
    }

    @Test func aDisclosureWithoutARecordedAgreementOrPlanIsRejected() throws {
        var register = DischargeDisclosureRegister()
        let unknown = DischargeDocumentReference.plan(SyntheticRegionRandom.identifier(forKey: "nope"))
        #expect { try register.record(disclosure(unknown)) } throws: {
            ($0 as? ValidationError)?.code == "disclosure.no-document"
        }
        let document = try agreement()
        register.register(document)
        try register.record(disclosure(document.reference))
        #expect(register.disclosures(for: document.reference).count == 1)
        #expect { try register.record(disclosure(document.reference)) } throws: {
            ($0 as? ValidationError)?.code == "disclosure.duplicate"
        }
        let other = ResidentBuilder("someone-else").id
        #expect {
            try register.record(disclosure(document.reference, resident: other, necessity: "other"))
        } throws: { ($0 as? ValidationError)?.code == "disclosure.wrong-resident" }
    }

    @Test func necessityIsRequiredAndSenderDiffersFromRecipient() throws {
        let document = try agreement()
        #expect(throws: ValidationError.self) { try disclosure(document.reference, necessity: " ") }
        #expect(throws: ValidationError.self) {
            try DischargeDisclosure(
                id: .random(), resident: residentID, document: document.reference, direction: .toDepartmentOrParty,
                sender: ward, recipient: ward, purpose: .making, necessity: "x", disclosedAt: at("2026-03-05"),
                inForce: DayRange(day: day("2026-03-05")))
        }
    }

    @Test func theRecipientHasASection13cBasisWhileThePurposeIsInForce() throws {
        var register = DischargeDisclosureRegister()
        let document = try agreement()
        register.register(document)
        try register.record(disclosure(document.reference))
        let caseWorker = Accessor(role: .municipalCaseWorker, organisation: municipality)
        let subject = AccessSubject(resident: residentID)
        let bases = register.bases(for: caseWorker, subject: subject, group: .dischargeDocuments, on: day("2026-04-01"))
        #expect(bases == [.statute(.statute("psykiatriloven §13c"), purpose: "supervising_compliance")])
        #expect(
            register.bases(for: caseWorker, subject: subject, group: .privateMatters, on: day("2026-06-30")).count == 1)
        #expect(
            register.bases(for: caseWorker, subject: subject, group: .dischargeDocuments, on: day("2026-07-01")).isEmpty
        )
        #expect(register.bases(for: caseWorker, subject: subject, group: .diagnoses, on: day("2026-04-01")).isEmpty)
        let otherOrganisation = Accessor(role: .facilityStaff, organisation: ward)
        #expect(
            register.bases(for: otherOrganisation, subject: subject, group: .dischargeDocuments, on: day("2026-04-01"))
                .isEmpty)
        let otherResident = AccessSubject(resident: ResidentBuilder("x").id)
        #expect(
            register.bases(for: caseWorker, subject: otherResident, group: .dischargeDocuments, on: day("2026-04-01"))
                .isEmpty)
        let decision = AccessPolicy.standard.decide(.read, .dischargeDocuments, by: caseWorker, bases: bases)
        #expect(decision.isAllowed)
    }
}
