import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

extension FHIR.CarePlan {
    /// The CarePlan for the content of a discharge agreement (*udskrivningsaftale*, psykiatriloven §13a) or a
    /// coordination plan (*koordinationsplan*, psykiatriloven §13b).
    ///
    /// - `id`: the document's UUID; `intent` `plan`; `subject` the resident's Patient; `encounter` the stay, by its
    ///   episode-of-care identifier (system `http://brobygger.dk/fhir/NamingSystem/episode-of-care`, `type`
    ///   `Encounter`). The stay is the subject's: an episode identifier names a stay only together with the patient
    ///   (local episode numbers collide between wards and hospitals), see `isAboutStay(of:)`.
    /// - `category`: the document kind in `…/CodeSystem/discharge-document-kind` (`agreement` *udskrivningsaftale*,
    ///   `coordination_plan` *koordinationsplan*), the legal basis in `…/CodeSystem/discharge-legal-basis` (`13a1`
    ///   psykiatriloven §13a stk. 1, `13a2` §13a stk. 2), and for a coordination plan also `13b` (§13b).
    /// - `status`: `revoked` when the patient refused, `active` once concluded, otherwise `draft`; `created` the day
    ///   it was concluded; `period` its validity; `identifier` the registration reference (system
    ///   `…/NamingSystem/discharge-registration`).
    /// - `author`: the responsible consultant (`Practitioner/<uuid>` when known, the name in `party-name`).
    /// - `contributor`: one per party, `Organization/<uuid>` when the party is an organisation, `display` the name,
    ///   the role in `discharge-party-role` and the contact person in `contact-person`.
    /// - `activity.detail`: each offer (`code` `treatment-offer` or `social-offer` in `…/CodeSystem/discharge-activity`,
    ///   `description` the summary, `scheduledPeriod.start` the day it starts) and each follow-up appointment
    ///   (`follow-up-appointment`, the day as `scheduledPeriod`), the providing party's role in `provider-role`;
    ///   status `not-started`.
    /// - Brobygger extensions: `ward`, `basis-evidence` (one per piece of evidence), `early-sign` (`sign`,
    ///   `response`), `patient-refusal` (`refusedOn`, `note`, the recording author).
    ///
    /// Nothing of the content is lost: `DischargeContent(_:)` gives it back, with the kind from
    /// `DischargeContent.kind(of:)`.
    public init(_ content: DischargeContent, kind: DischargeDocumentKind, id: FHIR.ID? = nil) {
        var category = [
            MappingSupport.concept("discharge-document-kind", kind.rawValue, display: kind.danishName),
            MappingSupport.concept(
                "discharge-legal-basis", content.legalBasis.rawValue, display: content.legalBasis.description),
        ]
        if kind == .coordinationPlan {
            category.append(MappingSupport.concept("discharge-legal-basis", "13b", display: "psykiatriloven §13b"))
        }
        var extensions: [FHIR.Extension] = []
        if let ward = content.ward {
            extensions.append(
                MappingSupport.extension("ward", .reference(MappingSupport.reference("Organization", ward))))
        }
        extensions += content.basisEvidence.map { MappingSupport.extension("basis-evidence", .string($0)) }
        extensions += content.earlySigns.map {
            MappingSupport.complex("early-sign", [("sign", .string($0.sign)), ("response", .string($0.response))])
        }
        if let refusal = content.refusal {
            var item = MappingSupport.complex(
                "patient-refusal",
                [("refusedOn", MappingSupport.date(refusal.refusedOn)), ("note", refusal.note.map { .string($0) })])
            if let author = refusal.recordedBy { item.extension += DischargeMapping.authorParts(author) }
            extensions.append(item)
        }
        var activities: [FHIR.CarePlan.Activity] = content.offers.map { offer in
            DischargeMapping.activity(
                code: offer.kind == .treatment ? "treatment-offer" : "social-offer", summary: offer.summary,
                start: offer.startsOn, end: nil, role: offer.provider)
        }
        activities += content.followUpAppointments.map { appointment in
            DischargeMapping.activity(
                code: "follow-up-appointment", summary: appointment.summary, start: appointment.date,
                end: appointment.date, role: appointment.with)
        }
        var author: FHIR.Reference?
        if let consultant = content.consultant {
            var reference =
                consultant.professional.map { MappingSupport.reference("Practitioner", $0) } ?? FHIR.Reference()
            reference.display = consultant.name.formatted
            reference.extension = [
                MappingSupport.extension("party-name", .humanName(FHIR.HumanName(name: consultant.name)))
            ]
            author = reference
        }
        self.init(
            id: id,
            identifier: content.registrationReference.map {
                [FHIR.Identifier(system: BrobyggerFHIRTerminology.namingSystem("discharge-registration"), value: $0)]
            } ?? [],
            status: content.refusal != nil ? .revoked : content.concludedOn != nil ? .active : .draft, intent: .plan,
            category: category, subject: MappingSupport.reference("Patient", content.resident),
            encounter: FHIR.Reference(
                type: "Encounter",
                identifier: FHIR.Identifier(system: CourseEvent.episodeOfCareSystem, value: content.episode.value)),
            period: content.validity.map {
                FHIR.Period(start: MappingSupport.day($0.start), end: $0.end.map(MappingSupport.day))
            },
            created: content.concludedOn.map(MappingSupport.day), author: author,
            contributor: content.parties.map(DischargeMapping.reference), activity: activities, extension: extensions)
    }

