import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// The open-stays worklist: who is on it, the agreement's state, the urgency order and the changes a batch causes.
@Suite("§13a open-stays worklist")
struct WorklistTests {
    static let asOf = at("2026-03-12", 9)
    static let ward = SyntheticRegionRandom.identifier(forKey: "ward-a") as Organisation.ID

    /// A resident of their own with a §108 placement from 2025, and their open or ended stay.
    static func resident(_ key: String, placed: Bool = true) -> (Resident.ID, [Placement]) {
        let id = ResidentBuilder("worklist-\(key)").id
        return (id, placed ? [placement(.longTermStay, from: "2025-01-01", resident: id)] : [])
    }

    static func document(
        _ resident: Resident.ID, _ episode: String, kind: DischargeDocumentKind = .agreement,
        basis: DischargeLegalBasis = .mandatory, concluded: String? = nil, refused: String? = nil
    ) throws -> DischargeWorklistDocument {
        DischargeWorklistDocument(
            resident: resident, episode: try EpisodeOfCareIdentifier(episode), kind: kind, basis: basis,
            concludedOn: concluded.map(day), refusedOn: refused.map(day), documentID: "doc-\(episode)")
    }

    @Test(
        "a document's state on a day",
        arguments: [
            (DischargeDocumentKind.agreement, String?.none, String?.none, DischargeWorklistState.Kind.draft),
            (.agreement, "2026-03-10", nil, .concluded),
            (.coordinationPlan, "2026-03-11", "2026-03-09", .planMade),
            (.coordinationPlan, nil, "2026-03-09", .refused),
            (.agreement, "2026-03-20", nil, .draft),
            (.agreement, nil, "2026-03-20", .draft),
        ])
    func documentState(
        kind: DischargeDocumentKind, concluded: String?, refused: String?, expected: DischargeWorklistState.Kind
    ) throws {
        let document = try Self.document(residentID, "E1", kind: kind, concluded: concluded, refused: refused)
        #expect(document.state(asOf: day("2026-03-12")).kind == expected)
    }

    @Test("only open psychiatric stays of residents in a §13a group are listed, with stk. 2 flags")
    func membership() throws {
        let (placedID, placed) = Self.resident("placed")
        let (unplacedID, _) = Self.resident("unplaced", placed: false)
        let (assessedID, _) = Self.resident("assessed", placed: false)
        let (flaggedID, _) = Self.resident("flagged", placed: false)
        let (laterID, _) = Self.resident("later", placed: false)
        let later = [placement(.temporaryStay, from: "2026-03-20", resident: laterID)]
        let (dischargedID, dischargedPlacements) = Self.resident("discharged")
        let somatic = try Stay(
            resident: placedID, episode: EpisodeOfCareIdentifier("S1"), admissionKind: .admitInpatient,
            admittedAt: at("2026-03-01"), legalStatus: .voluntary, wardType: .somatic)
        let stays = [
            try stay("P1", admitted: "2026-03-02", discharged: nil, ward: Self.ward, resident: placedID), somatic,
            try stay("U1", admitted: "2026-03-02", discharged: nil, resident: unplacedID),
            try stay("A1", admitted: "2026-03-02", discharged: nil, resident: assessedID),
            try stay("F1", admitted: "2026-03-02", discharged: nil, resident: flaggedID),
            try stay("L1", admitted: "2026-03-02", discharged: nil, resident: laterID),
            try stay("D1", admitted: "2026-03-02", discharged: "2026-03-10", resident: dischargedID),
            try stay("N1", admitted: "2026-03-13", discharged: nil, resident: placedID),
        ]
        let assessment = ConsultantAssessment(
            assessedOn: day("2026-03-03"), consultant: try DischargeContentBuilder.consultant(),
            willNotSeekNecessaryTreatment: true, grounds: "Ingen sygdomsindsigt")
        let worklist = DischargeWorklist.build(
            asOf: Self.asOf, stays: stays, placements: placed + dischargedPlacements + later,
            documents: [try Self.document(flaggedID, "F1", basis: .consultantAssessment)],
            assessments: [try EpisodeOfCareIdentifier("A1"): assessment])
        let listed = Dictionary(uniqueKeysWithValues: worklist.entries.map { ($0.episode.value, $0) })
        #expect(Set(listed.keys) == ["P1", "A1", "F1", "L1"])
        #expect(listed["P1"]?.basis == .mandatory)
        #expect(listed["P1"]?.daysAdmitted == 10)
        #expect(listed["P1"]?.ward == Self.ward)
        #expect(listed["P1"]?.evidence.first?.statement.contains("§108") == true)
        #expect(listed["L1"]?.basis == .mandatory, "a placement starting during the stay counts")
        #expect(listed["A1"]?.basis == .consultantAssessment)
        #expect(listed["F1"]?.basis == .consultantAssessment)
        #expect(listed["F1"]?.state == .draft)
        #expect(worklist.hasStaysNeedingAction)
        #expect(worklist.selecting(Self.ward, organisations: []).entries.map(\.episode.value) == ["P1"])
    }

