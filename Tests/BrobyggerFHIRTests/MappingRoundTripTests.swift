import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// Writes a resource as FHIR JSON and reads it back with the fast reader, as a receiver would.
func throughJSON<Resource: Codable & Sendable>(_ resource: Resource) throws -> Resource {
    try FHIR.decode(Resource.self, from: FHIR.encode(resource))
}

@Suite("Domain ↔ FHIR mappings: round trips")
struct MappingRoundTripTests {
    @Test("A resident survives Patient and FHIR JSON unchanged", arguments: [1, 2] as [UInt64])
    func resident(seed: UInt64) throws {
        let residents = try MappingGenerators.residents(seed: seed)
        #expect(residents.count >= 300)
        #expect(residents.contains { $0.proxy?.scope != nil })
        #expect(residents.contains { !$0.gafScores.isEmpty && $0.diagnoses.count > 1 })
        for resident in residents {
            let patient = try throughJSON(FHIR.Patient(resident))
            #expect(try Resident(patient) == resident)
        }
    }

    @Test("A course event survives Encounter and FHIR JSON unchanged", arguments: [3, 4] as [UInt64])
    func courseEvent(seed: UInt64) throws {
        let events = try MappingGenerators.events(seed: seed)
        #expect(events.count >= 300)
        #expect(Set(events.map(\.kind)).isSuperset(of: CourseEventKind.known.filter { $0 != .death }))
        #expect(events.contains { $0.isCancellation } && events.contains { $0.amendment != nil && !$0.isCancellation })
        for event in events {
            let encounter = try throughJSON(FHIR.Encounter(event))
            #expect(try CourseEvent(encounter) == event)
        }
    }

    @Test("Every course event kind, including unrecognised ones and a death, round-trips")
    func everyKind() throws {
        let resident = try ResidentBuilder("kinds").build()
        let at = try Instant(iso8601: "2026-02-03T04:05:06.789+01:00")
        for kind in CourseEventKind.known + [.unrecognized("STXX")] {
            let event = try CourseEvent(
                id: WriterFixtures.eventID(), resident: resident.id, episode: EpisodeOfCareIdentifier("E"), kind: kind,
                instant: at, wardType: .somatic,
                admission: kind.isAdmission ? AdmissionDetails(legalStatus: .detention) : nil)
            #expect(try CourseEvent(throughJSON(FHIR.Encounter(event))) == event)
        }
    }
}

@Suite("Domain ↔ FHIR mappings: organisations and teams")
struct OrganisationMappingRoundTripTests {
    @Test("A residential facility survives Organization and FHIR JSON unchanged")
    func facility() throws {
        let facilities = try MappingGenerators.facilities(seed: 5)
        #expect(facilities.count >= 100)
        for facility in facilities {
            #expect(try ResidentialFacility(throughJSON(FHIR.Organization(facility))) == facility)
        }
    }

    @Test("An outreach team survives CareTeam and FHIR JSON unchanged")
    func team() throws {
        let teams = try MappingGenerators.teams(seed: 6)
        #expect(teams.count >= 24)
        #expect(teams.contains { !$0.onCallRota.isEmpty && !$0.servedFacilities.isEmpty })
        for team in teams {
            #expect(try OutreachTeam(throughJSON(FHIR.CareTeam(team))) == team)
        }
    }
}

@Suite("Domain ↔ FHIR mappings: relational coordination")
struct RelationalCoordinationMappingRoundTripTests {
    static func survey(seed: UInt64) -> RelationalCoordinationSyntheticSurvey {
        var generator = RelationalCoordinationSurveyGenerator(
            respondents: 160, workgroups: 6, rounds: 2, missingAnswerRate: 0.1, seed: seed)
        generator.groupSizeVariation = 0.3
        return generator.generate()
    }