    /// The CarePlan for a discharge agreement: its current content, with the current version's author, time and
    /// reason in the extension `revision` (the version number, `author-name`, `professional`, `organisation`,
    /// `instant`, `reason`).
    ///
    /// Lost: the earlier versions (FHIR servers keep versions as the resource's history).
    public init(_ agreement: DischargeAgreement) {
        self.init(agreement.content, kind: .agreement, id: MappingSupport.id(agreement.id))
        `extension`.append(DischargeMapping.revision(agreement.history.current))
    }

    /// The CarePlan for a coordination plan (psykiatriloven §13b), as for an agreement.
    public init(_ plan: CoordinationPlan) {
        self.init(plan.content, kind: .coordinationPlan, id: MappingSupport.id(plan.id))
        `extension`.append(DischargeMapping.revision(plan.history.current))
    }
}

/// Shared parts of the discharge-document mappings.
enum DischargeMapping {
    static func authorParts(_ author: Author) -> [FHIR.Extension] {
        var parts = [FHIR.Extension(url: "author-name", value: .humanName(FHIR.HumanName(name: author.name)))]
        if let professional = author.professional {
            parts.append(
                FHIR.Extension(
                    url: "professional", value: .reference(MappingSupport.reference("Practitioner", professional))))
        }
        if let organisation = author.organisation {
            parts.append(
                FHIR.Extension(
                    url: "organisation", value: .reference(MappingSupport.reference("Organization", organisation))))
        }
        return parts
    }

    static func author(in item: FHIR.Extension, at path: FieldPath) throws(FHIRError) -> Author? {
        guard case .humanName(let humanName)? = item.part("author-name") else { return nil }
        let name: PersonName
        do {
            name = try humanName.personName()
        } catch {
            throw error.nested(under: path.appending("extension(author-name)"))
        }
        var professional: Professional.ID?
        if case .reference(let reference)? = item.part("professional") {
            professional = try MappingSupport.identifier(
                reference, type: "Practitioner", at: path.appending("extension(professional)"))
        }
        var organisation: Organisation.ID?
        if case .reference(let reference)? = item.part("organisation") {
            organisation = try MappingSupport.identifier(
                reference, type: "Organization", at: path.appending("extension(organisation)"))
        }
        return Author(name: name, professional: professional, organisation: organisation)
    }

    static func revision(_ revision: Revision<DischargeContent>) -> FHIR.Extension {
        var item = MappingSupport.complex(
            "revision",
            [
                ("number", .integer(revision.number)),
                ("instant", .dateTime(FHIR.DateTime(revision.provenance.instant))),
                ("reason", revision.provenance.reason.map { .string($0) }),
            ])
        item.extension += authorParts(revision.provenance.author)
        return item
    }