    /// Five residents admitted 10, 20, 3, 2 and 1 days before the list, in states none, concluded, draft, refused,
    /// none.
    static func urgencyCase() throws -> (stays: [Stay], placements: [Placement], documents: [DischargeWorklistDocument])
    {
        let cases: [(String, String, String?, String?)] = [
            ("A", "2026-03-02", nil, nil), ("B", "2026-02-20", "2026-03-01", nil), ("C", "2026-03-09", nil, nil),
            ("D", "2026-03-10", nil, "2026-03-11"), ("E", "2026-03-11", nil, nil),
        ]
        var stays: [Stay] = []
        var placements: [Placement] = []
        var documents: [DischargeWorklistDocument] = []
        for (key, admitted, concluded, refused) in cases {
            let (id, placed) = Self.resident(key)
            stays.append(try stay(key, admitted: admitted, discharged: nil, resident: id))
            placements += placed
            if key != "A" && key != "E" {
                documents.append(
                    try Self.document(
                        id, key, kind: refused == nil ? .agreement : .coordinationPlan, concluded: concluded,
                        refused: refused))
            }
        }
        return (stays, placements, documents)
    }

    @Test("the urgency order: past the attention threshold first, then by state, then the longest stay")
    func ordering() throws {
        let (stays, placements, documents) = try Self.urgencyCase()
        let standard = DischargeWorklist.build(
            asOf: Self.asOf, stays: stays, placements: placements, documents: documents)
        #expect(standard.entries.map(\.episode.value) == ["A", "E", "D", "C", "B"])
        #expect(standard.entries.map(\.needsAttention) == [true, false, false, false, false])
        #expect(standard.needingAction.count == 4)

        let regional = try DischargeWorklistPolicy(
            attentionAfterDays: 2, stateOrder: [.draft, .refused, .none, .concluded, .planMade])
        let reordered = DischargeWorklist.build(
            asOf: Self.asOf, stays: stays, placements: placements, documents: documents, policy: regional)
        #expect(reordered.entries.map(\.episode.value) == ["C", "D", "A", "E", "B"])
    }

    @Test("the policy's parameters are checked, also when decoded")
    func policyChecks() throws {
        #expect(throws: ValidationError.self) { try DischargeWorklistPolicy(attentionAfterDays: 400) }
        #expect(throws: ValidationError.self) {
            try DischargeWorklistPolicy(stateOrder: [.none, .none, .draft, .concluded, .planMade])
        }
        let json = Data(#"{"attentionAfterDays": -1}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DischargeWorklistPolicy.self, from: json) }
        let round = try JSONDecoder().decode(
            DischargeWorklistPolicy.self, from: try JSONEncoder().encode(DischargeWorklistPolicy.standard))
        #expect(round == .standard)
    }

