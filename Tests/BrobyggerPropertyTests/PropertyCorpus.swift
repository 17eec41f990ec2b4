import Brobygger
import BrobyggerTesting
import Foundation

/// Generated cases for the properties: every storable document kind and the values an integration passes around,
/// derived deterministically from one seed through BrobyggerTesting's synthetic region, care plans, discharge
/// documents, survey generator and agreement fixtures.
struct PropertyCorpus {
    /// The seeds every property runs with; a failure names its seed.
    static let seeds: [UInt64] = [20_261_124, 7, 0xB10B]

    /// The seed this corpus was generated from.
    let seed: UInt64
    /// Every storable document, by kind.
    let documents: [DocumentKind: [any StorableDocument]]
    /// Other public values: reports, registers, boards and the region's records.
    let values: [(label: String, value: any Codable & Equatable & Sendable)]

    /// Generates the corpus for `seed`: a region of 160 residents over a year, 160 care plans, the region's
    /// discharge documents, a two-round survey and an agreement per facility in every lifecycle state.
    init(seed: UInt64) throws {
        self.seed = seed
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.seed = seed
        parameters.residents = 160
        parameters.facilities = 10
        parameters.teams = 2
        let region = try SyntheticRegion.generate(parameters)
        let records = try region.residentRecords()
        let register = region.courseRegister()
        let stays = register.stays
        let carePlans = try region.carePlans(CarePlanGenerationParameters(seed: seed, count: 160))
        let discharge = try DischargeSyntheticDocuments.derive(from: region)
        var generator = RelationalCoordinationSurveyGenerator(
            respondents: 40, workgroups: 4, rounds: 2, missingAnswerRate: 0.1, seed: seed)
        generator.groupSizeVariation = 0.3
        let survey = generator.generate()
        let rounds = try survey.survey.rounds.map { round in
            try RelationalCoordinationRoundResponses(
                survey: survey.survey, round: round.id, responses: survey.responses.filter { $0.round == round.id })
        }
        let agreements = try Self.agreements(region: region, seed: seed)

        documents = [
            Organisation.documentKind: region.organisations,
            ResidentialFacility.documentKind: region.facilities,
            OutreachTeam.documentKind: region.teams,
            ResidentRecord.documentKind: records,
            CoordinatedCarePlan.documentKind: carePlans,
            DischargeAgreement.documentKind: discharge.agreements,
            CoordinationPlan.documentKind: discharge.plans,
            CollaborationAgreement.documentKind: agreements,
            RelationalCoordinationRoundResponses.documentKind: rounds,
        ]

        var values: [(label: String, value: any Codable & Equatable & Sendable)] = []
        values.append(("parameters", parameters))
        values.append(("register", register))
        let readmissions = ReadmissionAnalysis(stays: stays)
        for (index, element) in readmissions.links.enumerated() { values.append(("readmission[\(index)]", element)) }
        values.append(("consents", region.consents))
        values.append(("terms", region.terms))
        for (index, element) in region.professionals.enumerated() { values.append(("professional[\(index)]", element)) }
        for (index, element) in region.contacts.prefix(400).enumerated() {
            values.append(("contact[\(index)]", element))
        }
        for (index, element) in region.incidents.enumerated() { values.append(("incident[\(index)]", element)) }
        for (index, element) in region.medicationReviews.enumerated() { values.append(("review[\(index)]", element)) }
        for (index, element) in discharge.records.enumerated() {
            values.append(("discharge-record[\(index)]", element))
        }
        for (index, element) in discharge.networkMeetings.enumerated() {
            values.append(("network-meeting[\(index)]", element))
        }
        for (index, element) in discharge.cases.enumerated() { values.append(("discharge-case[\(index)]", element)) }

        var disclosures = DischargeDisclosureRegister()
        for agreement in discharge.agreements { disclosures.register(agreement) }
        values.append(("disclosures", disclosures))

        let period = region.period
        let compliance = DischargeComplianceReport.build(
            period: period, cases: discharge.cases, documents: discharge.records, persons: discharge.persons,
            networkMeetings: discharge.networkMeetings, organisations: region.organisations)
        values.append(("compliance", compliance))
        let today = period.end ?? period.start
        values.append(
            ("compliance-period", try ComplianceReportPeriod(discharges: stays.compactMap(\.endDate), today: today)))
        values.append(
            ("compliance-period given end", try ComplianceReportPeriod(to: today, discharges: [], today: today)))
        values.append(("plausible-window", try PlausibleDateWindow(earliest: period.start, yearsAhead: 3)))
        for document in SourceDocument.allCases { values.append(("source \(document.rawValue)", document)) }
        for kind in IntakeKind.allCases { values.append(("intake-kind \(kind.rawValue)", kind)) }
        for (index, record) in discharge.records.prefix(20).enumerated() {
            values.append(("register-entry[\(index)]", DischargeRegisterEntry(record: record)))
        }

        let scorer = RelationalCoordinationScorer(survey: survey.survey)
        var reports: [RelationalCoordinationReport] = []
        for round in survey.survey.rounds {
            reports.append(try scorer.score(survey.responses, round: round.id))
            values.append(("rc-report \(round.label)", reports[reports.count - 1]))
        }
        if reports.count >= 2 {
            values.append(("rc-change", try RelationalCoordinationChange(from: reports[0], to: reports[1])))
        }

        let overview = region.overviewRecords(stays: stays)
        let calculator = ResultIndicatorCalculator(
            residents: region.residents, facilities: region.facilities, teams: region.teams,
            placements: region.placements, stays: stays, contacts: region.contacts, incidents: region.incidents,
            medicationReviews: region.medicationReviews, coverage: .everything)
        let closed = try DayRange(start: period.start, end: period.end ?? period.start)
        for facility in region.facilities {
            values.append(
                ("indicators \(facility.name)", try calculator.indicators(for: .facility(facility.id), period: closed)))
            guard let team = facility.outreachTeam else { continue }
            let board = overview.board(
                facility: facility.id, team: team, week: ISOWeek(containing: closed.start.adding(days: 200)),
                viewer: region.teamViewer(team), terms: region.terms)
            values.append(("board \(facility.name)", board))
        }
        values += try Self.derivedValues(
            region: region, stays: stays, carePlans: carePlans, discharge: discharge, placements: region.placements)
        self.values = values
    }

