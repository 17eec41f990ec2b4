import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ConsentTests {
    let resident = SyntheticRegionRandom.identifier(forKey: "consent-resident", Resident.self)
    let facility = SyntheticRegionRandom.identifier(forKey: "consent-facility", Organisation.self)
    let team = SyntheticRegionRandom.identifier(forKey: "consent-team", Organisation.self)
    var facilityViewer: InformationViewer {
        InformationViewer(organisation: facility, organisationKind: .residentialFacility)
    }
    var gpViewer: InformationViewer { InformationViewer(organisation: .random(), organisationKind: .gpPractice) }

    func consent(
        _ information: Set<SharedInformation>, with recipients: [ConsentToShare.Recipient],
        condition: ConsentToShare.Condition = .always, from: String = "2026-01-01", to: String? = nil
    ) throws -> ConsentToShare {
        try ConsentToShare(
            id: .random(), resident: resident, givenBy: .resident, givenOn: ResidentsFixtureTime.date(from),
            information: information, recipients: recipients, condition: condition,
            period: ResidentsFixtureTime.range(from, to))
    }

    @Test func mayXSeeYAboutThisResidentNow() throws {
        let given = try consent([.admissionsAndDischarges], with: [.organisation(facility)], to: "2026-06-30")
        let register = try ConsentRegister([given])
        let day = ResidentsFixtureTime.date("2026-03-01")
        #expect(
            register.decision(
                for: .admissionsAndDischarges, about: resident, viewer: facilityViewer, recordedBy: team, on: day)
                == .permitted(by: given.id))
        #expect(
            register.decision(for: .medication, about: resident, viewer: facilityViewer, recordedBy: team, on: day)
                == .notPermitted)
        #expect(
            register.decision(
                for: .admissionsAndDischarges, about: resident, viewer: gpViewer, recordedBy: team, on: day)
                == .notPermitted)
        #expect(
            register.decision(
                for: .admissionsAndDischarges, about: resident, viewer: facilityViewer, recordedBy: team,
                on: ResidentsFixtureTime.date("2026-07-01")) == .notPermitted)
        #expect(
            register.decision(for: .medication, about: resident, viewer: facilityViewer, recordedBy: facility, on: day)
                == .ownRecord)
    }

    @Test func withdrawalStopsSharingFromItsDate() throws {
        let given = try consent([.goalsAndWishes], with: [.organisationKind(.residentialFacility)])
        let author = Author(name: try PersonName(given: "Lone", family: "Madsen"))
        let withdrawn = try given.withdrawn(from: ResidentsFixtureTime.date("2026-03-01"), recordedBy: author)
        var register = try ConsentRegister([given])
        try register.record(withdrawn, replacing: true)
        #expect(throws: ValidationError.self) { try register.record(withdrawn) }
        #expect(throws: ValidationError.self) {
            try withdrawn.withdrawn(from: ResidentsFixtureTime.date("2026-04-01"), recordedBy: author)
        }
        let before = register.decision(
            for: .goalsAndWishes, about: resident, viewer: facilityViewer, recordedBy: team,
            on: ResidentsFixtureTime.date("2026-02-28"))
        let after = register.decision(
            for: .goalsAndWishes, about: resident, viewer: facilityViewer, recordedBy: team,
            on: ResidentsFixtureTime.date("2026-03-01"))
        #expect(before.allowsSharing)
        #expect(after == .notPermitted)
    }

    @Test func conditionsOnAdmissionAndInTheResidentsWords() throws {
        let onAdmission = try consent(
            [.admissionsAndDischarges], with: [.organisation(facility)], condition: .whileAdmitted)
        let described = try consent(
            [.medication], with: [.organisation(facility)], condition: .described("Kun hvis jeg er syg"))
        let register = try ConsentRegister([onAdmission, described])
        let day = ResidentsFixtureTime.date("2026-03-01")
        #expect(
            register.decision(
                for: .admissionsAndDischarges, about: resident, viewer: facilityViewer, recordedBy: team, on: day,
                isAdmitted: true) == .permitted(by: onAdmission.id))
        #expect(
            register.decision(
                for: .admissionsAndDischarges, about: resident, viewer: facilityViewer, recordedBy: team, on: day,
                isAdmitted: false) == .notPermitted)
        let judgement = register.decision(
            for: .medication, about: resident, viewer: facilityViewer, recordedBy: team, on: day)
        #expect(judgement == .requiresJudgement(by: described.id, condition: "Kun hvis jeg er syg"))
        #expect(!judgement.allowsSharing)
    }

    @Test func consentInvariantsAndProxyCheck() throws {
        #expect(throws: ValidationError.self) { try consent([], with: [.organisation(facility)]) }
        #expect(throws: ValidationError.self) { try consent([.diagnoses], with: []) }
        #expect(throws: ValidationError.self) {
            try ConsentToShare(
                id: .random(), resident: resident, givenBy: .resident, givenOn: ResidentsFixtureTime.date("2026-02-01"),
                information: [.diagnoses], recipients: [.organisation(facility)],
                period: ResidentsFixtureTime.range("2026-01-01", nil))
        }
        let relative = Relative(
            id: .random(), name: try PersonName(given: "Kurt", family: "Hansen"), relationship: .parent)
        let person = try ResidentBuilder("proxy").relative(relative).proxy(relative.id, designatedOn: "2025-06-01")
            .build()
        let byProxy = try ConsentToShare(
            id: .random(), resident: person.id, givenBy: .proxy(relative.id),
            givenOn: ResidentsFixtureTime.date("2026-01-01"),
            information: [.diagnoses], recipients: [.organisation(facility)],
            period: ResidentsFixtureTime.range("2026-01-01", nil))
        #expect(byProxy.review(against: person).isClean)
        let early = try ConsentToShare(
            id: .random(), resident: person.id, givenBy: .proxy(relative.id),
            givenOn: ResidentsFixtureTime.date("2025-01-01"),
            information: [.diagnoses], recipients: [.organisation(facility)],
            period: ResidentsFixtureTime.range("2025-01-01", nil))
        #expect(early.review(against: person).findings(withCode: "consent.not-designated-proxy").count == 1)
        let data = try JSONEncoder().encode(try ConsentRegister([byProxy]))
        #expect(try JSONDecoder().decode(ConsentRegister.self, from: data).consents == [byProxy])
    }
}
