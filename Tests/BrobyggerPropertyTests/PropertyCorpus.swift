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

        values.append(("intake-limits", IntakeLimits.standard))
        values.append(("intake-limits small", try IntakeLimits(fieldBytes: 1_024, columnsPerRow: 40)))
        try Self.appendWorklists(to: &values, records: records, stays: stays, discharge: discharge, region: region)
        try Self.appendCareCommunications(to: &values, resident: records[0].id)

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

    /// The §13a worklist at a few instants of the year (on the day after an admission, so that stays are open), with
    /// and without the discharge documents, the changes between the two, and agreement drafts for the open stays.
    static func appendWorklists(
        to values: inout [(label: String, value: any Codable & Equatable & Sendable)], records: [ResidentRecord],
        stays: [Stay], discharge: DischargeSyntheticDocuments, region: SyntheticRegion
    ) throws {
        let documents =
            discharge.agreements.map { DischargeWorklistDocument($0) }
            + discharge.plans.map { DischargeWorklistDocument($0) }
        let residents = records.map(\.resident)
        let placements = records.flatMap(\.placements)
        let inputs = DischargeWorklistInputs(
            stays: stays, placements: placements, documents: documents, residents: residents,
            facilities: region.facilities, organisations: region.organisations)
        var withoutDocuments = inputs
        withoutDocuments.documents = []
        let policies = [DischargeWorklistPolicy.standard, try DischargeWorklistPolicy(attentionAfterDays: 2)]
        values.append(("worklist-policy", policies[1]))
        for (index, document) in documents.prefix(10).enumerated() {
            values.append(("worklist-document[\(index)]", document))
        }
        for scope in [DischargeWorklist.Scope.openStays, .allResidents] { values.append(("worklist-scope", scope)) }
        let admitted = stays.filter { $0.wardType == .psychiatric }.map(\.admittedAt).sorted()
        for (index, admission) in admitted.enumerated() where index % max(1, admitted.count / 6) == 0 {
            let asOf = admission.adding(seconds: 86_400)
            let policy = policies[index % 2]
            let worklist = DischargeWorklist.build(asOf: asOf, inputs: inputs, policy: policy)
            values.append(("worklist[\(index)]", worklist))
            for entry in worklist.entries.prefix(3) { values.append(("worklist-entry-id[\(index)]", entry.id)) }
            values.append(
                ("worklist without documents[\(index)]", DischargeWorklist.build(asOf: asOf, inputs: withoutDocuments)))
            for (number, change) in DischargeWorklistChange.changes(from: withoutDocuments, to: inputs, asOf: asOf)
                .prefix(5).enumerated()
            {
                values.append(("worklist-change[\(index)][\(number)]", change))
            }
            for stay in stays where stay.isOngoing == false && stay.admittedAt <= asOf && stay.wardType == .psychiatric
            {
                guard let resident = residents.first(where: { $0.id == stay.resident }) else { continue }
                let placed = placements.filter { $0.resident == resident.id }
                guard !placed.isEmpty else { continue }
                let draft = try DischargeAgreementDraft.prefill(
                    stay: stay, resident: resident, placements: placed, asOf: asOf.calendarDate)
                values.append(("agreement-draft[\(index)]", draft))
                break
            }
        }
    }

    /// MedCom's CareCommunication examples read as messages, each stored on a record with its acknowledgement.
    static func appendCareCommunications(
        to values: inout [(label: String, value: any Codable & Equatable & Sendable)], resident: Resident.ID
    ) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("CareCommunication_") }.sorted { $0.path < $1.path }
        let ids = SequentialIdentifierSource(seed: 0xCA2E)
        for file in files {
            let message = try CareCommunication(json: try Data(contentsOf: file))
            values.append((file.lastPathComponent, message))
            let acknowledgement = try MedComAcknowledgement.acknowledging(
                message.messageID, from: message.receiver, to: message.sender, code: .ok,
                messageID: try FHIR.ID(ids.nextUUID().uuidString.lowercased()), sentAt: message.timestamp)
            values.append((file.lastPathComponent + " acknowledgement", acknowledgement))
            let issue = MedComAcknowledgement.Issue(
                severity: "error", type: "structure", detailSystem: MedComAcknowledgement.Issue.hl7System,
                detailCode: "MSG_BAD_FORMAT", text: "entry[2].resource.category: required element missing")
            values.append(
                (
                    file.lastPathComponent + " negative acknowledgement",
                    try MedComAcknowledgement.acknowledging(
                        message.messageID, from: message.receiver, to: message.sender, code: .fatalError,
                        issues: [issue], messageID: try FHIR.ID(ids.nextUUID().uuidString.lowercased()),
                        sentAt: message.timestamp)
                ))
            let record = try CareCommunicationRecord(
                id: CareCommunicationRecord.ID(rawValue: ids.nextUUID()), resident: resident, direction: .received,
                message: message, acknowledgement: acknowledgement)
            values.append((file.lastPathComponent + " record", record))
        }
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