    /// Instruments that differ from the standard one: other option orders, scores and counts.
    static func instruments(seed: UInt64) throws -> [RelationalCoordinationInstrument] {
        var random = SyntheticRegionRandom(seed: seed)
        return try [RelationalCoordinationInstrument.standard]
            + (1...40).map { number throws(ValidationError) in
                try RelationalCoordinationInstrument(
                    id: "test.rc.\(number)", version: "\(random.int(1...9)).\(random.int(0...20))",
                    items: RelationalCoordinationDimension.allCases.shuffled(using: &random).map {
                        dimension throws(ValidationError) in
                        try RelationalCoordinationItem(
                            dimension: dimension,
                            options: (1...random.int(2...15)).map { option throws(ValidationError) in
                                try RelationalCoordinationAnswerOption(id: "o\(option)", score: random.int(1...5))
                            })
                    })
            }
    }

    @Test("An instrument survives Questionnaire and FHIR JSON unchanged, scores as itemWeight")
    func instrument() throws {
        for instrument in try Self.instruments(seed: 8) {
            let questionnaire = try throughJSON(FHIR.Questionnaire(instrument))
            #expect(try RelationalCoordinationInstrument(questionnaire) == instrument)
            let weights = questionnaire.item[0].item.dropFirst().flatMap { $0.answerOption.compactMap(\.itemWeight) }
            #expect(weights == instrument.items.flatMap { $0.options.map { Decimal($0.score) } })
        }
    }

    @Test("Survey responses survive QuestionnaireResponse and FHIR JSON unchanged", arguments: [11, 12] as [UInt64])
    func responses(seed: UInt64) throws {
        let synthetic = Self.survey(seed: seed)
        #expect(synthetic.responses.count >= 300)
        #expect(synthetic.responses.contains { $0.ratings.contains { $0.answers.answeredCount < 7 } })
        for response in synthetic.responses {
            let resource = try throughJSON(
                FHIR.QuestionnaireResponse(response, instrument: synthetic.survey.instrument))
            #expect(try RelationalCoordinationResponse(resource, instrument: synthetic.survey.instrument) == response)
        }
    }

    @Test("A position the instrument lacks travels as an integer and comes back")
    func unknownPosition() throws {
        let response = RelationalCoordinationResponse(
            respondent: try RelationalCoordinationRespondent(pseudonym: "R-17"),
            workgroup: RelationalCoordinationWorkgroup.ID(rawValue: UUID()),
            round: RelationalCoordinationRound.ID(rawValue: UUID()),
            ratings: [
                RelationalCoordinationRating(
                    rated: RelationalCoordinationWorkgroup.ID(rawValue: UUID()),
                    answers: try RelationalCoordinationAnswers(positions: [15, 1, nil, 2, 3, 4, 5]))
            ])
        let instrument = RelationalCoordinationInstrument.standard
        let resource = try throughJSON(FHIR.QuestionnaireResponse(response, instrument: instrument))
        #expect(resource.item[0].item[1].answer.first?.value == .integer(15))
        #expect(try RelationalCoordinationResponse(resource, instrument: instrument) == response)
    }
}

@Suite("Domain ↔ FHIR mappings: coordinated care plans")
struct CarePlanMappingRoundTripTests {
    @Test("A care plan survives CarePlan, Goal, CareTeam, Consent and FHIR JSON, losing only its meetings")
    func carePlan() throws {
        let plans = try MappingGenerators.carePlans(seed: 21)
        #expect(plans.count >= 300)
        #expect(plans.contains { !$0.meetings.isEmpty } && plans.contains { !$0.efforts.isEmpty })
        #expect(plans.contains { $0.sharingConsent != nil && $0.status.isClosed })
        #expect(plans.contains { $0.efforts.contains { $0.subGoal != nil } })
        for plan in plans {
            let resources = CarePlanResources(plan)
            let read = CarePlanResources(
                carePlan: try throughJSON(resources.carePlan), goals: try resources.goals.map(throughJSON),
                careTeam: try throughJSON(resources.careTeam), consent: try resources.consent.map(throughJSON))
            #expect(read == resources)
            #expect(try CoordinatedCarePlan(read) == plan.withoutMeetings())
        }
    }