    @Test("an entry's description masks the CPR number")
    func masking() throws {
        let cpr = SampleCPRNumbers.make(born: day("1980-05-17"), sex: .female, serial: 3)
        let resident = try ResidentBuilder("worklist-placed").cpr(cpr.unmaskedFormatted).build()
        let (_, placed) = Self.resident("placed")
        let worklist = DischargeWorklist.build(
            asOf: Self.asOf,
            stays: [try stay("P1", admitted: "2026-03-02", discharged: nil, resident: resident.id)],
            placements: placed, documents: [], residents: [resident])
        let entry = try #require(worklist.entries.first)
        #expect(!entry.description.contains(cpr.unmaskedValue))
        #expect(!"\(DischargeWorklistChange.admittedNeedsAgreement(entry))".contains(cpr.unmaskedValue))
        #expect(entry.description.contains("170580-xxxx"))
    }

    // MARK: Changes

    static func inputs(_ stays: [Stay], _ placements: [Placement], _ documents: [DischargeWorklistDocument] = [])
        -> DischargeWorklistInputs
    {
        DischargeWorklistInputs(stays: stays, placements: placements, documents: documents)
    }

    @Test("a batch's changes: admitted, discharged without agreement, concluded, refused, ended, cancelled, corrected")
    func changes() throws {
        let (id, placed) = Self.resident("changes")
        let open = try stay("C1", admitted: "2026-03-02", discharged: nil, resident: id)
        let discharged = try stay("C1", admitted: "2026-03-02", discharged: "2026-03-11", resident: id)
        let moved = try stay("C1", admitted: "2026-03-02", discharged: nil, ward: Self.ward, resident: id)
        let empty = Self.inputs([], placed)
        func codes(_ before: DischargeWorklistInputs, _ after: DischargeWorklistInputs) -> [String] {
            DischargeWorklistChange.changes(from: before, to: after, asOf: Self.asOf).map(\.code)
        }
        #expect(codes(empty, Self.inputs([open], placed)) == ["worklist.admitted-needs-agreement"])
        #expect(
            codes(Self.inputs([open], placed), Self.inputs([discharged], placed))
                == ["worklist.discharged-without-agreement"])
        #expect(codes(empty, Self.inputs([discharged], placed)) == ["worklist.discharged-without-agreement"])
        let concluded = [try Self.document(id, "C1", concluded: "2026-03-10")]
        #expect(
            codes(Self.inputs([open], placed), Self.inputs([open], placed, concluded))
                == ["worklist.agreement-concluded"])
        #expect(
            codes(Self.inputs([open], placed, concluded), Self.inputs([discharged], placed, concluded))
                == ["worklist.stay-ended"])
        let refused = [try Self.document(id, "C1", kind: .coordinationPlan, refused: "2026-03-10")]
        #expect(
            codes(Self.inputs([open], placed), Self.inputs([open], placed, refused)) == ["worklist.agreement-refused"])
        #expect(codes(Self.inputs([open], placed), empty) == ["worklist.stay-cancelled"])
        #expect(codes(Self.inputs([open], placed), Self.inputs([moved], placed)) == ["worklist.stay-corrected"])
        #expect(
            codes(Self.inputs([discharged], placed), Self.inputs([open], placed)) == ["worklist.stay-corrected"],
            "a withdrawn discharge puts the stay back on the list")
        #expect(codes(Self.inputs([discharged], placed), Self.inputs([discharged], placed)).isEmpty)
        #expect(codes(Self.inputs([open], placed), Self.inputs([open], [])) == ["worklist.stay-corrected"])
        let alert = try #require(
            DischargeWorklistChange.changes(
                from: Self.inputs([open], placed), to: Self.inputs([discharged], placed), asOf: Self.asOf
            ).first)
        guard case .dischargedWithoutAgreement(let entry, let when) = alert else {
            Issue.record("expected the discharge alert")
            return
        }
        #expect(when == at("2026-03-11", 15))
        #expect(entry.daysAdmitted == 9)
        #expect(alert.source == .statute("psykiatriloven §13a stk. 1"))
    }
}
