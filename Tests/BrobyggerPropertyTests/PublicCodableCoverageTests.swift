import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// The round-trip properties cover every public Codable type of the SDK: the list of types comes from the reviewed
/// public API (`Documentation/PublicAPI.md`, kept current by `scripts/api-surface.sh --check`), so a new public
/// Codable type fails this test until the generated data reaches it (or it is listed below with the reason).
struct PublicCodableCoverageTests {
    /// Public Codable types the generators do not reach yet, with why. Keep it short: each is a gap in the
    /// property tests. The test also fails when a type listed here is reached, so the list cannot go stale.
    static let notReached: [String: String] = [
        "AgreementDocumentFormat": notGenerated,
        "AgreementLanguage": notGenerated,
        "ChecklistItem": notGenerated,
        "ChecklistStatus": notGenerated,
        "ParameterProblem": notGenerated,
        "CarePlanClosingReason": notGenerated,
        "CarePlanFollowUpScope": notGenerated,
        "AccessRole.Sector": notGenerated,
        "AdministrativeSex": notGenerated,
        "AuthorisationID": notGenerated,
        "CVRNumber": notGenerated,
        "ContactDetails": notGenerated,
        "DanishCalendar.ClosedDay": notGenerated,
        "DocumentQuery": notGenerated,
        "ExpectedVersion": notGenerated,
        "IndexKey": notGenerated,
        "PublicHoliday": notGenerated,
        "PublicHoliday.Kind": notGenerated,
        "ReplacementPersonNumber": notGenerated,
        "ReplacementPersonNumber.Kind": notGenerated,
        "ValidationError": notGenerated,
        "AdherenceEvent": notGenerated,
        "AccessedDocument": notGenerated,
        "DischargeDocumentMismatch": notGenerated,
        "CompulsoryFollowUpCriterion": notGenerated,
        "CompulsoryFollowUpDecision": notGenerated,
        "CompulsoryFollowUpDecision.Order": notGenerated,
        "CompulsoryFollowUpEligibility": notGenerated,
        "CompulsoryFollowUpEligibility.Verdict": notGenerated,
        "CompulsoryFollowUpTerms": notGenerated,
        "ConsultantAssessment": notGenerated,
        "DischargeDisclosure": notGenerated,
        "DischargeDisclosure.Direction": notGenerated,
        "DischargeDisclosure.Purpose": notGenerated,
        "DischargeDocumentFacts": notGenerated,
        "DischargeDocumentRecord.FieldProblem": notGenerated,
        "DischargeDocumentRecord.ParseError": notGenerated,
        "DischargeParty.ContactPerson": notGenerated,
        "EarlySign": notGenerated,
        "OutreachTreatmentPrescription": notGenerated,
        "RiskAssessment": notGenerated,
        "FHIR.Address": fhirNotInMedCom,
        "FHIR.AddressType": fhirNotInMedCom,
        "FHIR.AddressUse": fhirNotInMedCom,
        "FHIR.AdministrativeGender": fhirNotInMedCom,
        "FHIR.Annotation": fhirNotInMedCom,
        "FHIR.Attachment": fhirNotInMedCom,
        "FHIR.Bundle.Entry.Request": fhirNotInMedCom,
        "FHIR.Bundle.Entry.Response": fhirNotInMedCom,
        "FHIR.Bundle.Entry.Search": fhirNotInMedCom,
        "FHIR.Bundle.Link": fhirNotInMedCom,
        "FHIR.CarePlan": fhirNotInMedCom,
        "FHIR.CarePlan.Activity": fhirNotInMedCom,
        "FHIR.CarePlan.Activity.Detail": fhirNotInMedCom,
        "FHIR.CarePlanActivityStatus": fhirNotInMedCom,
        "FHIR.CarePlanIntent": fhirNotInMedCom,
        "FHIR.CareTeam": fhirNotInMedCom,
        "FHIR.CareTeam.Participant": fhirNotInMedCom,
        "FHIR.CareTeamStatus": fhirNotInMedCom,
        "FHIR.Communication": fhirNotInMedCom,
        "FHIR.Communication.Payload": fhirNotInMedCom,
        "FHIR.Consent": fhirNotInMedCom,
        "FHIR.Consent.Policy": fhirNotInMedCom,
        "FHIR.Consent.Provision": fhirNotInMedCom,
        "FHIR.Consent.Provision.Actor": fhirNotInMedCom,
        "FHIR.Consent.Provision.DataReference": fhirNotInMedCom,
        "FHIR.Consent.Verification": fhirNotInMedCom,
        "FHIR.ConsentProvisionType": fhirNotInMedCom,
        "FHIR.ConsentState": fhirNotInMedCom,
        "FHIR.ContactPoint": fhirNotInMedCom,
        "FHIR.ContactPointSystem": fhirNotInMedCom,
        "FHIR.ContactPointUse": fhirNotInMedCom,
        "FHIR.Date": fhirNotInMedCom,
        "FHIR.EnableWhenBehavior": fhirNotInMedCom,
        "FHIR.Encounter.ClassHistory": fhirNotInMedCom,
        "FHIR.Encounter.Diagnosis": fhirNotInMedCom,
        "FHIR.Encounter.Location": fhirNotInMedCom,
        "FHIR.Encounter.Participant": fhirNotInMedCom,
        "FHIR.Encounter.StatusHistory": fhirNotInMedCom,
        "FHIR.EpisodeOfCare": fhirNotInMedCom,
        "FHIR.EpisodeOfCare.Diagnosis": fhirNotInMedCom,
        "FHIR.EpisodeOfCare.StatusHistory": fhirNotInMedCom,
        "FHIR.EpisodeOfCareStatus": fhirNotInMedCom,
        "FHIR.EventStatus": fhirNotInMedCom,
        "FHIR.Goal": fhirNotInMedCom,
        "FHIR.Goal.Target": fhirNotInMedCom,
        "FHIR.GoalLifecycleStatus": fhirNotInMedCom,
        "FHIR.HTTPVerb": fhirNotInMedCom,
        "FHIR.IdentifierUse": fhirNotInMedCom,
        "FHIR.MessageHeader.Response": fhirNotInMedCom,
        "FHIR.Organization.Contact": fhirNotInMedCom,
        "FHIR.Patient.Communication": fhirNotInMedCom,
        "FHIR.Patient.Contact": fhirNotInMedCom,
        "FHIR.Patient.Link": fhirNotInMedCom,
        "FHIR.Practitioner": fhirNotInMedCom,
        "FHIR.Practitioner.Qualification": fhirNotInMedCom,
        "FHIR.PractitionerRole": fhirNotInMedCom,
        "FHIR.PrimitiveElement": fhirNotInMedCom,
        "FHIR.PublicationStatus": fhirNotInMedCom,
        "FHIR.Quantity": fhirNotInMedCom,
        "FHIR.QuantityComparator": fhirNotInMedCom,
        "FHIR.Questionnaire": fhirNotInMedCom,
        "FHIR.Questionnaire.Item": fhirNotInMedCom,
        "FHIR.Questionnaire.Item.AnswerOption": fhirNotInMedCom,
        "FHIR.Questionnaire.Item.EnableWhen": fhirNotInMedCom,
        "FHIR.Questionnaire.Item.Initial": fhirNotInMedCom,
        "FHIR.QuestionnaireItemOperator": fhirNotInMedCom,
        "FHIR.QuestionnaireItemType": fhirNotInMedCom,
        "FHIR.QuestionnaireResponse": fhirNotInMedCom,
        "FHIR.QuestionnaireResponse.Item": fhirNotInMedCom,
        "FHIR.QuestionnaireResponse.Item.Answer": fhirNotInMedCom,
        "FHIR.QuestionnaireResponseStatus": fhirNotInMedCom,
        "FHIR.RequestPriority": fhirNotInMedCom,
        "FHIR.RequestStatus": fhirNotInMedCom,
        "JSONValue": medComNotInExamples,
        "MeetingAgreement": notGenerated,
        "MeetingAgreementEvaluation": notGenerated,
        "MeetingAgreementEvaluation.MeetingResult": notGenerated,
        "MeetingAgreementEvaluation.Share": notGenerated,
        "MeetingAgreementReview": notGenerated,
        "MeetingAgreementReview.Outcome": notGenerated,
        "NetworkMeetingRecord": notGenerated,
        "RelationalCapacityActor": notGenerated,
        "RelationalCapacityAnalysis": notGenerated,
        "RelationalCapacityAnalysis.Mean": notGenerated,
        "RelationalCapacityAnalysis.Occasion": notGenerated,
        "RelationalCapacityAnalysis.PairResult": notGenerated,
        "RelationalCapacityAnalysis.Point": notGenerated,
        "RelationalCapacityAssessment": notGenerated,
        "RelationalCapacityDimension": notGenerated,
        "RelationalCapacityNetwork": notGenerated,
        "RelationalCapacityPair": notGenerated,
        "RelationalCapacityRating": notGenerated,
        "RelationalCapacityRating.Score": notGenerated,
        "RelationalCoordinationDimension.Family": notGenerated,
        "RelationalCoordinationMeasure": notGenerated,
        "RelationalCoordinationWording": notGenerated,
        "RelationalCoordinationWording.ItemWording": notGenerated,
        "AvoidabilityAssessment": notGenerated,
        "AvoidabilityAssessment.Judgement": notGenerated,
        "CriterionObservation": notGenerated,
        "InformationViewer": notGenerated,
        "MeasurementStatus": notGenerated,
        "RatePerThousand": notGenerated,
        "ReadmissionAnalysis.FrequentAdmitter": notGenerated,
        "ReadmissionAnalysis.StayProfile": notGenerated,
        "ReadmissionRiskFactor": notGenerated,
        "ReadmissionRiskFactor.Group": notGenerated,
        "ReadmissionRiskScreening": notGenerated,
        "ReadmissionRiskScreening.Answer": notGenerated,
        "ReadmissionRiskScreening.Origin": notGenerated,
        "SharingDecision": notGenerated,
        "CarePlanGenerationParameters": notGenerated,
        "ConformanceDocument": notGenerated,
    ]

