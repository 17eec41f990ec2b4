import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

/// A ward transfer within 4 hours is one hospital stay (*sygehusophold*, Sundhedsdatastyrelsen, esundhed.dk:
/// *Genindlæggelser i somatik og psykiatri*): one discharge, from the last ward, which needs one §13a agreement.
@Suite struct TransferComplianceTests {
    let region = try! Organisation(id: .random(), kind: .region, name: "Region Test")
    var centre: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "transfer-c"), kind: .psychiatricCentre, name: "PC Syd",
            partOf: region.id)
    }
    var intensive: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "transfer-wa"), kind: .ward, name: "Intensivt afsnit",
            partOf: centre.id)
    }
    var open: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "transfer-wb"), kind: .ward, name: "Åbent afsnit",
            partOf: centre.id)
    }
    let person = try! PersonIdentifier(cpr: "0101801235")

    func report(joining definition: HospitalStayDefinition) throws -> DischargeComplianceReport {
        let events = try CourseEventSequence(resident: residentID)
            .admitted("A", at: at("2026-03-01", 10), ward: intensive.id)
            .discharged("A", at: at("2026-03-05", 10))
            .admitted("B", at: at("2026-03-05", 12), kind: .admitInpatient, ward: open.id)
            .discharged("B", at: at("2026-03-10", 15))
            .events
        let stays = try CourseTimeline(resident: residentID, events: events).stays(joining: definition)
        let cases = DischargeCase.cases(stays: stays, placements: [placement(.longTermStay, from: "2020-01-01")])
        // The agreement is made by the ward that discharges, for its own episode.
        let agreement = DischargeDocumentRecord(
            documentID: "doc-B", resident: person, episode: try .init("B"), kind: .agreement, basis: .mandatory,
            agreedOn: day("2026-03-09"), refusedOn: nil, treatmentOffers: 1, socialOffers: 1, parties: 1,
            consultant: "Karen Holm")
        return DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases, documents: [agreement],
            persons: [residentID: person], organisations: [region, centre, intensive, open])
    }

    @Test func aTransferIsOneDischargeFromTheLastWardWithOneAgreement() throws {
        let report = try report(joining: .national)
        #expect(report.total.discharges == 1)
        #expect(report.total.required == 1)
        #expect(report.total.inTime == 1)
        #expect(report.total.missing == 0)
        #expect(report.exceptions.isEmpty)
        #expect(report.row(for: intensive.id) == nil)
        #expect(report.row(for: open.id)?.counts.inTime == 1)
    }

    @Test func withoutJoiningTheTransferWouldBeASecondDischargeMissingItsAgreement() throws {
        let report = try report(joining: try HospitalStayDefinition(maximumTransferGapMinutes: 60))
        #expect(report.total.discharges == 2)
        #expect(report.total.missing == 1)
        #expect(report.exceptions.map(\.episode.value) == ["A"])
    }
}
