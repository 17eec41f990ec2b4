import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// A data-protection review of an integration built on Brobygger: nothing the SDK renders as text (descriptions,
/// debug descriptions, dumps, errors, findings, boards) may contain a full CPR number, for any resident of a
/// synthetic region.
final class PersonalDataAuditSpec: XCTestCase {
    /// Every way a full CPR number could be written: ten digits, and with the hyphen.
    private func forbiddenForms(_ cpr: PersonIdentifier) -> [String] {
        let digits = cpr.unmaskedValue
        return [digits, "\(digits.prefix(6))-\(digits.suffix(4))"]
    }

    /// `description`, `debugDescription` and, for values small enough to read, `dump`.
    private func renderings(_ value: Any, dumping: Bool = true) -> [String] {
        var texts = [String(describing: value), String(reflecting: value)]
        if dumping {
            var dumped = ""
            dump(value, to: &dumped)
            texts.append(dumped)
        }
        return texts
    }

    func testNoRenderingOfTheRegionsDataRevealsACPRNumber() throws {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.residents = 150
        parameters.facilities = 10
        parameters.teams = 2
        let region = try SyntheticRegion.generate(parameters)
        let records = try region.residentRecords()
        let register = region.courseRegister()
        let stays = register.stays
        let overview = region.overviewRecords(stays: stays)
        var texts: [String] = []

        for record in records {
            texts += renderings(record)
            texts += renderings(record.resident.person)
            if case .cpr(let number) = record.resident.person {
                texts += renderings(number) + ["\(number)", number.masked]
            }
            // A number mistyped in its date part fails with a masked error.
            let digits = record.resident.person.unmaskedValue
            let broken = "99" + digits.dropFirst(2)
            do {
                _ = try CPRNumber(broken)
                XCTFail("accepted an impossible date")
            } catch {
                texts += [error.description, String(reflecting: error)]
                XCTAssertFalse(error.description.contains(broken.suffix(4)), error.description)
            }
        }
        texts += renderings(register, dumping: false)
        texts += register.timelines.values.flatMap { $0.findings.findings.map(\.description) }
        texts += renderings(ReadmissionAnalysis(stays: stays), dumping: false)
        for facility in region.facilities {
            guard let team = facility.outreachTeam else { continue }
            let board = overview.board(
                facility: facility.id, team: team, week: try ISOWeek(iso8601: "2025-W40"),
                viewer: region.teamViewer(team),
                terms: region.terms)
            texts += renderings(board)
        }
        texts += renderings(region.consents, dumping: false)

        let everything = texts.joined(separator: "\n")
        let candidates = cprShapedRuns(in: everything)
        for record in records {
            for form in forbiddenForms(record.resident.person) {
                XCTAssertFalse(candidates.contains(form), "a full CPR number of a resident appears in a rendering")
            }
        }
        // The masked form is what appears instead.
        let first = try XCTUnwrap(records.first)
        XCTAssertTrue(everything.contains(first.resident.person.masked))
    }

    /// Every run of ten digits, and every `DDDDDD-DDDD`, in a text: what a full CPR number could look like.
    private func cprShapedRuns(in text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57
        }
        var found = Set<String>()
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while isDigit(end) { end += 1 }
            if end - index >= 10 { found.insert(String(decoding: bytes[index..<(index + 10)], as: UTF8.self)) }
            if end - index == 6, end < bytes.count, bytes[end] == 45, (1...4).allSatisfy({ isDigit(end + $0) }) {
                found.insert(String(decoding: bytes[index..<(end + 5)], as: UTF8.self))
            }
            index = end
        }
        return found
    }

    func testMedComNotificationsAndTheirErrorsStayMasked() throws {
        let resident = SampleCPRNumbers.make(born: try CalendarDate(iso8601: "1961-07-07"), sex: .male, serial: 42)
        let patient = FHIR.Patient(id: try FHIR.ID("p1"), personIdentifier: .cpr(resident))
        let texts = renderings(patient) + renderings(patient.identifier)
        for text in texts {
            XCTAssertFalse(text.contains(resident.unmaskedValue), "the Patient rendering shows the full CPR number")
        }
    }
}
