import BrobyggerCore

/// A resident of a social-psychiatric residential facility (*beboer*; *borger* to the municipality, *patient* to
/// the region): one person, three roles depending on the sector speaking (the collaboration-agreement template
/// writes *beboeren/patienten*, Erfaringsopsamling 2024, Bilag 2, “Formål”).
///
/// The person identifier is a CPR or replacement number and is always masked in textual renderings. The acting
/// municipality (*handlekommune*) pays for and decides the social support.
public struct Resident: Identifiable, Sendable, Hashable, Codable {
    /// The resident's identifier.
    public typealias ID = Identifier<Resident>

    /// The identifier.
    public let id: ID
    /// CPR number or replacement number (masked in every description).
    public var person: PersonIdentifier
    /// The resident's name.
    public var name: PersonName
    /// The acting municipality (*handlekommune*).
    public var actingMunicipality: MunicipalityCode
    /// Diagnoses with rank and date, in the order given.
    public private(set) var diagnoses: [Diagnosis]
    /// GAF assessments, oldest first.
    public private(set) var gafScores: [GAFScore]
    /// Relatives (*pårørende*) the resident has named.
    public private(set) var relatives: [Relative]
    /// The proxy (*stedfortræder*) the resident designated among the relatives, if any (VIVE 2023, Hovedresultater).
    public private(set) var proxy: DesignatedProxy?
    /// The resident's contact person (*kontaktperson*) on the facility.
    public var facilityContactPerson: Professional.ID?
    /// The outreach team's primary contact person, who coordinates the effort (Erfaringsopsamling 2024, afsnit 3.3).
    public var teamPrimaryContact: Professional.ID?

    /// Creates a resident.
    ///
    /// - Throws: `ValidationError` when the same code is given twice on one date (`resident.duplicate-diagnosis`),
    ///   two primary diagnoses share a date (`resident.multiple-primary-diagnoses`), relatives repeat an identifier
    ///   (`resident.duplicate-relative`) or the proxy is not one of the relatives (`resident.unknown-proxy`).
    public init(
        id: ID, person: PersonIdentifier, name: PersonName, actingMunicipality: MunicipalityCode,
        diagnoses: [Diagnosis] = [], gafScores: [GAFScore] = [], relatives: [Relative] = [],
        proxy: DesignatedProxy? = nil, facilityContactPerson: Professional.ID? = nil,
        teamPrimaryContact: Professional.ID? = nil
    ) throws(ValidationError) {
        var seen: Set<Diagnosis> = []
        var primaryDates: Set<CalendarDate> = []
        for (index, diagnosis) in diagnoses.enumerated() {
            var key = diagnosis
            key.rank = .primary
            guard seen.insert(key).inserted else {
                throw ValidationError(
                    field: FieldPath("diagnoses").appending(index: index), code: "resident.duplicate-diagnosis",
                    rule: "A diagnosis code is recorded once per date", offendingValue: diagnosis.code.code)
            }
            if diagnosis.rank == .primary, !primaryDates.insert(diagnosis.date).inserted {
                throw ValidationError(
                    field: FieldPath("diagnoses").appending(index: index), code: "resident.multiple-primary-diagnoses",
                    rule: "At most one primary diagnosis is given on one date", offendingValue: diagnosis.code.code)
            }
        }
        var relativeIDs: Set<Relative.ID> = []
        for (index, relative) in relatives.enumerated() where !relativeIDs.insert(relative.id).inserted {
            throw ValidationError(
                field: FieldPath("relatives").appending(index: index), code: "resident.duplicate-relative",
                rule: "Each relative appears once", offendingValue: relative.id.description)
        }
        if let proxy, !relativeIDs.contains(proxy.relative) {
            throw ValidationError(
                field: "proxy.relative", code: "resident.unknown-proxy",
                rule: "The designated proxy is one of the resident's relatives",
                offendingValue: proxy.relative.description)
        }
        self.id = id
        self.person = person
        self.name = name
        self.actingMunicipality = actingMunicipality
        self.diagnoses = diagnoses
        self.gafScores = gafScores.sorted()
        self.relatives = relatives
        self.proxy = proxy
        self.facilityContactPerson = facilityContactPerson
        self.teamPrimaryContact = teamPrimaryContact
    }