    static func activity(
        code: String, summary: String, start: CalendarDate?, end: CalendarDate?, role: DischargePartyRole?
    ) -> FHIR.CarePlan.Activity {
        FHIR.CarePlan.Activity(
            detail: FHIR.CarePlan.Activity.Detail(
                code: MappingSupport.concept("discharge-activity", code), status: .notStarted,
                scheduled: start == nil && end == nil
                    ? nil
                    : .period(FHIR.Period(start: start.map(MappingSupport.day), end: end.map(MappingSupport.day))),
                description: summary,
                extension: role.map {
                    [
                        MappingSupport.extension(
                            "provider-role", .coding(MappingSupport.coding("discharge-party-role", $0.rawValue)))
                    ]
                } ?? []))
    }

    static func reference(_ party: DischargeParty) -> FHIR.Reference {
        var reference = party.organisation.map { MappingSupport.reference("Organization", $0) } ?? FHIR.Reference()
        reference.display = party.name
        reference.extension = [
            MappingSupport.extension(
                "discharge-party-role", .coding(MappingSupport.coding("discharge-party-role", party.role.rawValue)))
        ]
        if let person = party.contactPerson {
            reference.extension.append(
                MappingSupport.complex(
                    "contact-person",
                    [
                        ("name", .humanName(FHIR.HumanName(name: person.name))),
                        ("reachableAt", person.reachableAt.map { .string($0) }),
                    ]))
        }
        return reference
    }

    static func party(_ reference: FHIR.Reference, at path: FieldPath) throws(FHIRError) -> DischargeParty {
        guard let name = reference.display else { throw .missingElement(path: path.appending("display")) }
        guard
            let (roleItem, rolePath) = MappingSupport.extensions(
                "discharge-party-role", in: reference.extension, at: path
            ).first,
            case .coding(let coding)? = roleItem.value, let code = coding.code
        else { throw .missingElement(path: path.appending("extension")) }
        _ = rolePath
        let organisation: Organisation.ID? =
            reference.reference == nil
            ? nil : try MappingSupport.identifier(reference, type: "Organization", at: path)
        var contact: DischargeParty.ContactPerson?
        if let (item, itemPath) = MappingSupport.extensions("contact-person", in: reference.extension, at: path).first {
            guard case .humanName(let humanName)? = item.part("name") else {
                throw .missingElement(path: itemPath.appending("extension(name)"))
            }
            do {
                contact = DischargeParty.ContactPerson(
                    name: try humanName.personName(), reachableAt: item.text("reachableAt"))
            } catch {
                throw error.nested(under: itemPath.appending("extension(name)"))
            }
        }
        return try MappingSupport.validating(at: path) { () throws(ValidationError) in
            try DischargeParty(
                role: DischargePartyRole(rawValue: code), name: name, organisation: organisation, contactPerson: contact
            )
        }
    }
}

extension DischargeContent {
    /// The kind of discharge document a CarePlan is (`discharge-document-kind` category), or `nil` when it is not
    /// one.
    public static func kind(of carePlan: FHIR.CarePlan) -> DischargeDocumentKind? {
        MappingSupport.code(in: carePlan.category, system: "discharge-document-kind", at: "category").flatMap {
            DischargeDocumentKind(rawValue: $0.0)
        }
    }

