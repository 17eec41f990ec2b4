import BrobyggerCore

/// A psychiatric outreach team for residential facilities (*botilbudsteam*).
///
/// Part of a psychiatric centre, usually district psychiatry; always nurses and a psychiatrist, possibly a
/// psychologist, pharmacist, social worker and others (Erfaringsopsamling 2024, afsnit 3.2.4). It serves 8–25
/// facilities, each on at least one fixed weekday on site (Erfaringsopsamling 2024, Bilag 2, “Ydelser”), and keeps a
/// daytime on-call phone staffed by a named member (Erfaringsopsamling 2024, afsnit 3.2.1 og 4.2.1). The team is an
/// `Organisation` of kind `.outreachTeam`; this value adds the rest.
public struct OutreachTeam: Identifiable, Sendable, Hashable, Codable {
    /// The team's identifier: the identifier of its organisation record.
    public typealias ID = Organisation.ID

    /// A team member and the profession they work in on the team.
    public struct Member: Sendable, Hashable, Codable {
        /// The professional.
        public var professional: Professional.ID
        /// The profession on the team.
        public var profession: Profession

        /// Creates a member.
        public init(professional: Professional.ID, profession: Profession) {
            self.professional = professional
            self.profession = profession
        }
    }

    /// A facility the team serves and the weekdays the team is agreed to be on site.
    public struct ServedFacility: Sendable, Hashable, Codable {
        /// The facility.
        public var facility: ResidentialFacility.ID
        /// The agreed on-site weekdays; at least one (Erfaringsopsamling 2024, Bilag 2, “Ydelser”).
        public private(set) var onSiteWeekdays: Set<Weekday>

        /// Creates a served facility.
        ///
        /// - Throws: `ValidationError` when no on-site weekday is given.
        public init(facility: ResidentialFacility.ID, onSiteWeekdays: Set<Weekday>) throws(ValidationError) {
            guard !onSiteWeekdays.isEmpty else {
                throw ValidationError(
                    field: "onSiteWeekdays", code: "team.no-on-site-day",
                    rule:
                        "The team is on site at least one fixed day a week "
                        + "(Erfaringsopsamling 2024, Bilag 2, “Ydelser”)",
                    offendingValue: nil)
            }
            self.facility = facility
            self.onSiteWeekdays = onSiteWeekdays
        }

        private enum CodingKeys: String, CodingKey {
            case facility, onSiteWeekdays
        }

        /// Decodes a served facility through the validating initialiser.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let facility = try container.decode(ResidentialFacility.ID.self, forKey: .facility)
            let days = try container.decode(Set<Weekday>.self, forKey: .onSiteWeekdays)
            self = try decoder.validating { try ServedFacility(facility: facility, onSiteWeekdays: days) }
        }

