import BrobyggerCore
import BrobyggerFHIR
import BrobyggerTesting
import Foundation
import Testing

@Suite("dk-core mappings: Patient ↔ PersonIdentifier, Organization ↔ Organisation")
struct DanishCoreMappingTests {
    static let people: [PersonIdentifier] =
        SampleCPRNumbers.adults(6).map { .cpr($0) } + [
            .replacement(try! ReplacementPersonNumber("0101901AB2", kind: .xECPR)),
            .replacement(try! ReplacementPersonNumber("2902007XY9", kind: .xECPR)),
            .replacement(try! ReplacementPersonNumber("0101900AB3", kind: .dECPR(issuer: nil))),
            .replacement(try! ReplacementPersonNumber("3112995QQ1", kind: .dECPR(issuer: .midtjylland))),
        ]

    @Test("PersonIdentifier → Patient → JSON → Patient → PersonIdentifier gives the same identifier", arguments: people)
    func personRoundTrip(person: PersonIdentifier) throws {
        let patient = FHIR.Patient(
            id: try FHIR.ID("p-1"), personIdentifier: person, name: try PersonName(given: "Egon", family: "Olsen"))
        let decoded = try FHIR.decode(FHIR.Patient.self, from: FHIR.encode(patient))
        #expect(try PersonIdentifier(decoded) == person)
        let identifier = try #require(decoded.identifier.first)
        switch person {
        case .cpr:
            #expect(identifier.system == "urn:oid:1.2.208.176.1.2")
            #expect(identifier.use == .official)
        case .replacement:
            #expect(identifier.use == .temp)
        }
        #expect(try decoded.name.first?.personName() == (try PersonName(given: "Egon", family: "Olsen")))
    }

    @Test("A CPR number is preferred to a replacement number, and other identifiers are ignored")
    func preference() throws {
        let cpr = SampleCPRNumbers.adults(1)[0]
        let patient = FHIR.Patient(identifier: [
            FHIR.Identifier(system: "https://example.org/mrn", value: "12345"),
            FHIR.Identifier(PersonIdentifier.replacement(try ReplacementPersonNumber("0101901AB2", kind: .xECPR))),
            FHIR.Identifier(PersonIdentifier.cpr(cpr)),
        ])
        #expect(try patient.personIdentifier() == .cpr(cpr))
        #expect(FHIR.Identifier(cpr) == FHIR.Identifier(PersonIdentifier.cpr(cpr)))
        #expect(try FHIR.Identifier(cpr).personIdentifier() == .cpr(cpr))
        let replacement = try ReplacementPersonNumber("0101900AB3", kind: .dECPR(issuer: .sjaelland))
        #expect(try FHIR.Identifier(replacement).personIdentifier() == .replacement(replacement))
        #expect(try FHIR.Patient(identifier: [FHIR.Identifier(system: "x", value: "y")]).personIdentifier() == nil)
        #expect(throws: FHIRError.missingElement(path: "identifier")) { try PersonIdentifier(FHIR.Patient()) }
    }

    @Test("An invalid person identifier is reported at its value, masked")
    func invalidPerson() throws {
        let patient = FHIR.Patient(identifier: [
            FHIR.Identifier(system: "https://example.org/mrn", value: "12345"),
            FHIR.Identifier(system: ReplacementPersonNumber.xECPRSystem, value: "0101905AB2"),
        ])
        let error = #expect(throws: FHIRError.self) { try patient.personIdentifier() }
        #expect(error?.path == "identifier[1].value")
        #expect(error?.code == "ecpr.format")
        #expect(error.map { !$0.description.contains("0101905AB2") } == true)
    }