    /// Values an integration derives from the records: determinations, follow-ups, plan histories and diffs, meetings
    /// due, the configuration values with their defaults, and MedCom notifications decoded from MedCom's examples.
    static func derivedValues(
        region: SyntheticRegion, stays: [Stay], carePlans: [CoordinatedCarePlan],
        discharge: DischargeSyntheticDocuments, placements: [Placement]
    ) throws -> [(label: String, value: any Codable & Equatable & Sendable)] {
        var values: [(label: String, value: any Codable & Equatable & Sendable)] = []
        for (index, stay) in stays.prefix(300).enumerated() {
            let determination = DischargeDetermination.determine(
                stay: stay, placements: placements.filter { $0.resident == stay.resident })
            values.append(("determination[\(index)]", determination))
        }
        for (index, followUp) in region.followUps(stays: stays).prefix(300).enumerated() {
            values.append(("follow-up[\(index)]", followUp))
        }
        let author = Author(name: try PersonName(given: "Karen", family: "Kirk"))
        for (index, plan) in carePlans.prefix(60).enumerated() {
            let provenance = Provenance(author: author, instant: try Instant(date: region.period.start, hour: 10))
            var history = CarePlanHistory(starting: plan, provenance: provenance)
            var revised = plan
            revised.nextMeeting = plan.nextMeeting?.adding(days: 14)
            revised.residentVoice = ResidentVoice(
                wishesAndDreams: ["Jeg vil have en hund."], recordedOn: region.period.start)
            if let next = try? history.appending(revised, provenance: provenance) { history = next }
            values.append(("care-plan-history[\(index)]", history))
            if let diff = history.diff(history.versions.count) { values.append(("care-plan-diff[\(index)]", diff)) }
        }
        let followUp = CarePlanFollowUp(plans: carePlans)
        for team in region.teams {
            for (index, due) in followUp.meetingsDue(in: .team(team.id), asOf: region.period.end ?? region.period.start)
                .enumerated()
            {
                values.append(("meeting-due \(team.name)[\(index)]", due))
            }
        }
        values += [
            ("readmission-policy", ReadmissionPolicy.standard), ("follow-up-policy", FollowUpPolicy.standard),
            ("care-plan-policy", CarePlanPolicy.regionHovedstaden),
            ("rc-configuration", RelationalCoordinationConfiguration.standard),
            ("rc-instrument", RelationalCoordinationInstrument.standard),
            ("access-policy", AccessPolicy.standard), ("calendar", DanishCalendar.standard),
            ("compliance-policy", DischargeCompliancePolicy.standard),
            ("determination-policy", DischargeDeterminationPolicy.standard),
            ("content-rules", DischargeContentRuleSet.statutory),
            ("template-region-hovedstaden", AgreementTemplate.regionHovedstadenFacilityTeam),
            ("template-collaboration-model", AgreementTemplate.crossSectorCollaborationModel),
            ("template-citizen-level", AgreementTemplate.citizenLevelCollaboration),
            ("discharge-mix", DischargeSyntheticMix.standard),
            ("target-group-rules", TargetGroupRules.midtjylland),
            (
                "registration-coverage",
                RegistrationCoverage(
                    alwaysRegistered: [.hospitalStays, .teamContacts],
                    registeredPeriods: [.violentEpisodes: [try DayRange(start: region.period.start)]])
            ),
        ]
        // A ward transfer joined into one hospital stay.
        let transferred = region.residents[0].id
        let contacts = [
            try Stay(
                resident: transferred, episode: try EpisodeOfCareIdentifier("transfer-1"),
                admissionKind: .admitEmergency,
                admittedAt: try Instant(iso8601: "2026-03-01T10:00:00+01:00"), legalStatus: .voluntary,
                contactReason: .selfHarm, endedAt: try Instant(iso8601: "2026-03-05T10:00:00+01:00")),
            try Stay(
                resident: transferred, episode: try EpisodeOfCareIdentifier("transfer-2"),
                admissionKind: .admitInpatient,
                admittedAt: try Instant(iso8601: "2026-03-05T12:00:00+01:00"), legalStatus: .detention,
                endedAt: try Instant(iso8601: "2026-03-09T15:00:00+01:00")),
        ]
        values += HospitalStayDefinition.national.joining(contacts).map { ("joined-stay", $0) }
        // The worked case "Peter": a plan through its meetings, with the follow-up's views of it.
        let peter = CarePlanPeterCase()
        let peterPlans = [peter.draft(), peter.preparedDraft(), peter.planAtFirstMeeting(), peter.planAtFollowUp()]
        for (index, plan) in peterPlans.enumerated() { values.append(("peter-plan[\(index)]", plan)) }
        values += [("peter-meeting-1", peter.firstMeeting()), ("peter-meeting-2", peter.secondMeeting())]
        let peterFollowUp = CarePlanFollowUp(plans: [peter.planAtFollowUp()] + carePlans)
        for day in [peter.followUpMeeting, peter.meetingAfterFollowUp.adding(days: 30)] {
            values.append(
                ("peter-resident-view \(day)", peterFollowUp.residentView(peter.resident.id, board: nil, asOf: day)))
            for team in region.teams {
                for (index, overdue) in peterFollowUp.overdueEfforts(in: .team(team.id), asOf: day).prefix(40)
                    .enumerated()
                {
                    values.append(("overdue-effort \(team.name) \(day)[\(index)]", overdue))
                }
            }
        }
        // Agreements: the register, statuses, notice periods and the changes between two sets of terms.
        let agreements = try Self.agreements(region: region, seed: 11)
        values.append(("agreement-register", try CollaborationAgreementRegister(agreements)))
        for (index, agreement) in agreements.enumerated() {
            for (point, open) in agreement.openPoints.enumerated() {
                values.append(("agreement-open-point[\(index)][\(point)]", open))
            }
            let day = region.period.start.adding(days: 40 * index)
            values.append(("agreement-status[\(index)]", agreement.status(on: day)))
            if let notice = agreement.noticePeriod(forNoticeGivenOn: day) {
                values.append(("notice-period[\(index)]", notice))
            }
        }
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        var amended = AgreementFixtures.regionHovedstadenTerms()
        amended.overviewMeeting = try OverviewMeetingSchedule(weekday: .tuesday, meetingsPerWeek: 2)
        amended.intensifiedEffortCriteria =
            amended.intensifiedEffortCriteria.isEmpty
            ? Array(AgreementFixtures.exampleCriteria.prefix(2)) : Array(amended.intensifiedEffortCriteria.dropFirst())
        for (index, change) in AgreementChange.differences(
            from: AgreementFixtures.regionHovedstadenTerms(), to: amended, template: template
        ).enumerated() {
            values.append(("agreement-change[\(index)]", change))
        }
        for url in try medComExamples() {
            let data = try Data(contentsOf: url)
            values.append((url.lastPathComponent, try JSONDecoder().decode(FHIR.Bundle.self, from: data)))
            values.append((url.lastPathComponent + " notification", try HospitalNotification(json: data)))
        }
        return values
    }

