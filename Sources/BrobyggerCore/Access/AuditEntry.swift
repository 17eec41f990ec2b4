/// What an audited operation did.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read one document.
    case read
    /// Listed documents.
    case list
    /// Created a document.
    case create
    /// Saved a new version of a document.
    case update
    /// Disclosed data to another party (psykiatriloven §13c, or on consent).
    case disclose
    /// Exported data out of the system.
    case export
}

/// One line of the audit log: who read or changed what, when, on which basis, and whether it was allowed.
///
/// Entries name people by identifiers and roles, never by CPR number.
public struct AuditEntry: Identifiable, Hashable, Sendable, Codable {
    /// The entry's identifier.
    public typealias ID = Identifier<AuditEntry>

    /// The outcome of the audited operation.
    public enum Outcome: Hashable, Sendable, Codable {
        /// Allowed on these bases, showing these groups.
        case allowed(bases: [AccessBasis], groups: [FieldGroup])
        /// Refused, with the reasons.
        case denied([AccessDenial])
    }

    /// The identifier.
    public let id: ID
    /// When it happened.
    public let instant: Instant
    /// Who did it.
    public let accessor: Accessor
    /// What was done.
    public let action: AuditAction
    /// The kind of document.
    public let documentKind: DocumentKind
    /// The document's storage key, when one document was involved.
    public let documentID: String?
    /// The version read or written.
    public let version: Int?
    /// The resident the data is about.
    public let subject: AccessSubject
    /// Whether it was allowed, and on which basis.
    public let outcome: Outcome

    /// Creates an entry.
    public init(
        id: ID, instant: Instant, accessor: Accessor, action: AuditAction, documentKind: DocumentKind,
        documentID: String?, version: Int?, subject: AccessSubject, outcome: Outcome
    ) {
        self.id = id
        self.instant = instant
        self.accessor = accessor
        self.action = action
        self.documentKind = documentKind
        self.documentID = documentID
        self.version = version
        self.subject = subject
        self.outcome = outcome
    }

    /// Whether the operation was allowed.
    public var wasAllowed: Bool {
        if case .allowed = outcome { return true }
        return false
    }
}

/// Which audit entries to list.
public struct AuditQuery: Hashable, Sendable, Codable {
    /// Only entries about this kind of document.
    public var documentKind: DocumentKind?
    /// Only entries about this document.
    public var documentID: String?
    /// Only entries about this resident ("who has looked at my data?").
    public var subject: AccessSubject?
    /// Only entries by accessors of this organisation.
    public var organisation: Organisation.ID?
    /// Only entries at or after this instant.
    public var from: Instant?
    /// Only entries before this instant.
    public var until: Instant?

    /// Creates a query; the default lists every entry.
    public init(
        documentKind: DocumentKind? = nil, documentID: String? = nil, subject: AccessSubject? = nil,
        organisation: Organisation.ID? = nil, from: Instant? = nil, until: Instant? = nil
    ) {
        self.documentKind = documentKind
        self.documentID = documentID
        self.subject = subject
        self.organisation = organisation
        self.from = from
        self.until = until
    }

    /// Every entry.
    public static let all = AuditQuery()

    /// Whether an entry matches.
    public func matches(_ entry: AuditEntry) -> Bool {
        if let documentKind, entry.documentKind != documentKind { return false }
        if let documentID, entry.documentID != documentID { return false }
        if let subject, entry.subject != subject { return false }
        if let organisation, entry.accessor.organisation != organisation { return false }
        if let from, entry.instant < from { return false }
        if let until, entry.instant >= until { return false }
        return true
    }
}