    @Test("Organisation → Organization → JSON → Organization → Organisation gives the same organisation")
    func organisationRoundTrip() throws {
        let network = SampleNetwork()
        let address = try PostalAddress(
            lines: ["Kettegård Allé 30"], postalCode: "2650", city: "Hvidovre", municipality: MunicipalityCode("0167"))
        let complete = try Organisation(
            id: Organisation.ID(using: SequentialIdentifierSource(seed: 9)), kind: .residentialFacility,
            name: "Bostedet Ved Åen",
            identifiers: OrganisationIdentifiers(
                sor: SORCode("953741000016009"), gln: GLN("5790001348120"), cvr: CVRNumber("29189846"),
                municipality: MunicipalityCode("0167"), region: .hovedstaden),
            address: address, partOf: network.municipality.id,
            contact: ContactDetails(
                phone: "+45 36 39 36 39", email: "bosted@example.dk", secureMessaging: "bosted@sikker.dk"))
        for organisation in network.organisations + [complete] {
            let organization = FHIR.Organization(organisation)
            let decoded = try FHIR.decode(FHIR.Organization.self, from: FHIR.encode(organization))
            #expect(try Organisation(decoded) == organisation)
        }
        let organization = FHIR.Organization(complete)
        #expect(
            organization.identifier.map(\.system) == [
                SORCode.fhirSystem, "http://www.gs1.org/gln", CVRNumber.fhirSystem, MunicipalityCode.fhirSystem,
                "urn:iso:std:iso:3166:-2",
            ])
        #expect(organization.identifier.last?.value == "DK-84")
        #expect(try organization.address.first?.municipalityCode()?.value == "0167")
    }

    @Test(
        "Both spellings of the GLN system are read", arguments: ["http://www.gs1.org/gln", "https://www.gs1.org/gln"])
    func glnSystems(system: String) throws {
        let organization = FHIR.Organization(identifier: [FHIR.Identifier(system: system, value: "5790000209354")])
        #expect(try organization.organisationIdentifiers().gln == (try GLN("5790000209354")))
        #expect(DanishIdentifierSystem.isGLN(system))
    }

    @Test("MedCom's organisations map to domain organisations given an id and a kind", arguments: MedComExamples.names)
    func medComOrganisations(name: String) throws {
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: MedComExamples.data(name))
        for (_, entry) in bundle.entries(ofType: "Organization") {
            let organization = try #require(entry.resource?.organization)
            // MedCom's ids (o7056980-…) are FHIR ids but not UUIDs.
            if organization.id.flatMap({ UUID(uuidString: $0.rawValue) }) == nil {
                #expect(throws: FHIRError.self) { try Organisation(organization) }
            }
            let organisation = try Organisation(organization, id: .random(), kind: .ward)
            #expect(organisation.identifiers.sor != nil)
            #expect(organisation.identifiers.gln != nil)
            #expect(organisation.kind == .ward)
        }
    }

    @Test("Invalid register identifiers, a missing name and a foreign parent are reported with their paths")
    func invalidOrganisations() throws {
        let id = Organisation.ID.random()
        let cases: [(FHIR.Organization, FieldPath, String)] = [
            (
                FHIR.Organization(
                    identifier: [FHIR.Identifier(system: MunicipalityCode.fhirSystem, value: "0999")], name: "X"),
                "identifier[0].value", "municipality.unknown"
            ),
            (
                FHIR.Organization(identifier: [FHIR.Identifier(system: Region.fhirSystem, value: "DK-99")], name: "X"),
                "identifier[0].value", ""
            ),
            (
                FHIR.Organization(identifier: [FHIR.Identifier(system: SORCode.fhirSystem)], name: "X"),
                "identifier[0].value", "fhir.missing-element"
            ),
            (FHIR.Organization(), "name", "fhir.missing-element"),
            (
                FHIR.Organization(name: "X", partOf: FHIR.Reference(reference: "https://example.org/Organization/1")),
                "partOf.reference", "organisation.part-of-reference"
            ),
        ]
        for (organization, path, code) in cases {
            let error = #expect(throws: FHIRError.self) { try Organisation(organization, id: id) }
            #expect(error?.path == path)
            if !code.isEmpty { #expect(error?.code == code) }
        }
    }
}

@Suite("FHIR primitives")
struct PrimitiveTests {
    @Test(
        "FHIR ids",
        arguments: [
            ("t33cef33-3626-422b-955d-d506aaa65fe1", true), ("a.b-C9", true), (String(repeating: "a", count: 64), true),
            (String(repeating: "a", count: 65), false), ("", false), ("a_b", false), ("a b", false), ("æ", false),
        ])
    func ids(text: String, valid: Bool) {
        #expect(FHIR.ID.isValid(text) == valid)
        #expect((FHIR.ID(rawValue: text) != nil) == valid)
    }

    @Test(
        "FHIR dateTimes",
        arguments: [
            ("2023", FHIR.DateTime.Precision.year), ("2023-03", .month), ("2023-03-01", .day),
            ("2023-03-01T12:00:00+01:00", .time), ("2023-05-01T07:14:28Z", .time),
            ("2023-03-01T12:00:00.123-14:00", .time), ("2024-02-29T23:59:59Z", .time),
        ])
    func dateTimes(text: String, precision: FHIR.DateTime.Precision) throws {
        let value = try FHIR.DateTime(text)
        #expect(value.precision == precision)
        #expect(value.rawValue == text)
        #expect((value.instant != nil) == (precision == .time))
    }

