import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct DisclosureTests {
    let ward = SyntheticRegionRandom.identifier(forKey: "ward", Organisation.self)
    let municipality = SyntheticRegionRandom.identifier(forKey: "municipality", Organisation.self)
    let facility = SyntheticRegionRandom.identifier(forKey: "facility-org", Organisation.self)

    func agreement(_ key: String = "a1", episode: String = "E1") throws -> DischargeAgreement {
        try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: key), content: builder(episode).ward(ward).build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
    }

    func disclosure(
        _ document: DischargeDocumentReference, purpose: DischargeDisclosure.Purpose = .supervisingCompliance,
        resident: Resident.ID = residentID, necessity: String = "The facility supervises the medication plan",
        direction: DischargeDisclosure.Direction = .fromDepartment, sender: Organisation.ID? = nil,
        recipient: Organisation.ID? = nil, groups: Set<FieldGroup> = [.dischargeDocuments]
    ) throws -> DischargeDisclosure {
        try DischargeDisclosure(
            id: .init(
                rawValue: SyntheticRegionRandom.identifier(
                    forKey:
                        "d\(purpose)\(necessity)\(direction)\(String(describing: sender))\(String(describing: recipient))",
                    Resident.self
                ).rawValue),
            resident: resident, document: document, direction: direction, sender: sender ?? ward,
            recipient: recipient ?? municipality, purpose: purpose, necessity: necessity,
            information: "The social offers and the early signs", disclosedGroups: groups,
            disclosedAt: at("2026-03-05"), inForce: ResidentsFixtureTime.range("2026-03-05", "2026-06-30"))
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

    @Test func necessityWhatWasDisclosedAndSenderDifferentFromRecipientAreRequired() throws {
        let document = try agreement()
        #expect(throws: ValidationError.self) { try disclosure(document.reference, necessity: " ") }
        #expect(throws: ValidationError.self) {
            try DischargeDisclosure(
                id: .random(), resident: residentID, document: document.reference, direction: .toDepartmentOrParty,
                sender: ward, recipient: ward, purpose: .making, necessity: "x", information: "y",
                disclosedGroups: [.dischargeDocuments], disclosedAt: at("2026-03-05"),
                inForce: DayRange(day: day("2026-03-05")))
        }
        #expect { try disclosure(document.reference, groups: []) } throws: {
            ($0 as? ValidationError)?.code == "disclosure.groups"
        }
        #expect { try disclosure(document.reference, groups: [.diagnoses]) } throws: {
            ($0 as? ValidationError)?.code == "disclosure.groups"
        }
        #expect {
            try DischargeDisclosure(
                id: .random(), resident: residentID, document: document.reference, direction: .fromDepartment,
                sender: ward, recipient: municipality, purpose: .making, necessity: "x", information: "  ",
                disclosedGroups: [.dischargeDocuments], disclosedAt: at("2026-03-05"),
                inForce: DayRange(day: day("2026-03-05")))
        } throws: { ($0 as? ValidationError)?.code == "disclosure.information" }
    }

    @Test func theDirectionMustAgreeWithSenderAndRecipient() throws {
        var register = DischargeDisclosureRegister()
        let document = try agreement()
        register.register(document)
        // psykiatriloven §13c 1st sentence: from the department to another authority or practitioner.
        #expect {
            try register.record(disclosure(document.reference, sender: municipality, recipient: facility))
        } throws: { ($0 as? ValidationError)?.code == "disclosure.direction" }
        #expect {
            try register.record(disclosure(document.reference, sender: ward, recipient: ward))
        } throws: { ($0 as? ValidationError)?.code == "disclosure.same-party" }
        // 2nd sentence: from an authority or practitioner to the department or another party, never from the ward.
        #expect {
            try register.record(
                disclosure(document.reference, direction: .toDepartmentOrParty, sender: ward, recipient: municipality))
        } throws: { ($0 as? ValidationError)?.code == "disclosure.direction" }
        try register.record(
            disclosure(document.reference, direction: .toDepartmentOrParty, sender: municipality, recipient: ward))
        try register.record(
            disclosure(document.reference, direction: .toDepartmentOrParty, sender: municipality, recipient: facility))
        try register.record(disclosure(document.reference))
        #expect(register.disclosures.count == 3)
        // A document that names no department organisation cannot carry a disclosure.
        let noWard = try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "no-ward"), content: builder("E9").build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        register.register(noWard)
        #expect { try register.record(disclosure(noWard.reference)) } throws: {
            ($0 as? ValidationError)?.code == "disclosure.department-unknown"
        }
    }

    @Test func theRecipientHasASection13cBasisForWhatWasDisclosedInTheDocumentItServed() throws {
        var register = DischargeDisclosureRegister()
        let document = try agreement()
        let otherDocument = try agreement("a2", episode: "E2")
        register.register(document)
        register.register(otherDocument)
        try register.record(disclosure(document.reference))
        let caseWorker = Accessor(role: .municipalCaseWorker, organisation: municipality)
        let subject = AccessSubject(resident: residentID)
        let served = document.reference.accessedDocument
        func bases(
            as accessor: Accessor? = nil, about other: AccessSubject? = nil, in document: AccessedDocument?? = nil,
            _ group: FieldGroup = .dischargeDocuments, on date: String
        ) -> [AccessBasis] {
            register.bases(
                for: accessor ?? caseWorker, subject: other ?? subject, document: document ?? served, group: group,
                on: day(date))
        }
        #expect(
            bases(on: "2026-04-01") == [.statute(.statute("psykiatriloven §13c"), purpose: "supervising_compliance")])
        #expect(bases(on: "2026-06-30").count == 1)
        #expect(bases(on: "2026-07-01").isEmpty, "after the period recorded")
        #expect(bases(.privateMatters, on: "2026-04-01").isEmpty, "private matters were not disclosed")
        #expect(bases(.diagnoses, on: "2026-04-01").isEmpty)
        #expect(
            bases(in: otherDocument.reference.accessedDocument, on: "2026-04-01").isEmpty,
            "not the resident's other agreement")
        #expect(bases(in: .some(nil), on: "2026-04-01").isEmpty, "no document, no §13c basis")
        #expect(
            register.bases(for: caseWorker, subject: subject, group: .dischargeDocuments, on: day("2026-04-01"))
                .isEmpty)
        #expect(bases(as: Accessor(role: .facilityStaff, organisation: ward), on: "2026-04-01").isEmpty)
        #expect(bases(about: AccessSubject(resident: ResidentBuilder("x").id), on: "2026-04-01").isEmpty)
        let decision = AccessPolicy.standard.decide(
            .read, .dischargeDocuments, by: caseWorker, bases: bases(on: "2026-04-01"))
        #expect(decision.isAllowed)
    }
}