    @Test("The CarePlan refers to its Goals and CareTeam, and its efforts to their sub-goals")
    func references() throws {
        let plan = try #require(try MappingGenerators.carePlans(seed: 22).first { !$0.subGoals.isEmpty })
        let resources = CarePlanResources(plan)
        #expect(resources.carePlan.goal.map(\.reference) == resources.goals.map { "Goal/\($0.id?.rawValue ?? "")" })
        #expect(resources.carePlan.careTeam.first?.reference == "CareTeam/\(resources.careTeam.id?.rawValue ?? "")")
        #expect(resources.carePlan.subject.reference == "Patient/\(plan.resident.uuidString)")
        let goalIDs = Set(resources.goals.compactMap { $0.id.map { "Goal/\($0.rawValue)" } })
        for activity in resources.carePlan.activity {
            for goal in activity.detail?.goal ?? [] { #expect(goalIDs.contains(goal.reference ?? "")) }
        }
    }
}

@Suite("Domain ↔ FHIR mappings: discharge agreements and coordination plans")
struct DischargeMappingRoundTripTests {
    static let documents: DischargeSyntheticDocuments? = try? DischargeSyntheticDocuments.derive(
        from: MappingGenerators.region)

    /// A document as its CarePlan reads back: the current content with the current version's provenance.
    static func current(_ history: RevisionHistory<DischargeContent>) -> RevisionHistory<DischargeContent> {
        RevisionHistory(initial: history.currentDocument, provenance: history.current.provenance)
    }

    /// The synthetic agreements, every other one revised: a refusal, early signs, evidence, a validity and a
    /// registration reference added in a second version.
    static func agreements(seed: UInt64) throws -> [DischargeAgreement] {
        var random = SyntheticRegionRandom(seed: seed)
        let documents = try #require(Self.documents)
        return try documents.agreements.map { agreement in
            guard random.chance(0.5) else { return agreement }
            var content = agreement.content
            let fallback = try CalendarDate(iso8601: "2026-01-15")
            let concluded = content.concludedOn ?? fallback
            content.earlySigns.append(EarlySign(sign: "Isolerer sig", response: "Teamet ringer samme dag"))
            content.basisEvidence.append("Tre indlæggelser det seneste år")
            content.validity = try DayRange(
                start: concluded, end: random.chance(0.5) ? concluded.adding(days: 180) : nil)
            content.registrationReference = random.chance(0.5) ? "LPR-\(random.int(1_000...9_999))" : nil
            if random.chance(0.5) {
                content.refusal = PatientRefusal(
                    refusedOn: concluded.adding(days: 3),
                    recordedBy: random.chance(0.5)
                        ? Author(
                            name: try PersonName(given: "Mette", family: "Holm"), professional: random.nextIdentifier())
                        : nil,
                    note: random.chance(0.5) ? "Ønsker ikke aftalen" : nil)
            }
            let provenance = Provenance(
                author: Author(
                    name: try PersonName(given: "Søren", family: "Dahl"), organisation: random.nextIdentifier()),
                instant: agreement.history.current.provenance.instant.adding(seconds: 86_400), reason: "Revideret")
            return try DischargeAgreement(
                id: agreement.id, history: agreement.history.appending(content, provenance: provenance))
        }
    }

    @Test("A discharge agreement survives CarePlan and FHIR JSON: its current version, exactly")
    func agreements() throws {
        let agreements = try Self.agreements(seed: 31)
        #expect(agreements.count >= 100)
        #expect(agreements.contains { $0.history.versions.count > 1 && $0.content.refusal?.recordedBy != nil })
        for agreement in agreements {
            let carePlan = try throughJSON(FHIR.CarePlan(agreement))
            #expect(DischargeContent.kind(of: carePlan) == .agreement)
            let read = try DischargeAgreement(carePlan)
            #expect(read.id == agreement.id)
            #expect(read.history == Self.current(agreement.history))
            #expect(try DischargeContent(carePlan) == agreement.content)
        }
    }

