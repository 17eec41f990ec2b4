import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct DocumentRecordTests {
    let header = DischargeDocumentRecord.columns

    @Test func parsesARowAndWritesItBack() throws {
        let row = [
            "D-17", "010180-1235", "EP-4", "coordination_plan", "13a1", "2026-03-05", "2026-03-04", "2", "1", "3",
            "Karen Holm",
        ]
        let record = try DischargeDocumentRecord(row: row, header: header)
        #expect(record.kind == .coordinationPlan && record.basis == .mandatory)
        #expect(record.agreedOn == day("2026-03-05") && record.refusedOn == day("2026-03-04"))
        #expect((record.treatmentOffers, record.socialOffers, record.parties) == (2, 1, 3))
        #expect(try DischargeDocumentRecord(row: record.cells, header: header) == record)
    }

    @Test func emptyOptionalCellsAreMissing() throws {
        let row = ["D-1", "0101801235", "EP-1", "agreement", "13a2", "", "", "0", "0", "0", ""]
        let record = try DischargeDocumentRecord(row: row, header: header)
        #expect(record.agreedOn == nil && record.consultant == nil && record.basis == .consultantAssessment)
    }

    @Test func reportsEveryBadFieldAtOnceWithoutRevealingTheCPRNumber() throws {
        let row = ["", "3213801235", "EP-1", "letter", "13b", "05-03-2026", "", "two", "-1", "1", ""]
        #expect {
            try DischargeDocumentRecord(row: row, header: header, line: 7)
        } throws: { error in
            guard let error = error as? DischargeDocumentRecord.ParseError else { return false }
            let columns = error.problems.map(\.column)
            return columns == [
                "document_id", "resident", "kind", "basis", "agreed_on", "treatment_offers", "social_offers",
            ]
                && error.line == 7 && !error.description.contains("3213801235")
        }
    }

    @Test func missingColumnsAreNamed() {
        #expect(DischargeDocumentRecord.missingColumns(in: ["document_id", "resident", "extra"]).count == 9)
        #expect(DischargeDocumentRecord.missingColumns(in: header + ["extra"]).isEmpty)
    }

    /// Cells are read without the white space (Unicode `Zs` and tab) at their ends, whichever end and however much;
    /// white space inside a cell is kept.
    @Test(arguments: [
        (" Karen Holm", "Karen Holm"), ("Karen Holm\t", "Karen Holm"), ("\u{00A0}Karen  Holm\u{2003}", "Karen  Holm"),
        ("Karen Holm", "Karen Holm"), (" ", nil), ("", nil),
    ])
    func cellsAreTrimmedAtTheirEnds(consultant: String, expected: String?) throws {
        let row = [
            " D-1", "0101801235 ", "\tEP-1", "agreement ", " 13a2", " 2026-03-05 ", "", " 0", "1 ", "2", consultant,
        ]
        let record = try DischargeDocumentRecord(row: row, header: header)
        #expect(record.documentID == "D-1" && record.episode.value == "EP-1" && record.agreedOn == day("2026-03-05"))
        #expect((record.treatmentOffers, record.socialOffers, record.parties) == (0, 1, 2))
        #expect(record.consultant == expected)
    }
}
