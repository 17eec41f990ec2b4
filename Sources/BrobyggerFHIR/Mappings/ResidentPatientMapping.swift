import BrobyggerCore
import BrobyggerResidents
import Foundation

extension FHIR.Patient {
    /// The dk-core patient for a resident (*beboer*).
    ///
    /// - `id`: the resident's UUID.
    /// - `identifier`: the CPR number (use `official`) or replacement number (use `temp`), as dk-core slices them.
    /// - `name`: the official name.
    /// - `contact`: one per relative (*pårørende*), `contact.id` the relative's UUID, `relationship` a coding in
    ///   `http://brobygger.dk/fhir/CodeSystem/relationship` (`Relative.Relationship` tokens with the Danish
    ///   display), `name` and `telecom`; the designated proxy (*stedfortræder*) carries the extension
    ///   `…/StructureDefinition/proxy` (`designatedOn`, `validUntil` as dates, `scope` as a string).
    /// - Brobygger extensions for what a Patient has no element for: `acting-municipality` (the *handlekommune*, a
    ///   dk-core municipality coding), one `diagnosis` per diagnosis (`code` as an SKS coding, `rank`, `date`;
    ///   FHIR keeps diagnoses in Condition resources, which Brobygger does not exchange), one `gaf-score` per GAF
    ///   assessment (`value`, `assessedOn`; an Observation in FHIR), and `facility-contact-person` and
    ///   `team-primary-contact` as `Practitioner/<uuid>` references.
    ///
    /// Nothing is lost: `Resident(_:)` gives the same resident back.
    public init(_ resident: Resident) {
        var extensions: [FHIR.Extension] = [
            MappingSupport.extension(
                "acting-municipality",
                .coding(FHIR.Coding(system: MunicipalityCode.fhirSystem, code: resident.actingMunicipality.value)))
        ]
        for diagnosis in resident.diagnoses {
            extensions.append(
                MappingSupport.complex(
                    "diagnosis",
                    [
                        (
                            "code",
                            .coding(FHIR.Coding(system: BrobyggerFHIRTerminology.sksSystem, code: diagnosis.code.code))
                        ),
                        ("rank", .code(diagnosis.rank.rawValue)), ("date", MappingSupport.date(diagnosis.date)),
                    ]))
        }
        for score in resident.gafScores {
            extensions.append(
                MappingSupport.complex(
                    "gaf-score",
                    [("value", .integer(score.value)), ("assessedOn", MappingSupport.date(score.assessedOn))]))
        }
        if let person = resident.facilityContactPerson {
            extensions.append(
                MappingSupport.extension(
                    "facility-contact-person", .reference(MappingSupport.reference("Practitioner", person))))
        }
        if let person = resident.teamPrimaryContact {
            extensions.append(
                MappingSupport.extension(
                    "team-primary-contact", .reference(MappingSupport.reference("Practitioner", person))))
        }
        let contacts = resident.relatives.map { relative in
            var proxyExtensions: [FHIR.Extension] = []
            if let proxy = resident.proxy, proxy.relative == relative.id {
                proxyExtensions.append(
                    MappingSupport.complex(
                        "proxy",
                        [
                            ("designatedOn", MappingSupport.date(proxy.designatedOn)),
                            ("validUntil", proxy.validUntil.map(MappingSupport.date)),
                            ("scope", proxy.scope.map { .string($0) }),
                        ]))
            }
            return FHIR.Patient.Contact(
                id: relative.id.uuidString,
                relationship: [
                    MappingSupport.concept(
                        "relationship", relative.relationship.rawValue, display: relative.relationship.danishName)
                ],
                name: FHIR.HumanName(name: relative.name), telecom: MappingSupport.telecom(relative.contact),
                extension: proxyExtensions)
        }
        self.init(
            id: MappingSupport.id(resident.id), identifier: [FHIR.Identifier(resident.person)],
            name: [FHIR.HumanName(name: resident.name)], contact: contacts, extension: extensions)
    }
}

