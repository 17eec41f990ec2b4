import BrobyggerCore

/// The acts that change a resident record: recording course events, placements and team contacts, and new personal
/// details. Each returns the changed record and keeps the record's invariants (everything about its resident, each
/// event once, events in an order the course register accepts), so no caller rebuilds a record field by field.
extension ResidentRecord {
    /// The record with `events` recorded after the ones it holds; an event whose identifier is already recorded is
    /// skipped (receiving a message or file row twice changes nothing).
    ///
    /// - Throws: `ValidationError` `record.other-resident` for an event of another resident, or the course
    ///   register's error for an event out of order (a discharge without an admission, a correction of an unknown
    ///   event; see `CourseRegister.record(_:)`).
    public func recording(events new: some Sequence<CourseEvent>) throws(ValidationError) -> ResidentRecord {
        // An array in hand is taken as it is (no copy); any other sequence is read once.
        let added = Array(new)
        var all: [CourseEvent]
        if events.isEmpty, Self.identifiersAreDistinct(added) {
            // A record's first events, each once (the first import of a file): taken as they are, not copied one
            // by one.
            all = added
        } else {
            var known = Set<CourseEvent.ID>(minimumCapacity: events.count + added.count)
            for event in events { known.insert(event.id) }
            all = events
            all.reserveCapacity(events.count + added.count)
            for event in added where known.insert(event.id).inserted { all.append(event) }
        }
        guard all.count > events.count else { return self }
        // The register refuses an event of another resident and an identifier recorded twice. `all` holds each
        // identifier once and the record's own events are about its resident, so only a new event of another
        // resident can be refused: the register is asked only then, for its error. Otherwise the record's
        // invariants hold as they are (same resident, placements and contacts; events about the resident, each
        // once) and are not checked again event by event.
        if all[events.count...].contains(where: { $0.resident != id }) {
            var register = CourseRegister(residents: [id])
            if let first = register.record(contentsOf: all).first { throw first }
            return try replacing(events: all)
        }
        return ResidentRecord(
            uncheckedResident: resident, placements: placements, events: all, contacts: contacts,
            intensity: intensity, goals: goals)
    }

    /// Whether no two of `events` share an identifier: compared pairwise for the few events a resident usually
    /// gets at once (no set to allocate), through a set beyond that.
    static func identifiersAreDistinct(_ events: [CourseEvent]) -> Bool {
        guard events.count > 16 else {
            for (index, event) in events.enumerated() where events[..<index].contains(where: { $0.id == event.id }) {
                return false
            }
            return true
        }
        var seen = Set<CourseEvent.ID>(minimumCapacity: events.count)
        return events.allSatisfy { seen.insert($0.id).inserted }
    }

    /// The record with `placement` recorded: it replaces the placement with the same identifier, or is added.
    ///
    /// - Throws: `ValidationError` `record.other-resident` for a placement of another resident.
    public func recording(placement: Placement) throws(ValidationError) -> ResidentRecord {
        var all = placements
        if let index = all.firstIndex(where: { $0.id == placement.id }) {
            all[index] = placement
        } else {
            all.append(placement)
        }
        return try ResidentRecord(
            resident: resident, placements: all, events: events, contacts: contacts, intensity: intensity, goals: goals)
    }

    /// The record with the outreach team's `contacts` recorded: each replaces the contact with the same identifier
    /// (a later registration of the same contact corrects it), or is added; contacts stay in time order.
    ///
    /// - Throws: `ValidationError` `record.other-resident` for a contact of another resident.
    public func recording(contacts new: some Sequence<TeamContact>) throws(ValidationError) -> ResidentRecord {
        var all = contacts
        var positions = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for contact in new {
            if let index = positions[contact.id] {
                all[index] = contact
            } else {
                positions[contact.id] = all.count
                all.append(contact)
            }
        }
        all.sort { ($0.instant, $0.id) < ($1.instant, $1.id) }
        return try ResidentRecord(
            resident: resident, placements: placements, events: events, contacts: all, intensity: intensity,
            goals: goals)
    }

    /// The record with the resident's personal details replaced by `details` (same identifier), keeping its course.
    ///
    /// - Throws: `ValidationError` `record.other-resident` when `details` is another resident.
    public func replacing(details: Resident) throws(ValidationError) -> ResidentRecord {
        guard details.id == resident.id else {
            throw ValidationError(
                field: "resident.id", code: "record.other-resident",
                rule: "everything in a resident record is about its resident", offendingValue: details.id.description)
        }
        return try ResidentRecord(
            resident: details, placements: placements, events: events, contacts: contacts, intensity: intensity,
            goals: goals)
    }

    private func replacing(events all: [CourseEvent]) throws(ValidationError) -> ResidentRecord {
        try ResidentRecord(
            resident: resident, placements: placements, events: all, contacts: contacts, intensity: intensity,
            goals: goals)
    }
}

extension ResidentRecord {
    /// The recorded course event with identifier `id`, if any.
    public func event(_ id: CourseEvent.ID) -> CourseEvent? {
        events.first { $0.id == id }
    }
}
