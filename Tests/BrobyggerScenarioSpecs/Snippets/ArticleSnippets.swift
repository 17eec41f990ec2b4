import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// The code of the articles in Documentation/Brobygger.docc other than "Getting started", compiled and run. Each
/// region between `// snippet: NAME` and `// end-snippet` is a code block of an article (checked by
/// `ArticleCodeSpec`); what the regions use is set up before them.
final class ArticleSnippets: XCTestCase {
    typealias F = AgreementFixtures

    /// CollaborationAgreements.md, "Lifecycle".
    func testCollaborationAgreementLifecycle() throws {
        let id: CollaborationAgreement.ID = F.identifier(0x51)
        let facility = F.facility
        let terms = F.regionHovedstadenTerms()
        var amendedTerms = terms
        amendedTerms.overviewMeeting = try OverviewMeetingSchedule(weekday: .tuesday, meetingsPerWeek: 2)
        let centreSignature = F.centreSignature(on: F.date("2026-03-20"))
        let facilitySignature = F.facilitySignature(on: F.date("2026-03-23"))
        let centreSignature2 = F.centreSignature(on: F.date("2026-08-17"))
        let facilitySignature2 = F.facilitySignature(on: F.date("2026-08-19"))
        let firstOfApril = F.date("2026-04-01")
        let firstOfSeptember = F.date("2026-09-01")
        let tenthOfNovember = F.date("2026-11-10")
        let provenance = F.provenance(on: F.date("2026-03-23"))
        let today = F.date("2026-11-24")

        // snippet: agreement-lifecycle
        var agreement = CollaborationAgreement(id: id, template: .regionHovedstadenFacilityTeam, terms: terms)
        try agreement.sign(centreSignature)
        try agreement.sign(facilitySignature)
        try agreement.activate(effectiveFrom: firstOfApril, provenance: provenance)  // version 1

        try agreement.propose(amendedTerms, note: "To faste dage om ugen")
        try agreement.sign(centreSignature2)
        try agreement.sign(facilitySignature2)
        try agreement.activate(effectiveFrom: firstOfSeptember, provenance: provenance)  // version 2

        try agreement.terminate(TerminationNotice(givenOn: tenthOfNovember, givenBy: facility.id))
        // .draft, .active(version:), .noticeGiven(version:endsOn:) or .ended(endedOn:)
        let status = agreement.status(on: today)
        // end-snippet
        XCTAssertEqual(agreement.history?.versions.count, 2)
        guard case .noticeGiven(version: 2, _) = status else { return XCTFail("\(status)") }
    }

    /// CourseOfCare.md, "The course of care".
    func testCourseRegister() throws {
        let resident = try ResidentBuilder("article-resident").build()
        let ward = SyntheticRegionRandom.identifier(forKey: "article-ward", Organisation.self)
        let episode = try EpisodeOfCareIdentifier("ARTICLE-1")
        let admission = try CourseEvent(
            id: SyntheticRegionRandom.identifier(forKey: "article-stin"), resident: resident.id, episode: episode,
            kind: .admitInpatient, instant: ResidentsFixtureTime.instant("2026-03-02", 14, 5), ward: ward,
            admission: AdmissionDetails(legalStatus: .compulsory))
        let discharge = try CourseEvent(
            id: SyntheticRegionRandom.identifier(forKey: "article-slhj"), resident: resident.id, episode: episode,
            kind: .discharge, instant: ResidentsFixtureTime.instant("2026-03-06", 19, 30), ward: ward)

        // snippet: course-register
        var register = CourseRegister(residents: [resident.id])
        try register.record(admission)  // STIN, compulsory, 2 March 14:05
        try register.record(discharge)  // SLHJ, Friday 6 March 19:30
        let stays = register.timeline(of: resident.id)!.stays
        // end-snippet
        XCTAssertEqual(stays.count, 1)
        XCTAssertEqual(stays.first?.lengthOfStayDays, 4)
    }

    /// PluggingInYourStorage.md, "Running the conformance suite".
    func testConformanceSuite() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("article-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        @Sendable func makeEmptyDirectory() throws -> String {
            let folder = root.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder.path
        }

        // snippet: store-conformance
        let report = await StoreConformance.run { try FileDocumentStore(directory: makeEmptyDirectory()) }
        XCTAssertTrue(report.passed, "\(report)")
        // end-snippet
    }
}
