import BrobyggerCore

/// A resident with everything about their course kept together: placements, course events, team contacts, effort
/// intensity and the resident's own goals. The unit stores keep and versions (`StorableDocument`), and the unit the
/// access gateway redacts field group by field group (`AccessControlledDocument`).
///
/// Every member must be about the record's resident; a record mixing residents cannot be built or decoded.
public struct ResidentRecord: AccessControlledDocument {
    /// The resident's identifier.
    public typealias ID = Resident.ID

    /// Stores file resident records under this kind.
    public static let documentKind: DocumentKind = "resident-record"

    /// The resident.
    public let resident: Resident
    /// Placements on facilities.
    public let placements: [Placement]
    /// Course events (admissions, leave, discharges, corrections).
    public let events: [CourseEvent]
    /// The outreach team's registered contacts.
    public let contacts: [TeamContact]
    /// Changes of effort intensity, if any are recorded.
    public let intensity: EffortIntensityHistory?
    /// The resident's goals and wishes in their own words, if recorded.
    public let goals: ResidentGoals?

    /// The record's identifier: the resident's.
    public var id: Resident.ID { resident.id }

    /// Creates a record.
    ///
    /// - Throws: `ValidationError` with code `record.other-resident` when a placement, event, contact, intensity
    ///   history or goals belong to another resident, or `record.duplicate-event` when an event identifier repeats.
    public init(
        resident: Resident, placements: [Placement] = [], events: [CourseEvent] = [], contacts: [TeamContact] = [],
        intensity: EffortIntensityHistory? = nil, goals: ResidentGoals? = nil
    ) throws(ValidationError) {
        try Self.checkParts(of: resident.id, placements: placements, events: events, contacts: contacts)
        if let intensity { try Self.check(intensity.resident, of: resident.id, "intensity.resident") }
        if let goals { try Self.check(goals.resident, of: resident.id, "goals.resident") }
        self.init(
            uncheckedResident: resident, placements: placements, events: events, contacts: contacts,
            intensity: intensity, goals: goals)
    }

    /// Checks the rules of a record's placements, events and contacts: each is about `resident`
    /// (`record.other-resident`) and no event identifier repeats (`record.duplicate-event`). A view that reads only
    /// these parts of a stored record checks them as the record's own initialiser does.
    package static func checkParts(
        of resident: Resident.ID, placements: [Placement], events: [CourseEvent], contacts: [TeamContact]
    ) throws(ValidationError) {
        for (index, placement) in placements.enumerated() {
            try check(
                placement.resident, of: resident, FieldPath("placements").appending(index: index).appending("resident"))
        }
        var eventIDs = Set<CourseEvent.ID>(minimumCapacity: events.count)
        for (index, event) in events.enumerated() {
            try check(event.resident, of: resident, FieldPath("events").appending(index: index).appending("resident"))
            guard eventIDs.insert(event.id).inserted else {
                throw ValidationError(
                    field: FieldPath("events").appending(index: index).appending("id"), code: "record.duplicate-event",
                    rule: "an event identifier is recorded once", offendingValue: event.id.description)
            }
        }
        for (index, contact) in contacts.enumerated() {
            try check(
                contact.resident, of: resident, FieldPath("contacts").appending(index: index).appending("resident"))
        }
    }

