import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// An integration service receives a municipality's list of residents and a ward's discharge dates, and must
/// compute follow-up deadlines without ever logging a CPR number.
final class CoreVocabularySpec: XCTestCase {
    func testAnIntegrationServiceReadsResidentsAndComputesDeadlines() throws {
        let network = SampleNetwork()
        let calendar = DanishCalendar(configuration: try .init(extraClosedDays: [.christmasEve, .newYearsEve]))

        // Rows as they arrive from a municipal export: CPR (with or without hyphen) and municipality code.
        let rows = [("070761-4285", "0101"), ("2902004001", "0360"), ("290200-0001", "0101"), ("0101011234", "0411")]
        var accepted: [(PersonIdentifier, MunicipalityCode)] = []
        var log: [String] = []
        for (cpr, municipality) in rows {
            do {
                accepted.append((try PersonIdentifier(cpr: cpr), try MunicipalityCode(municipality)))
            } catch {
                log.append("rejected row: \(error)")
            }
        }

        XCTAssertEqual(accepted.count, 2)
        XCTAssertEqual(accepted.map(\.1.name), ["København", "Lolland"])
        XCTAssertEqual(accepted.map(\.1.region), [.hovedstaden, .sjaelland])
        XCTAssertEqual(log.count, 2)
        XCTAssertTrue(log[0].contains("cpr.invalid-date"), log[0])
        XCTAssertTrue(log[1].contains("municipality.unknown"), log[1])
        // Nothing the service logs reveals a full number.
        for line in log + accepted.map({ "\($0.0)" }) {
            for (cpr, _) in rows { XCTAssertFalse(line.contains(cpr.suffix(4)), line) }
        }

        // A resident discharged on Tuesday 22 December 2026 must be visited within 5 working days: 23 December,
        // then (Christmas Eve closed by configuration, 25–27 December holiday and weekend) 28, 29, 30 December and,
        // with New Year's Eve closed and New Year's Day a holiday, Monday 4 January 2027.
        let discharge = try CalendarDate(iso8601: "2026-12-22")
        let deadline = calendar.adding(workingDays: 5, to: discharge)
        XCTAssertEqual(deadline.iso8601, "2027-01-04")
        XCTAssertEqual(deadline.isoWeek.iso8601, "2027-W01")
        XCTAssertEqual(calendar.workingDays(from: discharge, to: deadline), 5)

        // The organisations travel as JSON between services unchanged.
        let data = try JSONEncoder().encode(network.organisations)
        XCTAssertEqual(try JSONDecoder().decode([Organisation].self, from: data), network.organisations)
        XCTAssertEqual(network.ward.partOf, network.psychiatricCentre.id)
        XCTAssertEqual(network.seniorConsultant.profession.danishName, "overlæge")
    }
}