    /// MedCom's published hospital-notification examples, kept with the FHIR tests.
    static func medComExamples() throws -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && $0.lastPathComponent.hasPrefix("HospitalNotification_") }.sorted {
                $0.path < $1.path
            }
    }

    /// A collaboration agreement for every facility of the region, cycling through the templates and the lifecycle:
    /// draft, signed and active, amended with a pending draft, and under notice.
    static func agreements(region: SyntheticRegion, seed: UInt64) throws -> [CollaborationAgreement] {
        let facilities = region.organisations.filter { $0.kind == .residentialFacility }
        var random = SyntheticRegionRandom(seed: seed)
        return try facilities.enumerated().map { index, facility in
            let terms = AgreementFixtures.regionHovedstadenTerms(facility: facility)
            var agreement = CollaborationAgreement(
                id: random.nextIdentifier(), template: .regionHovedstadenFacilityTeam, terms: terms)
            let signed = AgreementFixtures.date("2026-01-05").adding(days: random.int(0...60))
            if index % 4 == 0 { return agreement }
            try agreement.sign(AgreementFixtures.centreSignature(on: signed))
            try agreement.sign(AgreementFixtures.facilitySignature(for: facility, on: signed.adding(days: 2)))
            try agreement.activate(
                effectiveFrom: signed.adding(days: 7),
                provenance: AgreementFixtures.provenance(on: signed.adding(days: 2)))
            if index % 4 == 2 {
                try agreement.propose(terms, note: "Revideret efter evaluering \(index)")
                try agreement.sign(AgreementFixtures.centreSignature(on: signed.adding(days: 100)))
            }
            if index % 4 == 3 {
                try agreement.terminate(
                    TerminationNotice(
                        givenOn: signed.adding(days: 200), givenBy: facility.id, reason: "Botilbuddet lukker"))
            }
            return agreement
        }
    }

    /// Every document of every kind, in a stable order.
    var allDocuments: [(kind: DocumentKind, index: Int, document: any StorableDocument)] {
        documents.keys.sorted().flatMap { kind in
            documents[kind]!.enumerated().map { (kind, $0.offset, $0.element) }
        }
    }

    /// The corpora, generated once per seed.
    static let all: [UInt64: PropertyCorpus] = {
        var corpora: [UInt64: PropertyCorpus] = [:]
        for seed in seeds { corpora[seed] = try! PropertyCorpus(seed: seed) }
        return corpora
    }()
}