    /// Refuses a part about `other` in the record of `resident`. The path is built only for an error: a record holds
    /// hundreds of contacts, checked on every reading.
    private static func check(_ other: Resident.ID, of resident: Resident.ID, _ field: @autoclosure () -> FieldPath)
        throws(ValidationError)
    {
        guard other == resident else {
            throw ValidationError(
                field: field(), code: "record.other-resident",
                rule: "everything in a resident record is about its resident", offendingValue: other.description)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case resident, placements, events, contacts, intensity, goals
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try c.decode(Resident.self, forKey: .resident)
        let placements = try c.decodeIfPresent([Placement].self, forKey: .placements) ?? []
        let events = try c.decodeIfPresent([CourseEvent].self, forKey: .events) ?? []
        let contacts = try c.decodeIfPresent([TeamContact].self, forKey: .contacts) ?? []
        let intensity = try c.decodeIfPresent(EffortIntensityHistory.self, forKey: .intensity)
        let goals = try c.decodeIfPresent(ResidentGoals.self, forKey: .goals)
        self = try decoder.validating {
            try ResidentRecord(
                resident: resident, placements: placements, events: events, contacts: contacts, intensity: intensity,
                goals: goals)
        }
    }

    /// Listed by resident, by each facility the resident has been placed on, by acting municipality, and under
    /// ``openStayKey`` while the events leave a psychiatric stay open (the §13a worklist reads only those), else
    /// under ``noOpenStayKey``.
    public var indexKeys: [IndexKey] {
        var keys = [IndexKey("resident", resident.id), IndexKey("municipality", resident.actingMunicipality.value)]
        for facility in Set(placements.map(\.facility)).sorted() { keys.append(IndexKey("facility", facility)) }
        keys.append(hasOpenPsychiatricStay ? Self.openStayKey : Self.noOpenStayKey)
        return keys
    }

    /// The key of records whose course events leave a stay on a psychiatric ward open (admitted, not discharged):
    /// what the open-stays worklist lists. Records saved before this key existed carry it once saved again.
    public static let openStayKey = IndexKey("stay", "open-psychiatric")

    /// The key of records whose course events leave no psychiatric stay open. Every record saved since the stay
    /// keys exist carries this key or ``openStayKey``, so a reader can tell from the counts alone whether a store
    /// still holds records saved before them (whose open stays the key would miss).
    public static let noOpenStayKey = IndexKey("stay", "none")

    /// Whether the resolved events leave a stay on a psychiatric ward open.
    public var hasOpenPsychiatricStay: Bool {
        guard events.contains(where: { $0.kind.isAdmission }) else { return false }
        var timeline = CourseTimeline(resident: resident.id)
        for event in events { try? timeline.record(event) }
        return timeline.stays.contains { $0.isOngoing && $0.wardType == .psychiatric }
    }

    /// From the first placement's start to the last placement's end (open while any placement is).
    public var indexPeriod: DayRange? {
        guard let start = placements.map(\.period.start).min() else { return nil }
        let end: CalendarDate? =
            placements.contains { $0.period.end == nil } ? nil : placements.compactMap(\.period.end).max()
        return try? DayRange(start: start, end: end)
    }

    /// The resident.
    public var accessSubject: AccessSubject { AccessSubject(resident: resident.id) }

    /// The groups the record holds data in.
    public var fieldGroups: Set<FieldGroup> {
        var groups: Set<FieldGroup> = [.identity]
        if !resident.relatives.isEmpty || resident.facilityContactPerson != nil || resident.teamPrimaryContact != nil {
            groups.insert(.contact)
        }
        if !resident.diagnoses.isEmpty || !resident.gafScores.isEmpty { groups.insert(.diagnoses) }
        if !placements.isEmpty { groups.insert(.socialSupport) }
        if !events.isEmpty { groups.insert(.admissionsAndDischarges) }
        if !contacts.isEmpty { groups.insert(.psychiatricTreatment) }
        if intensity != nil { groups.insert(.effortIntensity) }
        if goals != nil { groups.insert(.goalsAndWishes) }
        return groups
    }

    /// The record with only the allowed groups' data. Identity (name, CPR number, acting municipality) stays: it is
    /// what the record is addressed by.
    public func redacted(to groups: Set<FieldGroup>) -> ResidentRecord {
        let keepContact = groups.contains(.contact)
        let keepDiagnoses = groups.contains(.diagnoses)
        // The identity fields come from a valid resident, so rebuilding with fewer parts cannot break an invariant;
        // should it ever, the whole resident is withheld rather than shown unredacted.
        let person =
            (try? Resident(
                id: resident.id, person: resident.person, name: resident.name,
                actingMunicipality: resident.actingMunicipality,
                diagnoses: keepDiagnoses ? resident.diagnoses : [], gafScores: keepDiagnoses ? resident.gafScores : [],
                relatives: keepContact ? resident.relatives : [], proxy: keepContact ? resident.proxy : nil,
                facilityContactPerson: keepContact ? resident.facilityContactPerson : nil,
                teamPrimaryContact: keepContact ? resident.teamPrimaryContact : nil)) ?? resident
        return ResidentRecord(
            uncheckedResident: person, placements: groups.contains(.socialSupport) ? placements : [],
            events: groups.contains(.admissionsAndDischarges) ? events : [],
            contacts: groups.contains(.psychiatricTreatment) ? contacts : [],
            intensity: groups.contains(.effortIntensity) ? intensity : nil,
            goals: groups.contains(.goalsAndWishes) ? goals : nil)
    }

    /// A record whose parts the caller knows to keep the invariants (a redaction of a valid record, or one with
    /// events added that were checked to be the resident's, each once).
    init(
        uncheckedResident resident: Resident, placements: [Placement], events: [CourseEvent], contacts: [TeamContact],
        intensity: EffortIntensityHistory?, goals: ResidentGoals?
    ) {
        self.resident = resident
        self.placements = placements
        self.events = events
        self.contacts = contacts
        self.intensity = intensity
        self.goals = goals
    }
}

// Every listing of the store reads every record: the store reads a record's fields and arrays directly, with the
// keys, values and errors of `init(from:)`.
extension ResidentRecord: DirectFieldDecodable {
    /// Reads a record from its fields through the validating initialiser: the keys, values accepted and errors of
    /// `init(from:)`.
    public init(directFields fields: DirectFields) throws {
        let resident = try fields.decode(Resident.self, CodingKeys.resident)
        let placements = try fields.arrayIfPresent(Placement.self, CodingKeys.placements) ?? []
        let events = try fields.arrayIfPresent(CourseEvent.self, CodingKeys.events) ?? []
        let contacts = try fields.arrayIfPresent(TeamContact.self, CodingKeys.contacts) ?? []
        let intensity = try fields.decodeIfPresent(EffortIntensityHistory.self, CodingKeys.intensity)
        let goals = try fields.decodeIfPresent(ResidentGoals.self, CodingKeys.goals)
        self = try fields.validating {
            try ResidentRecord(
                resident: resident, placements: placements, events: events, contacts: contacts, intensity: intensity,
                goals: goals)
        }
    }
}