extension Resident {
    /// The resident a patient describes, the inverse of `FHIR.Patient.init(_:)`.
    ///
    /// Lost on the way in: what a resident has no place for (gender, birth date, addresses, telecom of the
    /// patient, other identifiers and names, contacts that are organisations, further codings), and the display
    /// texts of Brobygger's codings (they are derived from the codes).
    ///
    /// - Throws: ``FHIRError`` naming the element: `id` when it is not a UUID, `identifier` without a CPR or
    ///   replacement number, `name` without a name, `extension` without the acting municipality, an invalid
    ///   diagnosis, GAF score, proxy or relative (`contact[i]…`), or a domain rule (`resident.unknown-proxy` …).
    public init(_ patient: FHIR.Patient) throws(FHIRError) {
        let id: Resident.ID = try MappingSupport.identifier(patient.id, at: "id")
        let person = try PersonIdentifier(patient)
        let officialName = patient.name.firstIndex { $0.use == .official } ?? patient.name.indices.first
        guard let nameIndex = officialName else { throw .missingElement(path: "name") }
        let name: PersonName
        do {
            name = try patient.name[nameIndex].personName()
        } catch {
            throw error.nested(under: FieldPath("name").appending(index: nameIndex))
        }

        guard
            let (municipalityExtension, municipalityPath) =
                MappingSupport.extensions("acting-municipality", in: patient.extension, at: .root).first
        else {
            throw .profileViolation(
                path: "extension", code: "brobygger.acting-municipality-missing",
                rule: "a resident's patient carries the acting municipality (handlekommune)")
        }
        guard case .coding(let municipalityCoding)? = municipalityExtension.value, let code = municipalityCoding.code
        else { throw .missingElement(path: municipalityPath.appending("valueCoding.code")) }
        let municipality = try MappingSupport.validating(at: municipalityPath.appending("valueCoding.code")) {
            () throws(ValidationError) in try MunicipalityCode(code)
        }

        var diagnoses: [Diagnosis] = []
        for (item, path) in MappingSupport.extensions("diagnosis", in: patient.extension, at: .root) {
            guard let text = item.text("code") else { throw .missingElement(path: path.appending("extension(code)")) }
            guard let rank = item.text("rank").flatMap(Diagnosis.Rank.init(rawValue:)) else {
                throw .missingElement(path: path.appending("extension(rank)"))
            }
            guard case .date(let date)? = item.part("date") else {
                throw .missingElement(path: path.appending("extension(date)"))
            }
            let day = try MappingSupport.calendarDate(date, at: path.appending("extension(date)"))
            let code = try MappingSupport.validating(at: path.appending("extension(code)")) {
                () throws(ValidationError) in try DiagnosisCode(text)
            }
            diagnoses.append(Diagnosis(code: code, rank: rank, date: day))
        }

        var scores: [GAFScore] = []
        for (item, path) in MappingSupport.extensions("gaf-score", in: patient.extension, at: .root) {
            guard case .integer(let value)? = item.part("value") else {
                throw .missingElement(path: path.appending("extension(value)"))
            }
            guard case .date(let date)? = item.part("assessedOn") else {
                throw .missingElement(path: path.appending("extension(assessedOn)"))
            }
            let day = try MappingSupport.calendarDate(date, at: path.appending("extension(assessedOn)"))
            scores.append(
                try MappingSupport.validating(at: path) { () throws(ValidationError) in
                    try GAFScore(value: value, assessedOn: day)
                })
        }

        func practitioner(_ name: String) throws(FHIRError) -> Professional.ID? {
            guard let (item, path) = MappingSupport.extensions(name, in: patient.extension, at: .root).first else {
                return nil
            }
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            return try MappingSupport.identifier(reference, type: "Practitioner", at: path.appending("valueReference"))
        }
        let facilityContact = try practitioner("facility-contact-person")
        let teamContact = try practitioner("team-primary-contact")

        var relatives: [Relative] = []
        var proxy: DesignatedProxy?
        for (index, contact) in patient.contact.enumerated() {
            let path = FieldPath("contact").appending(index: index)
            guard let text = contact.id, let uuid = UUID(uuidString: text) else {
                throw .invalidValue(
                    path: path.appending("id"), code: "brobygger.id-not-uuid",
                    rule: "a relative's contact has the relative's UUID as its id", offendingValue: contact.id)
            }
            guard let contactName = contact.name else { throw .missingElement(path: path.appending("name")) }
            let relativeName: PersonName
            do {
                relativeName = try contactName.personName()
            } catch {
                throw error.nested(under: path.appending("name"))
            }
            let relationship =
                MappingSupport.code(
                    in: contact.relationship, system: "relationship", at: path.appending("relationship")
                )
                .flatMap { Relative.Relationship(rawValue: $0.0) } ?? .other
            let relative = Relative(
                id: Relative.ID(rawValue: uuid), name: relativeName, relationship: relationship,
                contact: MappingSupport.contactDetails(contact.telecom))
            relatives.append(relative)
            if let (item, proxyPath) = MappingSupport.extensions("proxy", in: contact.extension, at: path).first {
                guard case .date(let designated)? = item.part("designatedOn") else {
                    throw .missingElement(path: proxyPath.appending("extension(designatedOn)"))
                }
                let designatedOn = try MappingSupport.calendarDate(
                    designated, at: proxyPath.appending("extension(designatedOn)"))
                var validUntil: CalendarDate?
                if case .date(let until)? = item.part("validUntil") {
                    validUntil = try MappingSupport.calendarDate(
                        until, at: proxyPath.appending("extension(validUntil)"))
                }
                proxy = try MappingSupport.validating(at: proxyPath) { () throws(ValidationError) in
                    try DesignatedProxy(
                        relative: relative.id, designatedOn: designatedOn, validUntil: validUntil,
                        scope: item.text("scope"))
                }
            }
        }
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try Resident(
                id: id, person: person, name: name, actingMunicipality: municipality, diagnoses: diagnoses,
                gafScores: scores, relatives: relatives, proxy: proxy, facilityContactPerson: facilityContact,
                teamPrimaryContact: teamContact)
        }
    }
}
