import BrobyggerCore
import BrobyggerFHIR
import Foundation

/// One constructed resource of every type the module models, with choice elements and nested parts filled in.
enum SampleResources {
    static func id(_ text: String) -> FHIR.ID { try! FHIR.ID(text) }
    static func time(_ text: String) -> FHIR.DateTime { try! FHIR.DateTime(text) }
    static func date(_ text: String) -> FHIR.Date { try! FHIR.Date(text) }
    static let patientReference = FHIR.Reference(reference: "Patient/p-1")
    static let concept = FHIR.CodeableConcept(
        coding: [FHIR.Coding(system: "http://snomed.info/sct", code: "385763009", display: "Hospice care")],
        text: "Omsorg")

    static let all: [FHIR.Resource] = [
        .patient(
            FHIR.Patient(
                id: id("p-1"),
                identifier: [FHIR.Identifier(use: .official, system: CPRNumber.fhirSystem, value: "2509479989")],
                name: [FHIR.HumanName(use: .official, family: "Elmer", given: ["Egon", "Olsen"])], gender: .male,
                birthDate: date("1947-09-25"), deceased: .dateTime(time("2023-03-01T12:00:00+01:00")),
                multipleBirth: .integer(2),
                contact: [FHIR.Patient.Contact(relationship: [concept], name: FHIR.HumanName(family: "Elmer"))])),
        .organization(
            FHIR.Organization(
                id: id("o-1"), identifier: [FHIR.Identifier(system: GLN.alternativeFHIRSystem, value: "5790000209354")],
                name: "Plejecenter Herlev", partOf: FHIR.Reference(reference: "Organization/o-2"))),
        .practitioner(
            FHIR.Practitioner(
                id: id("pr-1"), name: [FHIR.HumanName(family: "Hansen")],
                qualification: [
                    FHIR.Practitioner.Qualification(code: concept, period: FHIR.Period(start: time("2020")))
                ]
            )),
        .practitionerRole(
            FHIR.PractitionerRole(
                id: id("role-1"), practitioner: FHIR.Reference(reference: "Practitioner/pr-1"), code: [concept])),
        .careTeam(
            FHIR.CareTeam(
                id: id("team-1"), status: .active, name: "Botilbudsteam Nord", subject: patientReference,
                participant: [
                    FHIR.CareTeam.Participant(
                        role: [concept], member: FHIR.Reference(reference: "PractitionerRole/role-1"))
                ],
                note: [FHIR.Annotation(author: .string("Koordinator"), text: "Mødes hver anden uge")])),
        .carePlan(
            FHIR.CarePlan(
                id: id("plan-1"), status: .active, intent: .plan, title: "Koordinerende indsatsplan",
                subject: patientReference,
                activity: [
                    FHIR.CarePlan.Activity(
                        detail: FHIR.CarePlan.Activity.Detail(
                            code: concept, status: .scheduled,
                            scheduled: .period(FHIR.Period(start: time("2026-01-05"))),
                            description: "Netværksmøde"))
                ])),
        .goal(
            FHIR.Goal(
                id: id("goal-1"), lifecycleStatus: .active, description: concept, subject: patientReference,
                start: .date(date("2026-01")),
                target: [
                    FHIR.Goal.Target(
                        detail: .quantity(FHIR.Quantity(value: Decimal(string: "2.5"), unit: "timer")),
                        due: .duration(FHIR.Quantity(value: 3, unit: "mo")))
                ])),
        .consent(
            FHIR.Consent(
                id: id("consent-1"), status: .active, scope: concept, category: [concept], patient: patientReference,
                source: .attachment(FHIR.Attachment(contentType: "application/pdf", title: "Samtykke")),
                provision: FHIR.Consent.Provision(
                    type: .permit,
                    actor: [
                        FHIR.Consent.Provision.Actor(
                            role: concept, reference: FHIR.Reference(reference: "Organization/o-1"))
                    ],
                    resourceClass: [FHIR.Coding(code: "CarePlan")],
                    provision: [FHIR.Consent.Provision(type: .deny)]))),
        .episodeOfCare(
            FHIR.EpisodeOfCare(
                id: id("eoc-1"), status: .onhold,
                statusHistory: [
                    FHIR.EpisodeOfCare.StatusHistory(status: .active, period: FHIR.Period(start: time("2025")))
                ],
                patient: patientReference)),
        .encounter(
            FHIR.Encounter(
                id: id("enc-1"), status: .onleave,
                encounterClass: FHIR.Coding(system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "IMP"),
                subject: patientReference,
                episodeOfCare: [FHIR.Reference(identifier: FHIR.Identifier(system: "urn:example", value: "e-1"))])),
        .provenance(
            FHIR.Provenance(
                id: id("prov-1"), target: [FHIR.Reference(reference: "MessageHeader/m-1")],
                occurred: .period(FHIR.Period(start: time("2023-03-01T12:00:00+01:00"))),
                recorded: time("2023-03-01T12:00:02+01:00"),
                agent: [FHIR.Provenance.Agent(who: FHIR.Reference(reference: "Organization/o-1"))],
                entity: [FHIR.Provenance.Entity(role: .removal, what: FHIR.Reference(reference: "MessageHeader/m-0"))])),
        .questionnaire(
            FHIR.Questionnaire(
                id: id("q-1"), status: .draft,
                item: [
                    FHIR.Questionnaire.Item(
                        linkId: "1", text: "Hvor ofte?", type: .choice,
                        enableWhen: [
                            FHIR.Questionnaire.Item.EnableWhen(
                                question: "0", comparison: .exists, answer: .boolean(true))
                        ],
                        answerOption: [
                            FHIR.Questionnaire.Item.AnswerOption(
                                value: .coding(FHIR.Coding(code: "never")),
                                extension: [FHIR.Extension(url: FHIR.itemWeightExtension, value: .decimal(1))])
                        ])
                ])),
        .questionnaireResponse(
            FHIR.QuestionnaireResponse(
                id: id("qr-1"), questionnaire: "https://example.org/q", status: .completed,
                item: [
                    FHIR.QuestionnaireResponse.Item(
                        linkId: "1",
                        answer: [FHIR.QuestionnaireResponse.Item.Answer(value: .coding(FHIR.Coding(code: "never")))])
                ])),
        .communication(
            FHIR.Communication(
                id: id("c-1"), status: .unknown, subject: patientReference,
                payload: [FHIR.Communication.Payload(content: .string("Kære botilbud"))])),
        .messageHeader(
            FHIR.MessageHeader(
                id: id("m-1"), event: .uri("https://example.org/event"),
                source: FHIR.MessageHeader.Source(endpoint: "https://example.org"))),
        .bundle(
            FHIR.Bundle(
                id: id("b-1"), type: .transaction,
                entry: [
                    FHIR.Bundle.Entry(
                        fullUrl: "urn:uuid:0f0e8a27-1a6e-4b4c-9a56-4d7c1b5a4c11",
                        resource: .patient(FHIR.Patient(id: id("p-2"))),
                        request: FHIR.Bundle.Entry.Request(method: .post, url: "Patient"))
                ])),
    ]
}