        /// Encodes the served facility (weekdays in order).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(facility, forKey: .facility)
            try container.encode(onSiteWeekdays.sorted(), forKey: .onSiteWeekdays)
        }
    }

    /// Who answers the daytime on-call phone on a weekday.
    public struct OnCallShift: Sendable, Hashable, Codable {
        /// The weekday.
        public var weekday: Weekday
        /// The member on call.
        public var professional: Professional.ID

        /// Creates a shift.
        public init(weekday: Weekday, professional: Professional.ID) {
            self.weekday = weekday
            self.professional = professional
        }
    }

    /// The identifier (the organisation's).
    public let id: ID
    /// The team's name.
    public var name: String
    /// The psychiatric centre the team belongs to.
    public var psychiatricCentre: Organisation.ID
    /// The members; each professional once.
    public private(set) var members: [Member]
    /// The facilities served; each facility once.
    public private(set) var servedFacilities: [ServedFacility]
    /// The on-call rota; every professional on it is a member.
    public private(set) var onCallRota: [OnCallShift]

    /// Creates a team.
    ///
    /// - Throws: `ValidationError` for an empty name, a repeated member or facility, or an on-call shift held by
    ///   someone who is not a member.
    public init(
        id: ID, name: String, psychiatricCentre: Organisation.ID, members: [Member],
        servedFacilities: [ServedFacility], onCallRota: [OnCallShift] = []
    ) throws(ValidationError) {
        try requireText(name, field: "name", code: "team.empty-name", rule: "A team has a name")
        try ControlCharacters.check(name, field: "name")
        var memberIDs: Set<Professional.ID> = []
        for (index, member) in members.enumerated() where !memberIDs.insert(member.professional).inserted {
            throw ValidationError(
                field: FieldPath("members").appending(index: index), code: "team.duplicate-member",
                rule: "Each professional is a member once", offendingValue: member.professional.description)
        }
        var facilityIDs: Set<ResidentialFacility.ID> = []
        for (index, served) in servedFacilities.enumerated() where !facilityIDs.insert(served.facility).inserted {
            throw ValidationError(
                field: FieldPath("servedFacilities").appending(index: index), code: "team.duplicate-facility",
                rule: "Each facility is listed once", offendingValue: served.facility.description)
        }
        for (index, shift) in onCallRota.enumerated() where !memberIDs.contains(shift.professional) {
            throw ValidationError(
                field: FieldPath("onCallRota").appending(index: index).appending("professional"),
                code: "team.on-call-not-member", rule: "The on-call phone is held by a team member",
                offendingValue: shift.professional.description)
        }
        self.id = id
        self.name = name
        self.psychiatricCentre = psychiatricCentre
        self.members = members
        self.servedFacilities = servedFacilities
        self.onCallRota = onCallRota
    }

    /// The agreed on-site weekdays at a facility, or an empty set when the team does not serve it.
    public func onSiteWeekdays(at facility: ResidentialFacility.ID) -> Set<Weekday> {
        servedFacilities.first { $0.facility == facility }?.onSiteWeekdays ?? []
    }

    /// Who holds the on-call phone on a weekday.
    public func onCall(on weekday: Weekday) -> [Professional.ID] {
        onCallRota.filter { $0.weekday == weekday }.map(\.professional)
    }

    /// Checks the composition the model describes: a team always has nurses and a psychiatrist (Erfaringsopsamling
    /// 2024, afsnit 3.2.4), and someone on call every weekday (Erfaringsopsamling 2024, afsnit 3.2.1 og 4.2.1).
    public func validate() -> ValidationReport {
        var report = ValidationReport()
        let professions = Set(members.map(\.profession))
        if !professions.contains(.nurse) {
            report.append(
                Finding(
                    code: "team.no-nurse", severity: .warning, path: "members",
                    message: "The team has no nurse; nurses are the team's primary staff.",
                    source: .document(.erfaringsopsamling2024, locator: "afsnit 3.2.4")))
        }
        if professions.isDisjoint(with: [.psychiatrist, .seniorConsultant]) {
            report.append(
                Finding(
                    code: "team.no-psychiatrist", severity: .warning, path: "members",
                    message: "The team has no psychiatrist; a fixed psychiatrist is part of every team.",
                    source: .document(.erfaringsopsamling2024, locator: "afsnit 3.2.4 og 4.1.2")))
        }
        let covered = Set(onCallRota.map(\.weekday))
        for weekday in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] where !covered.contains(weekday) {
            report.append(
                Finding(
                    code: "team.on-call-gap", severity: .information, path: "onCallRota",
                    message: "No one holds the daytime on-call phone on \(weekday).",
                    source: .document(.erfaringsopsamling2024, locator: "afsnit 3.2.1 og 4.2.1")))
        }
        return report
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, psychiatricCentre, members, servedFacilities, onCallRota
    }

    /// Decodes a team through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let name = try container.decode(String.self, forKey: .name)
        let centre = try container.decode(Organisation.ID.self, forKey: .psychiatricCentre)
        let members = try container.decode([Member].self, forKey: .members)
        let served = try container.decode([ServedFacility].self, forKey: .servedFacilities)
        let rota = try container.decodeIfPresent([OnCallShift].self, forKey: .onCallRota) ?? []
        self = try decoder.validating {
            try OutreachTeam(
                id: id, name: name, psychiatricCentre: centre, members: members, servedFacilities: served,
                onCallRota: rota)
        }
    }

    /// Encodes the team.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(psychiatricCentre, forKey: .psychiatricCentre)
        try container.encode(members, forKey: .members)
        try container.encode(servedFacilities, forKey: .servedFacilities)
        try container.encode(onCallRota, forKey: .onCallRota)
    }
}
