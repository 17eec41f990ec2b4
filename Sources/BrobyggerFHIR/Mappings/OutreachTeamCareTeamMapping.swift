import BrobyggerCore
import BrobyggerResidents

extension FHIR.CareTeam {
    /// The FHIR codes of the days of the week (`http://hl7.org/fhir/days-of-week`), Monday first.
    static let dayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The CareTeam for a psychiatric outreach team (*botilbudsteam*).
    ///
    /// - `id`: the team's UUID; `name`; `status` `active`; `category`: the organisation kind `outreach_team` in
    ///   `http://brobygger.dk/fhir/CodeSystem/organisation-kind`.
    /// - `managingOrganization`: the psychiatric centre, `Organization/<uuid>`.
    /// - `participant`: one per member, `member` `Practitioner/<uuid>` and `role` the profession in
    ///   `…/CodeSystem/profession` (`Profession` tokens, Danish display).
    /// - Brobygger extensions for what a CareTeam has no element for: one `served-facility` per facility served
    ///   (`facility` an `Organization/<uuid>` reference, one `onSiteDay` code of `days-of-week` per weekday on site)
    ///   and one `on-call-shift` per shift of the rota (`day`, `professional` a `Practitioner/<uuid>` reference).
    ///
    /// Nothing is lost: `OutreachTeam(_:)` gives the same team back.
    public init(_ team: OutreachTeam) {
        var extensions: [FHIR.Extension] = []
        for served in team.servedFacilities {
            extensions.append(
                MappingSupport.complex(
                    "served-facility",
                    [("facility", .reference(MappingSupport.reference("Organization", served.facility)))]
                        + served.onSiteWeekdays.sorted().map { ("onSiteDay", .code(Self.dayCodes[$0.rawValue - 1])) }))
        }
        for shift in team.onCallRota {
            extensions.append(
                MappingSupport.complex(
                    "on-call-shift",
                    [
                        ("day", .code(Self.dayCodes[shift.weekday.rawValue - 1])),
                        ("professional", .reference(MappingSupport.reference("Practitioner", shift.professional))),
                    ]))
        }
        self.init(
            id: MappingSupport.id(team.id), status: .active,
            category: [
                FHIR.CodeableConcept(coding: [
                    FHIR.Coding(
                        system: FHIR.Organization.organisationKindSystem, code: OrganisationKind.outreachTeam.rawValue,
                        display: OrganisationKind.outreachTeam.danishName)
                ])
            ],
            name: team.name,
            participant: team.members.map { member in
                FHIR.CareTeam.Participant(
                    role: [
                        MappingSupport.concept(
                            "profession", member.profession.rawValue, display: member.profession.danishName)
                    ],
                    member: MappingSupport.reference("Practitioner", member.professional))
            },
            managingOrganization: [MappingSupport.reference("Organization", team.psychiatricCentre)],
            extension: extensions)
    }

    /// The weekday of a `days-of-week` code.
    static func weekday(_ code: String?, at path: FieldPath) throws(FHIRError) -> Weekday {
        guard let code else { throw .missingElement(path: path) }
        guard let index = dayCodes.firstIndex(of: code), let day = Weekday(rawValue: index + 1) else {
            throw .invalidValue(
                path: path, code: "brobygger.weekday", rule: "a day is a days-of-week code (mon … sun)",
                offendingValue: code)
        }
        return day
    }
}

extension OutreachTeam {
    /// The outreach team a CareTeam describes, the inverse of `FHIR.CareTeam.init(_:)` for a team.
    ///
    /// Lost on the way in: the team's status, period, subject, telecom and notes, participants that are not
    /// practitioners, further roles, and unknown codings.
    ///
    /// - Throws: ``FHIRError`` naming the element: `id` when it is not a UUID, `name`, `managingOrganization[0]`,
    ///   a participant without a practitioner or a known profession, an invalid served facility or on-call shift,
    ///   or a domain rule (`team.duplicate-member` …).
    public init(_ careTeam: FHIR.CareTeam) throws(FHIRError) {
        let id: OutreachTeam.ID = try MappingSupport.identifier(careTeam.id, at: "id")
        guard let name = careTeam.name else { throw .missingElement(path: "name") }
        let centre: Organisation.ID = try MappingSupport.identifier(
            careTeam.managingOrganization.first, type: "Organization", at: "managingOrganization[0]")
        var members: [OutreachTeam.Member] = []
        for (index, participant) in careTeam.participant.enumerated() {
            let path = FieldPath("participant").appending(index: index)
            let professional: Professional.ID = try MappingSupport.identifier(
                participant.member, type: "Practitioner", at: path.appending("member"))
            guard
                let (code, codePath) = MappingSupport.code(
                    in: participant.role, system: "profession", at: path.appending("role"))
            else { throw .missingElement(path: path.appending("role")) }
            guard let profession = Profession(rawValue: code) else {
                throw .invalidValue(
                    path: codePath.appending("code"), code: "brobygger.profession",
                    rule: "the role is a Brobygger profession", offendingValue: code)
            }
            members.append(OutreachTeam.Member(professional: professional, profession: profession))
        }
        var served: [OutreachTeam.ServedFacility] = []
        for (item, path) in MappingSupport.extensions("served-facility", in: careTeam.extension, at: .root) {
            guard case .reference(let reference)? = item.part("facility") else {
                throw .missingElement(path: path.appending("extension(facility)"))
            }
            let facility: ResidentialFacility.ID = try MappingSupport.identifier(
                reference, type: "Organization", at: path.appending("extension(facility)"))
            var days: Set<Weekday> = []
            for value in item.parts("onSiteDay") {
                guard case .code(let code) = value else { continue }
                days.insert(try FHIR.CareTeam.weekday(code, at: path.appending("extension(onSiteDay)")))
            }
            served.append(
                try MappingSupport.validating(at: path) { () throws(ValidationError) in
                    try OutreachTeam.ServedFacility(facility: facility, onSiteWeekdays: days)
                })
        }
        var rota: [OutreachTeam.OnCallShift] = []
        for (item, path) in MappingSupport.extensions("on-call-shift", in: careTeam.extension, at: .root) {
            let day = try FHIR.CareTeam.weekday(item.text("day"), at: path.appending("extension(day)"))
            guard case .reference(let reference)? = item.part("professional") else {
                throw .missingElement(path: path.appending("extension(professional)"))
            }
            let professional: Professional.ID = try MappingSupport.identifier(
                reference, type: "Practitioner", at: path.appending("extension(professional)"))
            rota.append(OutreachTeam.OnCallShift(weekday: day, professional: professional))
        }
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try OutreachTeam(
                id: id, name: name, psychiatricCentre: centre, members: members, servedFacilities: served,
                onCallRota: rota)
        }
    }
}
