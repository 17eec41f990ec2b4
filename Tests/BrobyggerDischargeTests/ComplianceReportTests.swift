import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct ComplianceReportTests {
    let region = try! Organisation(id: .random(), kind: .region, name: "Region Test")
    var centre: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "c"), kind: .psychiatricCentre, name: "PC Nord",
            partOf: region.id)
    }
    var wardA: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "wa"), kind: .ward, name: "Afsnit A", partOf: centre.id)
    }
    var wardB: Organisation {
        try! Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "wb"), kind: .ward, name: "Afsnit B", partOf: centre.id)
    }
    let person = try! PersonIdentifier(cpr: "0101801235")

    func record(_ episode: String, kind: DischargeDocumentKind = .agreement, agreed: String?, social: Int = 1)
        -> DischargeDocumentRecord
    {
        DischargeDocumentRecord(
            documentID: "doc-\(episode)", resident: person, episode: try! .init(episode), kind: kind,
            basis: .mandatory, agreedOn: agreed.map(day), refusedOn: kind == .coordinationPlan ? agreed.map(day) : nil,
            treatmentOffers: 1, socialOffers: social, parties: 1, consultant: "Karen Holm")
    }

    func report(networkMeetings: [NetworkMeetingRequest] = []) throws -> DischargeComplianceReport {
        let cases = [
            DischargeCase(
                stay: try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardA.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay("E2", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardA.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay("E3", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardA.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay("E4", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardB.id),
                basis: .consultantAssessment),
            DischargeCase(
                stay: try stay("E5", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardB.id), basis: nil),
            DischargeCase(
                stay: try stay("E6", admitted: "2026-03-01", discharged: "2026-04-02", ward: wardB.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay("E7", admitted: "2026-03-01", discharged: nil, ward: wardB.id), basis: .mandatory),
        ]
        let documents = [
            record("E1", agreed: "2026-03-06"), record("E2", agreed: "2026-03-09"),
            record("E4", kind: .coordinationPlan, agreed: "2026-03-05", social: 0), record("E6", agreed: "2026-03-01"),
            record("E2", agreed: "2026-03-10"),
        ]
        return DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases, documents: documents,
            persons: [residentID: person], networkMeetings: networkMeetings,
            organisations: [region, centre, wardA, wardB])
    }

    @Test func countsInTimeLateMissingAndContentPerWardCentreAndRegion() throws {
        let report = try report()
        let total = report.total
        #expect(total.discharges == 5)
        #expect(total.required == 4)
        #expect(total.inTime == 2)
        #expect(total.late == 1)
        #expect(total.missing == 1)
        #expect(total.contentIncomplete == 1)
        #expect(total.contentComplete == 2)
        #expect(total.failedRules == ["content.social-offers": 1])
        #expect(report.rows.map(\.scope.level) == [.region, .centre, .ward, .ward])
        let a = try #require(report.row(for: wardA.id)).counts
        #expect((a.required, a.inTime, a.late, a.missing) == (3, 1, 1, 1))
        let b = try #require(report.row(for: wardB.id)).counts
        #expect((b.discharges, b.required, b.inTime) == (2, 1, 1))
        #expect(report.row(for: centre.id)?.counts == report.row(for: region.id)?.counts)
    }

    @Test func exceptionsCarryFindingsCitingTheStatute() throws {
        let report = try report()
        #expect(report.exceptions.map(\.episode.value) == ["E2", "E3", "E4"])
        let missing = try #require(report.exceptions.first { $0.episode.value == "E3" }).findings()
        #expect(missing.findings.map(\.code) == ["compliance.document-missing"])
        #expect(missing.findings[0].source.reference == "psykiatriloven §13a stk. 1")
        let late = try #require(report.exceptions.first { $0.episode.value == "E2" })
        #expect(late.status == .late(.agreement, documentID: "doc-E2", daysLate: 3))
        let incomplete = try #require(report.exceptions.first { $0.episode.value == "E4" }).findings()
        #expect(incomplete.findings.map(\.code) == ["content.social-offers"])
    }

    @Test(arguments: [("2026-03-13", 1, 0, 0), ("2026-03-16", 0, 1, 0), (nil, 0, 0, 1)] as [(String?, Int, Int, Int)])
    func networkMeetingsAreSlottedWithinFiveWorkingDays(_ slot: String?, _ inTime: Int, _ late: Int, _ none: Int)
        throws
    {
        // Requested Friday 2026-03-06; 5 working days later is Friday 2026-03-13.
        let request = NetworkMeetingRequest(
            resident: residentID, episode: try .init("E5"), requestedBy: .municipality, requestedOn: day("2026-03-06"),
            slottedFor: slot.map(day))
        let total = try report(networkMeetings: [request]).total
        #expect(total.networkMeetingsRequested == 1)
        #expect(
            (total.networkMeetingsInTime, total.networkMeetingsLate, total.networkMeetingsNotSlotted) == (
                inTime, late, none
            ))
    }

    @Test("a year of ten thousand discharges is counted per ward as one by one, its exceptions by date, then case")
    func aLargeYearCountsAsOneByOne() throws {
        let other = ResidentBuilder("compliance-other").id
        let otherPerson = try PersonIdentifier(cpr: "0202802345")
        let start = day("2026-01-01")
        var cases: [DischargeCase] = []
        var documents: [DischargeDocumentRecord] = []
        var expected: [Organisation.ID: DischargeComplianceReport.Counts] = [:]
        var exceptions: [(day: CalendarDate, order: Int, episode: String)] = []
        for index in 0..<10_000 {
            let ward = index.isMultiple(of: 3) ? wardA.id : wardB.id
            let discharged = start.adding(days: index * 37 % 360)
            let episode = "E\(index)"
            let basis: DischargeLegalBasis? = index.isMultiple(of: 5) ? nil : .mandatory
            cases.append(
                DischargeCase(
                    stay: try stay(
                        episode, admitted: discharged.adding(days: -2).iso8601, discharged: discharged.iso8601,
                        ward: ward),
                    basis: basis))
            // In time, late, in time without social offers (an incomplete content), or missing.
            switch index % 4 {
            case 0: documents.append(record(episode, agreed: discharged.iso8601))
            case 1: documents.append(record(episode, agreed: discharged.adding(days: 3).iso8601))
            case 2: documents.append(record(episode, agreed: discharged.iso8601, social: 0))
            default: break
            }
            expected[ward, default: .init()].discharges += 1
            guard basis != nil else { continue }
            expected[ward, default: .init()].required += 1
            switch index % 4 {
            case 0, 2:
                expected[ward, default: .init()].inTime += 1
                if index % 4 == 0 {
                    expected[ward, default: .init()].contentComplete += 1
                } else {
                    expected[ward, default: .init()].contentIncomplete += 1
                }
            case 1:
                expected[ward, default: .init()].late += 1
                expected[ward, default: .init()].contentComplete += 1
            default: expected[ward, default: .init()].missing += 1
            }
            if index % 4 != 0 { exceptions.append((discharged, index, episode)) }
        }
        // Another resident's documents naming this resident's episodes: input problems, counted for nobody.
        for index in 0..<10 {
            documents.append(
                DischargeDocumentRecord(
                    documentID: "other-\(index)", resident: otherPerson, episode: try .init("E\(index)"),
                    kind: .agreement, basis: .mandatory, agreedOn: start, refusedOn: nil, treatmentOffers: 1,
                    socialOffers: 1, parties: 1, consultant: "Karen Holm"))
        }
        let report = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-01-01", "2026-12-31"), cases: cases, documents: documents,
            persons: [residentID: person, other: otherPerson], organisations: [region, centre, wardA, wardB])
        for ward in [wardA.id, wardB.id] {
            let counts = try #require(report.row(for: ward)).counts
            let wanted = try #require(expected[ward])
            #expect(
                (counts.discharges, counts.required, counts.inTime, counts.late, counts.missing)
                    == (wanted.discharges, wanted.required, wanted.inTime, wanted.late, wanted.missing))
            #expect(
                (counts.contentComplete, counts.contentIncomplete) == (wanted.contentComplete, wanted.contentIncomplete)
            )
            #expect(counts.failedRules == ["content.social-offers": wanted.contentIncomplete])
        }
        #expect(report.total.discharges == 10_000)
        let ordered = exceptions.sorted { ($0.day, $0.order) < ($1.day, $1.order) }.map(\.episode)
        #expect(report.exceptions.map(\.episode.value) == ordered)
        #expect(report.documentMismatches.map(\.documentID) == (0..<10).map { "other-\($0)" })
    }

    @Test func rendersCSVAndMarkdown() throws {
        let report = try report()
        let csv = report.csv().split(separator: "\n")
        #expect(csv.count == 5)
        #expect(csv[0].hasPrefix("level,organisation,name,discharges,required,in_time,late,missing"))
        #expect(csv[1].hasPrefix("region,\(region.id.uuidString),Region Test,5,4,2,1,1,2,1,"))
        #expect(csv[1].hasSuffix(",content.social-offers=1"))
        let markdown = report.markdown()
        #expect(
            markdown.contains("| Region Test | 5 | 4 | 2/4 (50.0 %) | 1/4 (25.0 %) | 1/4 (25.0 %) | 2/3 (66.7 %) |"))
        #expect(markdown.contains("| `content.social-offers` | 1 | psykiatriloven §13a stk. 1 |"))
    }

    @Test func syntheticRegionReportIsConsistent() throws {
        let region = try SyntheticRegion.generate(.hovedstaden)
        let derived = try DischargeSyntheticDocuments.derive(from: region)
        let again = try DischargeSyntheticDocuments.derive(from: region)
        #expect(derived.records == again.records, "the generator is deterministic")
        let report = DischargeComplianceReport.build(
            period: region.period, cases: derived.cases, documents: derived.records, persons: derived.persons,
            followUps: region.followUps(stays: derived.stays), networkMeetings: derived.networkMeetings,
            organisations: region.organisations)
        let total = report.total
        #expect(total.required > 500)
        #expect(total.required == total.inTime + total.late + total.missing)
        #expect(total.inTime + total.late == total.contentComplete + total.contentIncomplete)
        #expect(total.missing * 10 > total.required * 4, "many required documents are missing, as Rigsrevisionen found")
        #expect(total.contentIncomplete > 0 && total.late > 0)
        #expect(total.followUpsEvaluated > 0 && total.networkMeetingsRequested > 0)
        #expect(report.rows(.centre).count == region.parameters.teams)
        var wardSum = DischargeComplianceReport.Counts()
        for row in report.rows(.ward) { wardSum.required += row.counts.required }
        #expect(wardSum.required == total.required)
        #expect(derived.plans.allSatisfy { $0.content.refusal == nil || !$0.content.patientIsParty })
    }

    @Test func aDocumentCountsOnlyForItsOwnResidentsStayAndAnotherResidentsEpisodeIsAnInputProblem() throws {
        // Two residents whose stays on different wards carry the same local episode number.
        let other = ResidentBuilder("discharge-tests-other").id
        let otherPerson = try PersonIdentifier(cpr: "0202802468")
        let cases = [
            DischargeCase(
                stay: try stay("P3-118", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardA.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay(
                    "P3-118", admitted: "2026-03-02", discharged: "2026-03-09", ward: wardB.id, resident: other),
                basis: .mandatory),
        ]
        // Only the other resident's agreement exists, in time for the other resident's discharge.
        let documents = [
            DischargeDocumentRecord(
                documentID: "doc-other", resident: otherPerson, episode: try .init("P3-118"), kind: .agreement,
                basis: .mandatory, agreedOn: day("2026-03-05"), refusedOn: nil, treatmentOffers: 1, socialOffers: 1,
                parties: 1, consultant: "Karen Holm")
        ]
        let report = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases, documents: documents,
            persons: [residentID: person, other: otherPerson], organisations: [region, centre, wardA, wardB])
        #expect(report.total.required == 2)
        #expect(report.total.inTime == 1)
        #expect(report.total.missing == 1, "the other resident's agreement does not make this discharge in time")
        #expect(report.row(for: wardA.id)?.counts.missing == 1)
        #expect(report.row(for: wardB.id)?.counts.inTime == 1)
        #expect(report.documentMismatches.isEmpty, "the document matches its own resident's stay")

        // A register row naming this resident with the other resident's episode is an input problem.
        let wrong = DischargeDocumentRecord(
            documentID: "doc-wrong", resident: person, episode: try .init("P3-119"), kind: .agreement,
            basis: .mandatory, agreedOn: day("2026-03-05"), refusedOn: nil, treatmentOffers: 1, socialOffers: 1,
            parties: 1, consultant: "Karen Holm")
        let otherStay = DischargeCase(
            stay: try stay("P3-119", admitted: "2026-03-02", discharged: "2026-03-09", ward: wardB.id, resident: other),
            basis: .mandatory)
        let withProblem = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases + [otherStay],
            documents: documents + [wrong], persons: [residentID: person, other: otherPerson],
            organisations: [region, centre, wardA, wardB])
        #expect(withProblem.total.inTime == 1)
        #expect(withProblem.total.missing == 2, "neither this resident's stay nor P3-119 counts the wrong row")
        let mismatch = try #require(withProblem.documentMismatches.first)
        #expect(withProblem.documentMismatches.count == 1)
        #expect(mismatch.documentID == "doc-wrong")
        #expect(mismatch.stayResident == other)
        let finding = mismatch.finding
        #expect(finding.code == "compliance.document-episode-of-another-resident")
        #expect(finding.severity == .error)
        #expect(finding.source.reference == "psykiatriloven §13a stk. 1")
        #expect(!finding.message.contains("0101801235") && finding.message.contains("010180-xxxx"))
        #expect(withProblem.inputFindings.findings == [finding])
        #expect(withProblem.markdown().contains("compliance.document-episode-of-another-resident"))
    }

    @Test func followUpsAndNetworkMeetingsCountOnlyForTheirOwnResidentsStay() throws {
        let other = ResidentBuilder("discharge-tests-other").id
        let request = NetworkMeetingRequest(
            resident: other, episode: try .init("E5"), requestedBy: .municipality, requestedOn: day("2026-03-06"),
            slottedFor: day("2026-03-09"))
        #expect(try report(networkMeetings: [request]).total.networkMeetingsRequested == 0)
    }

    @Test func wardsWithoutAHierarchyRollUpByTheirRegionCode() throws {
        // The flat organisations file gives every ward its region code but no parent centre.
        let hovedstaden = OrganisationIdentifiers(region: .hovedstaden)
        let sjaelland = OrganisationIdentifiers(region: .sjaelland)
        let wardH = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "wh"), kind: .ward, name: "Afsnit H", identifiers: hovedstaden)
        let wardS = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "ws"), kind: .ward, name: "Afsnit S", identifiers: sjaelland)
        let regionH = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "rh"), kind: .region, name: "Region H",
            identifiers: hovedstaden)
        let cases = [
            DischargeCase(
                stay: try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardH.id),
                basis: .mandatory),
            DischargeCase(
                stay: try stay("E2", admitted: "2026-03-01", discharged: "2026-03-06", ward: wardS.id),
                basis: .mandatory),
            DischargeCase(stay: try stay("E3", admitted: "2026-03-01", discharged: "2026-03-06"), basis: .mandatory),
        ]
        let report = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases, documents: [],
            persons: [residentID: person], organisations: [wardH, wardS, regionH])
        let regions = report.rows(.region)
        #expect(regions.map(\.scope.name) == ["Region H", "Region Sjælland", "unknown"])
        #expect(regions.map(\.scope.region) == [.hovedstaden, .sjaelland, nil])
        #expect(regions[0].scope.organisation == regionH.id, "the region organisation with the code names the row")
        #expect(regions.map(\.counts.required) == [1, 1, 1])
        let centres = report.rows(.centre)
        #expect(centres.count == 3, "an unknown centre in each region is its own row")
        #expect(Set(centres.map(\.scope.region)) == [.hovedstaden, .sjaelland, nil])
        // A hierarchy says otherwise: the region above the centre decides, not the ward's own code.
        let hierarchy = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "wh2"), kind: .ward, name: "Afsnit H2",
            identifiers: sjaelland, partOf: centre.id)
        let placed = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"),
            cases: [
                DischargeCase(
                    stay: try stay("E4", admitted: "2026-03-01", discharged: "2026-03-06", ward: hierarchy.id),
                    basis: .mandatory)
            ], documents: [], persons: [:], organisations: [hierarchy, centre, region])
        #expect(placed.rows(.region).map(\.scope.organisation) == [region.id])
        #expect(placed.rows(.region).map(\.scope.name) == ["Region Test"])
    }
}
