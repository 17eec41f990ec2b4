import BrobyggerCore

/// The course timelines of every known resident, taking events as they arrive from the hospitals.
///
/// An event about a resident the register does not know is refused (`timeline.unknown-resident`), as is an event
/// identifier seen before anywhere in the register (`timeline.duplicate-event`); a refused event leaves the
/// register unchanged.
public struct CourseRegister: Sendable, Hashable, Codable {
    /// The timelines by resident.
    public private(set) var timelines: [Resident.ID: CourseTimeline]
    private var eventIDs: Set<CourseEvent.ID>

    /// Creates a register for the given residents, with empty timelines.
    public init(residents: some Sequence<Resident.ID>) {
        timelines = Dictionary(
            residents.map { ($0, CourseTimeline(resident: $0)) }, uniquingKeysWith: { first, _ in first })
        eventIDs = []
    }

    /// Records an event on its resident's timeline.
    ///
    /// - Throws: `ValidationError` `timeline.unknown-resident` or `timeline.duplicate-event`.
    public mutating func record(_ event: CourseEvent) throws(ValidationError) {
        guard timelines[event.resident] != nil else {
            throw ValidationError(
                field: "resident", code: "timeline.unknown-resident",
                rule: "Events are recorded only for known residents", offendingValue: event.id.description)
        }
        guard !eventIDs.contains(event.id) else {
            throw ValidationError(
                field: "id", code: "timeline.duplicate-event", rule: "Each event identifier is recorded once",
                offendingValue: event.id.description)
        }
        // Recorded in place: a copy taken out of the dictionary and put back would copy the timeline's events on
        // every event. `CourseTimeline.record(_:)` leaves the timeline unchanged when it throws.
        try timelines[event.resident]?.record(event)
        eventIDs.insert(event.id)
    }

    /// Records many events, collecting the refused ones instead of stopping.
    ///
    /// - Returns: The errors, each nested under the event's index.
    @discardableResult
    public mutating func record(contentsOf events: some Sequence<CourseEvent>) -> [ValidationError] {
        var errors: [ValidationError] = []
        for (index, event) in events.enumerated() {
            do {
                try record(event)
            } catch {
                errors.append(error.nested(under: FieldPath("events").appending(index: index)))
            }
        }
        return errors
    }

    /// The resident's timeline.
    public func timeline(of resident: Resident.ID) -> CourseTimeline? { timelines[resident] }

    /// All stays of all residents, ward transfers joined under the national definition of a hospital stay.
    public var stays: [Stay] { timelines.values.flatMap(\.stays) }

    /// All stays of all residents, ward transfers joined under a given definition.
    public func stays(joining definition: HospitalStayDefinition) -> [Stay] {
        timelines.values.flatMap { $0.stays(joining: definition) }
    }

    private enum CodingKeys: String, CodingKey {
        case timelines
    }

    /// Decodes a register from its timelines, rejecting event identifiers used twice.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let list = try container.decode([CourseTimeline].self, forKey: .timelines)
        var register = CourseRegister(residents: list.map(\.resident))
        let errors = register.record(contentsOf: list.flatMap(\.events))
        if let first = errors.first {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: first.description, underlyingError: first))
        }
        self = register
    }

    /// Encodes the timelines ordered by resident.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timelines.values.sorted { $0.resident < $1.resident }, forKey: .timelines)
    }
}