    /// The latest primary diagnosis given on or before the date.
    public func primaryDiagnosis(on date: CalendarDate) -> Diagnosis? {
        diagnoses.filter { $0.rank == .primary && $0.date <= date }.max { $0.date < $1.date }
    }

    /// The diagnosis codes given on or before the date.
    public func diagnosisCodes(on date: CalendarDate) -> [DiagnosisCode] {
        diagnoses.filter { $0.date <= date }.map(\.code)
    }

    /// The latest GAF assessment on or before the date.
    public func latestGAF(on date: CalendarDate) -> GAFScore? {
        gafScores.last { $0.assessedOn <= date }
    }

    /// Returns a copy with one more diagnosis, validated like the initialiser.
    public func adding(_ diagnosis: Diagnosis) throws(ValidationError) -> Resident {
        try Resident(
            id: id, person: person, name: name, actingMunicipality: actingMunicipality,
            diagnoses: diagnoses + [diagnosis], gafScores: gafScores, relatives: relatives, proxy: proxy,
            facilityContactPerson: facilityContactPerson, teamPrimaryContact: teamPrimaryContact)
    }

    /// Returns a copy with one more GAF assessment.
    public func adding(_ score: GAFScore) -> Resident {
        var copy = self
        copy.gafScores = (gafScores + [score]).sorted()
        return copy
    }

    /// Returns a copy with the relatives and designated proxy replaced, validated like the initialiser.
    public func withRelatives(_ relatives: [Relative], proxy: DesignatedProxy?) throws(ValidationError) -> Resident {
        try Resident(
            id: id, person: person, name: name, actingMunicipality: actingMunicipality, diagnoses: diagnoses,
            gafScores: gafScores, relatives: relatives, proxy: proxy, facilityContactPerson: facilityContactPerson,
            teamPrimaryContact: teamPrimaryContact)
    }

    private enum CodingKeys: String, CodingKey {
        case id, person, name, actingMunicipality, diagnoses, gafScores, relatives, proxy, facilityContactPerson
        case teamPrimaryContact
    }

    /// Decodes a resident through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let person = try container.decode(PersonIdentifier.self, forKey: .person)
        let name = try container.decode(PersonName.self, forKey: .name)
        let municipality = try container.decode(MunicipalityCode.self, forKey: .actingMunicipality)
        let diagnoses = try container.decodeIfPresent([Diagnosis].self, forKey: .diagnoses) ?? []
        let scores = try container.decodeIfPresent([GAFScore].self, forKey: .gafScores) ?? []
        let relatives = try container.decodeIfPresent([Relative].self, forKey: .relatives) ?? []
        let proxy = try container.decodeIfPresent(DesignatedProxy.self, forKey: .proxy)
        let contact = try container.decodeIfPresent(Professional.ID.self, forKey: .facilityContactPerson)
        let primary = try container.decodeIfPresent(Professional.ID.self, forKey: .teamPrimaryContact)
        self = try decoder.validating {
            try Resident(
                id: id, person: person, name: name, actingMunicipality: municipality, diagnoses: diagnoses,
                gafScores: scores, relatives: relatives, proxy: proxy, facilityContactPerson: contact,
                teamPrimaryContact: primary)
        }
    }

    /// Encodes the resident.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(person, forKey: .person)
        try container.encode(name, forKey: .name)
        try container.encode(actingMunicipality, forKey: .actingMunicipality)
        try container.encode(diagnoses, forKey: .diagnoses)
        try container.encode(gafScores, forKey: .gafScores)
        try container.encode(relatives, forKey: .relatives)
        try container.encodeIfPresent(proxy, forKey: .proxy)
        try container.encodeIfPresent(facilityContactPerson, forKey: .facilityContactPerson)
        try container.encodeIfPresent(teamPrimaryContact, forKey: .teamPrimaryContact)
    }
}