    /// The content a CarePlan written by `FHIR.CarePlan.init(_:kind:id:)` holds.
    ///
    /// Lost on the way in: CarePlan elements the content has no place for (goals, notes, other activities,
    /// contributors' identifiers), further codings and display texts.
    ///
    /// - Throws: ``FHIRError`` naming the element: `subject`, `encounter.identifier.value`, `category` without the
    ///   legal basis, an invalid date or reference, a party without a name or role, or a domain rule such as
    ///   `discharge.no-parties`.
    public init(_ carePlan: FHIR.CarePlan) throws(FHIRError) {
        let resident: Resident.ID = try MappingSupport.identifier(carePlan.subject, type: "Patient", at: "subject")
        guard let episodeText = carePlan.encounter?.identifier?.value else {
            throw .missingElement(path: "encounter.identifier.value")
        }
        let episode = try MappingSupport.validating(at: "encounter.identifier.value") { () throws(ValidationError) in
            try EpisodeOfCareIdentifier(episodeText)
        }
        let basisSystem = BrobyggerFHIRTerminology.codeSystem("discharge-legal-basis")
        let basisCodes = carePlan.category.flatMap(\.coding).filter { $0.system == basisSystem }.compactMap(\.code)
        guard let basis = basisCodes.compactMap(DischargeLegalBasis.init(rawValue:)).first else {
            throw .profileViolation(
                path: "category", code: "brobygger.discharge-legal-basis-missing",
                rule: "a discharge document's CarePlan gives its basis, psykiatriloven §13a stk. 1 or stk. 2")
        }
        var ward: Organisation.ID?
        if let (item, path) = MappingSupport.extensions("ward", in: carePlan.extension, at: .root).first {
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            ward = try MappingSupport.identifier(reference, type: "Organization", at: path.appending("valueReference"))
        }
        var consultant: ResponsibleConsultant?
        if let author = carePlan.author {
            guard let (item, path) = MappingSupport.extensions("party-name", in: author.extension, at: "author").first,
                case .humanName(let humanName)? = item.value
            else { throw .missingElement(path: "author.extension") }
            let name: PersonName
            do {
                name = try humanName.personName()
            } catch {
                throw error.nested(under: path.appending("valueHumanName"))
            }
            let professional: Professional.ID? =
                author.reference == nil
                ? nil : try MappingSupport.identifier(author, type: "Practitioner", at: "author")
            consultant = ResponsibleConsultant(name: name, professional: professional)
        }
        var parties: [DischargeParty] = []
        for (index, contributor) in carePlan.contributor.enumerated() {
            parties.append(
                try DischargeMapping.party(contributor, at: FieldPath("contributor").appending(index: index)))
        }
        var offers: [DischargeOffer] = []
        var appointments: [FollowUpAppointment] = []
        for (index, activity) in carePlan.activity.enumerated() {
            let path = FieldPath("activity").appending(index: index).appending("detail")
            guard let detail = activity.detail,
                let (code, _) = MappingSupport.code(
                    in: detail.code.map { [$0] } ?? [], system: "discharge-activity", at: path.appending("code"))
            else { continue }
            var role: DischargePartyRole?
            if let (item, _) = MappingSupport.extensions("provider-role", in: detail.extension, at: path).first,
                case .coding(let coding)? = item.value, let value = coding.code
            {
                role = DischargePartyRole(rawValue: value)
            }
            var start: CalendarDate?
            if case .period(let period)? = detail.scheduled, let value = period.start {
                start = try MappingSupport.day(value, at: path.appending("scheduledPeriod.start"))
            }
            let summary = detail.description ?? ""
            switch code {
            case "treatment-offer", "social-offer":
                offers.append(
                    try MappingSupport.validating(at: path) { () throws(ValidationError) in
                        try DischargeOffer(
                            kind: code == "treatment-offer" ? .treatment : .social, summary: summary, provider: role,
                            startsOn: start)
                    })
            case "follow-up-appointment":
                guard let start else { throw .missingElement(path: path.appending("scheduledPeriod.start")) }
                appointments.append(FollowUpAppointment(date: start, summary: summary, with: role))
            default:
                continue
            }
        }
        var signs: [EarlySign] = []
        for (item, path) in MappingSupport.extensions("early-sign", in: carePlan.extension, at: .root) {
            guard let sign = item.text("sign"), let response = item.text("response") else {
                throw .missingElement(path: path.appending("extension(sign)"))
            }
            signs.append(EarlySign(sign: sign, response: response))
        }
        var refusal: PatientRefusal?
        if let (item, path) = MappingSupport.extensions("patient-refusal", in: carePlan.extension, at: .root).first {
            guard case .date(let date)? = item.part("refusedOn") else {
                throw .missingElement(path: path.appending("extension(refusedOn)"))
            }
            refusal = PatientRefusal(
                refusedOn: try MappingSupport.calendarDate(date, at: path.appending("extension(refusedOn)")),
                recordedBy: try DischargeMapping.author(in: item, at: path), note: item.text("note"))
        }
        var validity: DayRange?
        if let period = carePlan.period {
            let start = try MappingSupport.day(period.start, at: "period.start")
            let end = try period.end.map { (value) throws(FHIRError) in try MappingSupport.day(value, at: "period.end")
            }
            validity = try MappingSupport.validating(at: "period") { () throws(ValidationError) in
                try DayRange(start: start, end: end)
            }
        }
        let concluded = try carePlan.created.map { (value) throws(FHIRError) in
            try MappingSupport.day(value, at: "created")
        }
        let registrationSystem = BrobyggerFHIRTerminology.namingSystem("discharge-registration")
        let evidence = MappingSupport.extensions("basis-evidence", in: carePlan.extension, at: .root).compactMap {
            item, _ -> String? in if case .string(let text)? = item.value { text } else { nil }
        }
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try DischargeContent(
                resident: resident, episode: episode, ward: ward, consultant: consultant, legalBasis: basis,
                basisEvidence: evidence, parties: parties, offers: offers, followUpAppointments: appointments,
                earlySigns: signs, validity: validity, concludedOn: concluded, refusal: refusal,
                registrationReference: carePlan.identifier.first { $0.system == registrationSystem }?.value)
        }
    }

    /// The current version's provenance a CarePlan's `revision` extension holds.
    static func provenance(of carePlan: FHIR.CarePlan) throws(FHIRError) -> Provenance {
        guard let (item, path) = MappingSupport.extensions("revision", in: carePlan.extension, at: .root).first else {
            throw .missingElement(path: "extension")
        }
        guard case .dateTime(let value)? = item.part("instant") else {
            throw .missingElement(path: path.appending("extension(instant)"))
        }
        let instant = try MappingSupport.instant(value, at: path.appending("extension(instant)"))
        guard let author = try DischargeMapping.author(in: item, at: path) else {
            throw .missingElement(path: path.appending("extension(author-name)"))
        }
        return Provenance(author: author, instant: instant, reason: item.text("reason"))
    }

    static func checkKind(_ expected: DischargeDocumentKind, of carePlan: FHIR.CarePlan) throws(FHIRError) {
        guard kind(of: carePlan) == expected else {
            throw .profileViolation(
                path: "category", code: "brobygger.discharge-document-kind",
                rule: "the CarePlan is a \(expected.danishName) (discharge-document-kind \(expected.rawValue))")
        }
    }
}

