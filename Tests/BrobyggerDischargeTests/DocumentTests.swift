import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct DocumentTests {
    let agreementID = SyntheticRegionRandom.identifier(forKey: "agreement", DischargeAgreement.self)

    @Test func agreementWithoutThePatientIsATypedError() throws {
        let content = try builder().withoutPatient().build()
        #expect {
            try DischargeAgreement(
                id: agreementID, content: content, provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        } throws: { ($0 as? ValidationError)?.code == "discharge.agreement-without-patient" }
        let plan = try CoordinationPlan(
            id: .init(rawValue: UUID()), content: content,
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        #expect(!plan.content.patientIsParty)
    }

    @Test func contentWithoutPartiesIsATypedError() throws {
        #expect {
            try DischargeContent(
                resident: residentID, episode: .init("E1"), consultant: nil, legalBasis: .mandatory, parties: [],
                offers: [], concludedOn: nil)
        } throws: { ($0 as? ValidationError)?.code == "discharge.no-parties" }
        #expect(throws: ValidationError.self) { try DischargeParty(role: .municipality, name: "  ") }
        #expect(throws: ValidationError.self) { try DischargeOffer(kind: .social, summary: "") }
    }

    @Test func revisionsAreKeptAsImmutableVersions() throws {
        let first = try DischargeAgreement(
            id: agreementID, content: builder().withoutSocialOffers().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-04"))
        let second = try first.revised(
            builder().build(), provenance: DischargeContentBuilder.provenance(on: "2026-03-05", reason: "social offer"))
        #expect(second.history.versions.count == 2)
        #expect(second.history.version(1)?.document.socialOffers.isEmpty == true)
        #expect(second.content.socialOffers.count == 1)
        #expect(first.history.versions.count == 1)
        #expect(throws: ValidationError.self) {
            try second.revised(builder().build(), provenance: DischargeContentBuilder.provenance(on: "2026-03-01"))
        }
        #expect {
            try second.revised(
                DischargeContentBuilder(resident: residentID, episode: "OTHER").build(),
                provenance: DischargeContentBuilder.provenance(on: "2026-03-06"))
        } throws: { ($0 as? ValidationError)?.code == "discharge.subject-changed" }
    }

    @Test func documentsRoundTripAndDecodeThroughTheirInvariants() throws {
        let agreement = try DischargeAgreement(
            id: agreementID, content: builder().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        let data = try JSONEncoder().encode(agreement)
        #expect(try JSONDecoder().decode(DischargeAgreement.self, from: data) == agreement)
        let plan = try CoordinationPlan(
            id: .init(rawValue: UUID()), content: builder().withoutPatient().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        let planJSON = try JSONEncoder().encode(plan)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DischargeAgreement.self, from: planJSON) }
        let partyless = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: #""parties":\[[^\]]*\]"#, with: #""parties":[]"#, options: .regularExpression)
        #expect(partyless.contains(#""parties":[]"#))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DischargeAgreement.self, from: Data(partyless.utf8))
        }
    }

    @Test func documentsAreStorableAndAccessControlled() throws {
        let agreement = try DischargeAgreement(
            id: agreementID, content: builder().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        #expect(DischargeAgreement.documentKind == "discharge-agreement")
        #expect(CoordinationPlan.documentKind == "coordination-plan")
        #expect(agreement.fieldGroups == [.dischargeDocuments])
        #expect(agreement.accessSubject == AccessSubject(resident: residentID))
        #expect(agreement.indexKeys.contains(IndexKey("episode", "E1")))
        #expect(agreement.redacted(to: [.dischargeDocuments]) == agreement)
        let withheld = agreement.redacted(to: [.identity])
        #expect(withheld.isWithheld)
        #expect(withheld.content.offers.isEmpty && withheld.content.consultant == nil)
        #expect(withheld.resident == residentID && withheld.episode == agreement.episode)
        #expect(try JSONDecoder().decode(DischargeAgreement.self, from: JSONEncoder().encode(withheld)) == withheld)
    }

    @Test func partyRolesAreAnOpenCode() throws {
        let role = try JSONDecoder().decode(DischargePartyRole.self, from: Data(#""housing_office""#.utf8))
        #expect(role == .unrecognized("housing_office"))
        #expect(role.isAuthorityOrPractitioner)
        #expect(String(decoding: try JSONEncoder().encode(role), as: UTF8.self) == #""housing_office""#)
        #expect(!DischargePartyRole.patient.isAuthorityOrPractitioner)
    }
}