    private static let notGenerated = "not produced by the synthetic generators yet"
    private static let fhirNotInMedCom =
        "FHIR resource or datatype that MedCom's hospital-notification examples do not carry"
    private static let medComNotInExamples = "MedCom value MedCom's examples do not contain"

    /// Every public type whose entry in `PublicAPI.md` conforms to both `Decodable` and `Encodable`, by module.
    static func publicCodableTypes() throws -> [String: Set<String>] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Documentation/PublicAPI.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var module = ""
        var types: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                module = String(line.dropFirst(3))
                continue
            }
            guard line.hasPrefix("- `"), line.contains(" (structure): ") || line.contains(" (enumeration): "),
                let conformances = line.range(of: "; conforms to ")
            else { continue }
            let protocols = Set(
                line[conformances.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            guard protocols.isSuperset(of: ["Decodable", "Encodable"]) else { continue }
            let name = line.dropFirst(3).prefix { $0 != "`" }
            types[module, default: []].insert(String(name))
        }
        return types
    }

    @Test func everyPublicCodableTypeIsRoundTripped() async throws {
        let types = try Self.publicCodableTypes()
        let all = types.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(all.count >= 300, "PublicAPI.md lists only \(all.count) Codable types: is it current?")
        var reached = Set<String>()
        for seed in PropertyCorpus.seeds {
            let corpus = try #require(PropertyCorpus.all[seed])
            reached.formUnion(JSONRoundTripPropertyTests.census(of: corpus).cases.keys)
        }
        var access = ValueCensus()
        for (label, value) in try await ExplicitRoundTripPropertyTests.accessValues(seed: PropertyCorpus.seeds[0]) {
            access.check(value, label: label)
        }
        reached.formUnion(access.cases.keys)
        var missing: [String] = []
        for module in types.keys.sorted() {
            for name in types[module]!.sorted() where !reached.contains(name) && Self.notReached[name] == nil {
                missing.append("\(module).\(name)")
            }
        }
        #expect(
            missing.isEmpty,
            "\(missing.count) public Codable types are never round-tripped:\n\(missing.joined(separator: "\n"))")
        let stale = Self.notReached.keys.filter { reached.contains($0) }.sorted()
        #expect(stale.isEmpty, "now reached, remove from notReached: \(stale)")
    }
}