extension DischargeAgreement {
    /// The agreement a CarePlan describes, the inverse of `FHIR.CarePlan.init(_:)` for an agreement: one version,
    /// the current content with the current version's author, time and reason. Earlier versions are not exchanged.
    ///
    /// - Throws: ``FHIRError`` as `DischargeContent(_:)`, and when the CarePlan is not an agreement, has no UUID id
    ///   or no `revision`, or does not name the patient as a party.
    public init(_ carePlan: FHIR.CarePlan) throws(FHIRError) {
        try DischargeContent.checkKind(.agreement, of: carePlan)
        let id: DischargeAgreement.ID = try MappingSupport.identifier(carePlan.id, at: "id")
        let content = try DischargeContent(carePlan)
        let provenance = try DischargeContent.provenance(of: carePlan)
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try DischargeAgreement(id: id, content: content, provenance: provenance)
        }
    }
}

extension CoordinationPlan {
    /// The coordination plan a CarePlan describes, as `DischargeAgreement(_:)` for an agreement.
    ///
    /// - Throws: ``FHIRError`` as `DischargeContent(_:)`, and when the CarePlan is not a coordination plan, has no
    ///   UUID id or no `revision`.
    public init(_ carePlan: FHIR.CarePlan) throws(FHIRError) {
        try DischargeContent.checkKind(.coordinationPlan, of: carePlan)
        let id: CoordinationPlan.ID = try MappingSupport.identifier(carePlan.id, at: "id")
        let content = try DischargeContent(carePlan)
        let provenance = try DischargeContent.provenance(of: carePlan)
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try CoordinationPlan(id: id, content: content, provenance: provenance)
        }
    }
}