    @Test(
        "Invalid dateTimes",
        arguments: [
            "", "23", "2023-13", "2023-02-29", "2023-03-01T12:00:00", "2023-03-01T12:00+01:00", "2023-03-01T24:00:00Z",
            "2023-03-01T12:00:00+15:00", "2023-03-01 12:00:00Z", "2023-03-01T12:00:00.Z", "2023-03-01T12:00:00Z ",
        ])
    func invalidDateTimes(text: String) {
        #expect(throws: ValidationError.self) { try FHIR.DateTime(text) }
    }

    @Test("The instant of a MedCom timestamp")
    func instant() throws {
        let value = try FHIR.DateTime("2023-03-01T12:00:00+01:00")
        #expect(value.instant == (try Instant(iso8601: "2023-03-01T11:00:00Z")))
        #expect(try FHIR.Date("2023-03-01").calendarDate == (try CalendarDate(year: 2023, month: 3, day: 1)))
        #expect(throws: ValidationError.self) { try FHIR.Date("2023-03-01T12:00:00Z") }
    }

    @Test("itemWeight is read, also as the older ordinalValue, and written as itemWeight")
    func itemWeight() throws {
        var option = FHIR.Questionnaire.Item.AnswerOption(value: .integer(1))
        #expect(option.itemWeight == nil)
        option.itemWeight = Decimal(string: "0.5")
        #expect(
            option.extension == [
                FHIR.Extension(url: FHIR.itemWeightExtension, value: .decimal(Decimal(string: "0.5")!))
            ])
        let legacy = FHIR.Coding(
            code: "often", extension: [FHIR.Extension(url: FHIR.ordinalValueExtension, value: .decimal(4))])
        #expect(legacy.itemWeight == 4)
        var updated = legacy
        updated.itemWeight = 5
        #expect(updated.extension.map(\.url) == [FHIR.itemWeightExtension])
        updated.itemWeight = nil
        #expect(updated.extension.isEmpty)
    }

    @Test("Primitive extensions can be set and read back through JSON")
    func primitiveExtensions() throws {
        var patient = FHIR.Patient(birthDate: try FHIR.Date("1947"))
        let element = FHIR.PrimitiveElement(extension: [
            FHIR.Extension(url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason", value: .code("masked"))
        ])
        patient.setPrimitiveElement(element, of: "birthDate")
        let decoded = try FHIR.decode(FHIR.Patient.self, from: FHIR.encode(patient))
        #expect(try decoded.primitiveElement(of: "birthDate") == element)
        #expect(try decoded.primitiveElement(of: "gender") == nil)
    }

    @Test("Bundle references resolve by fullUrl, by Type/id and by absolute URL")
    func references() throws {
        let bundle = FHIR.Bundle(
            type: .collection,
            entry: [
                FHIR.Bundle.Entry(
                    fullUrl: "https://medcomfhir.dk/ig/hospitalnotification/Patient/p-1",
                    resource: .patient(FHIR.Patient(id: try FHIR.ID("p-1")))),
                FHIR.Bundle.Entry(
                    fullUrl: "urn:uuid:0f0e8a27-1a6e-4b4c-9a56-4d7c1b5a4c11",
                    resource: .organization(FHIR.Organization(name: "X"))),
            ])
        #expect(bundle.resolve("Patient/p-1")?.resource?.patient != nil)
        #expect(bundle.resolve("https://medcomfhir.dk/ig/hospitalnotification/Patient/p-1") != nil)
        #expect(bundle.resolve("https://other.example/fhir/Patient/p-1/_history/2") != nil)
        #expect(bundle.resolve("urn:uuid:0f0e8a27-1a6e-4b4c-9a56-4d7c1b5a4c11")?.resource?.organization != nil)
        #expect(bundle.resolve("Patient/p-2") == nil)
        #expect(bundle.resolve("#p-1") == nil)
    }

    @Test("Unresolved references in MedCom's examples are those of earlier messages only")
    func unresolvedReferences() throws {
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: MedComExamples.data("HospitalNotification_Ex_SLOR_G"))
        let unresolved = bundle.unresolvedReferences()
        #expect(!unresolved.isEmpty)
        // Provenances name the headers of earlier messages, and carry their agents.
        #expect(
            unresolved.map(\.path.rawValue) == [
                "entry[5].resource.agent[0].who.reference", "entry[5].resource.target[0].reference",
                "entry[6].resource.agent[0].who.reference", "entry[6].resource.entity[0].what.reference",
                "entry[6].resource.target[0].reference", "entry[7].resource.entity[0].what.reference",
            ])
        let stin = try FHIR.decode(FHIR.Bundle.self, from: MedComExamples.data("HospitalNotification_Ex_STIN_A"))
        #expect(stin.unresolvedReferences().isEmpty)
    }
}