    @Test("A coordination plan survives CarePlan and FHIR JSON, with §13b among its categories")
    func plans() throws {
        let documents = try #require(Self.documents)
        #expect(!documents.plans.isEmpty)
        for plan in documents.plans {
            let carePlan = try throughJSON(FHIR.CarePlan(plan))
            #expect(carePlan.category.flatMap(\.coding).contains { $0.code == "13b" })
            let read = try CoordinationPlan(carePlan)
            #expect(read.id == plan.id)
            #expect(read.history == Self.current(plan.history))
        }
    }

    @Test("An agreement's CarePlan is not read as a coordination plan")
    func wrongKind() throws {
        let agreement = try #require(Self.documents?.agreements.first)
        let error = #expect(throws: FHIRError.self) { try CoordinationPlan(FHIR.CarePlan(agreement)) }
        #expect(error?.code == "brobygger.discharge-document-kind")
        #expect(error?.path == "category")
    }
}

@Suite("Domain ↔ FHIR mappings: collaboration agreements")
struct CollaborationAgreementMappingTests {
    typealias F = AgreementFixtures

    /// Agreements for many facilities: drafts, signed, and signed and revised.
    static func agreements(seed: UInt64) throws -> [CollaborationAgreement] {
        var random = SyntheticRegionRandom(seed: seed)
        return try (1...120).map { number in
            let facility = F.facility(named: "Botilbud \(number)", number: number)
            let regional = random.chance(0.5)
            var agreement = CollaborationAgreement(
                id: random.nextIdentifier(),
                template: regional ? .regionHovedstadenFacilityTeam : .crossSectorCollaborationModel,
                terms: regional
                    ? F.regionHovedstadenTerms(facility: facility) : F.collaborationModelTerms(facility: facility))
            guard random.chance(0.8) else { return agreement }
            let signed = F.date("2026-01-1\(random.int(0...9))")
            try agreement.sign(F.centreSignature(on: signed))
            try agreement.sign(F.facilitySignature(for: facility, on: signed))
            try agreement.activate(effectiveFrom: signed.adding(days: 7), provenance: F.provenance(on: signed))
            return agreement
        }
    }

    @Test("An agreement survives a DocumentReference and FHIR JSON unchanged, with its rendering for people")
    func roundTrip() throws {
        let agreements = try Self.agreements(seed: 41)
        #expect(agreements.contains { $0.history == nil } && agreements.contains { $0.history != nil })
        for agreement in agreements {
            let resource = try throughJSON(CollaborationAgreementDocumentReference.resource(agreement))
            #expect(resource.resourceType == "DocumentReference")
            #expect(try CollaborationAgreement(documentReference: resource) == agreement)
            guard case .other(_, let json) = resource, case .array(let contents)? = json["content"],
                case .object(let first) = contents[0], case .object(let attachment)? = first["attachment"],
                case .string(let base64)? = attachment["data"], let data = Data(base64Encoded: base64)
            else {
                Issue.record("no rendered content")
                continue
            }
            #expect(String(decoding: data, as: UTF8.self).contains(agreement.template.title.danish))
        }
    }

    @Test("A resource that is not a DocumentReference, or lacks the agreement, is a typed error")
    func badInput() throws {
        let agreement = try #require(try Self.agreements(seed: 42).first)
        let patient = FHIR.Resource.patient(FHIR.Patient())
        #expect(throws: FHIRError.wrongResourceType(path: .root, expected: "DocumentReference", found: "Patient")) {
            try CollaborationAgreement(documentReference: patient)
        }
        guard case .other(let type, var json) = try CollaborationAgreementDocumentReference.resource(agreement) else {
            Issue.record("not a raw resource")
            return
        }
        json["masterIdentifier"] = .object(["value": .string("another")])
        let error = #expect(throws: FHIRError.self) {
            try CollaborationAgreement(documentReference: .other(resourceType: type, json: json))
        }
        #expect(error?.path == "masterIdentifier.value")
        json["content"] = .array([])
        #expect(throws: FHIRError.missingElement(path: "content")) {
            try CollaborationAgreement(documentReference: .other(resourceType: type, json: json))
        }
    }
}