extension FHIR.CarePlan {
    /// Whether this discharge document's CarePlan is about the stay an Encounter belongs to: the same Patient
    /// (`subject`) **and** the same episode of care (the CarePlan's `encounter.identifier` value among the
    /// Encounter's `episodeOfCare` identifiers, whatever their system, as `CourseEvent(_:)` reads them).
    ///
    /// The episode alone never decides it: local episode numbers collide between wards and hospitals, and
    /// psykiatriloven §13a stk. 1 requires the agreement for the patient discharged. Patients are compared by their
    /// literal references, resolved against `bundle` when one is given (so `urn:uuid:…` and `Patient/<id>` of one
    /// entry are the same patient).
    public func isAboutStay(of encounter: FHIR.Encounter, in bundle: FHIR.Bundle? = nil) -> Bool {
        guard let episode = self.encounter?.identifier?.value,
            encounter.episodeOfCare.contains(where: { $0.identifier?.value == episode })
        else { return false }
        return DischargeMapping.samePatient(
            subject, encounter.subject, index: bundle.map(FHIR.Bundle.ReferenceIndex.init))
    }
}

extension FHIR.Bundle {
    /// The discharge agreements and coordination plans (CarePlans with a `discharge-document-kind`) of the bundle
    /// whose episode of care is, among the bundle's Encounters, only a stay of another patient.
    ///
    /// Each is a ``FHIRError/profileViolation(path:code:rule:)`` at `entry[i].resource.encounter` with the code
    /// `brobygger.discharge-episode-of-another-patient`: an input problem to report, never a match (psykiatriloven
    /// §13a stk. 1; see `FHIR.CarePlan.isAboutStay(of:in:)`). A CarePlan whose episode no Encounter of the bundle
    /// carries is not a problem here: its stay is simply not in the bundle.
    public func dischargeEpisodeProblems() -> [FHIRError] {
        let index = FHIR.Bundle.ReferenceIndex(self)
        var encounters: [String: [FHIR.Encounter]] = [:]
        for item in entry {
            guard case .encounter(let encounter)? = item.resource else { continue }
            for reference in encounter.episodeOfCare {
                if let value = reference.identifier?.value { encounters[value, default: []].append(encounter) }
            }
        }
        var problems: [FHIRError] = []
        for (position, item) in entry.enumerated() {
            guard case .carePlan(let carePlan)? = item.resource, DischargeContent.kind(of: carePlan) != nil,
                let episode = carePlan.encounter?.identifier?.value, let stays = encounters[episode], !stays.isEmpty
            else { continue }
            let own = stays.contains { DischargeMapping.samePatient(carePlan.subject, $0.subject, index: index) }
            if !own {
                problems.append(
                    .profileViolation(
                        path: FieldPath("entry").appending(index: position).appending("resource").appending(
                            "encounter"),
                        code: "brobygger.discharge-episode-of-another-patient",
                        rule:
                            "the episode of care \(episode) is a stay of another patient than the CarePlan's subject; "
                            + "a discharge agreement or plan is about its own patient's stay (psykiatriloven §13a "
                            + "stk. 1)"))
            }
        }
        return problems
    }
}

extension DischargeMapping {
    /// Whether two patient references name the same patient: the same bundle entry when both resolve, else the same
    /// literal reference.
    static func samePatient(
        _ lhs: FHIR.Reference?, _ rhs: FHIR.Reference?, index: FHIR.Bundle.ReferenceIndex?
    ) -> Bool {
        guard let left = lhs?.reference, let right = rhs?.reference else { return false }
        if let index, let leftEntry = index.entryIndex(for: left), let rightEntry = index.entryIndex(for: right) {
            return leftEntry == rightEntry
        }
        return left == right
    }
}
