import BrobyggerCore

/// A small document used by the storage conformance suite: it carries index keys, a period, and data in two access
/// groups, so the suite can exercise queries and redaction without depending on a domain module.
public struct ConformanceDocument: AccessControlledDocument {
    /// The identifier.
    public typealias ID = Identifier<ConformanceDocument>

    /// The kind stores file it under.
    public static let documentKind: DocumentKind = "conformance-document"

    /// The identifier.
    public var id: ID
    /// The resident the document is about (a storage key).
    public var resident: String
    /// A facility key, for key queries.
    public var facility: String
    /// A status, for key queries.
    public var status: String
    /// The period covered.
    public var period: DayRange?
    /// Social-support notes (group `socialSupport`).
    public var socialNotes: [String]
    /// Diagnoses (group `diagnoses`).
    public var diagnoses: [String]

    /// Creates a document.
    public init(
        id: ID, resident: String, facility: String, status: String, period: DayRange? = nil, socialNotes: [String] = [],
        diagnoses: [String] = []
    ) {
        self.id = id
        self.resident = resident
        self.facility = facility
        self.status = status
        self.period = period
        self.socialNotes = socialNotes
        self.diagnoses = diagnoses
    }

    /// Listed by resident, facility and status.
    public var indexKeys: [IndexKey] {
        [IndexKey("resident", resident), IndexKey("facility", facility), IndexKey("status", status)]
    }

    /// The document's period.
    public var indexPeriod: DayRange? { period }

    /// The resident.
    public var accessSubject: AccessSubject { AccessSubject(residentKey: resident) }

    /// Identity, social support and diagnoses.
    public var fieldGroups: Set<FieldGroup> { [.identity, .socialSupport, .diagnoses] }

    /// The document with only the allowed groups' data.
    public func redacted(to groups: Set<FieldGroup>) -> ConformanceDocument {
        var copy = self
        if !groups.contains(.socialSupport) { copy.socialNotes = [] }
        if !groups.contains(.diagnoses) { copy.diagnoses = [] }
        if !groups.contains(.identity) { copy.status = "" }
        return copy
    }
}
