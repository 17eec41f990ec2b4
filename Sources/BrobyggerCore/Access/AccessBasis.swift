/// The ground on which someone may see or change data about a resident.
///
/// Consent and the statutory disclosure basis of psykiatriloven §13c are separate grounds (§13c asks no consent): a
/// disclosure necessary to make or supervise a discharge agreement needs no consent, and consent does not widen
/// what §13c allows.
public enum AccessBasis: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The data belongs to the accessor's own sector and role (a team nurse reading the team's treatment notes).
    case ownSector(reason: String, source: SourceCitation)
    /// The resident's (or proxy's) consent to share, identified by the consent record's key.
    case consent(reference: String)
    /// A statutory basis for the disclosure, e.g. psykiatriloven §13c for making or supervising an agreement.
    case statute(SourceCitation, purpose: String)
    /// The resident's own data, read by the resident.
    case ownData
    /// A designation as the resident's proxy in force.
    case designatedProxy(relative: Relative.ID)

    /// The kind of basis, for policy rules.
    public var kind: Kind {
        switch self {
        case .ownSector: .ownSector
        case .consent: .consent
        case .statute: .statute
        case .ownData: .ownData
        case .designatedProxy: .designatedProxy
        }
    }

    /// The kinds of basis.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Own sector and role.
        case ownSector
        /// Consent to share.
        case consent
        /// A statutory disclosure basis.
        case statute
        /// The resident's own data.
        case ownData
        /// A proxy designation.
        case designatedProxy
    }

    /// A short explanation.
    public var description: String {
        switch self {
        case .ownSector(let reason, let source): "own sector: \(reason) (\(source))"
        case .consent(let reference): "consent \(reference)"
        case .statute(let source, let purpose): "\(source): \(purpose)"
        case .ownData: "the resident's own data"
        case .designatedProxy(let relative): "designated proxy \(relative)"
        }
    }
}

/// What a document is about, for access decisions and the audit log: the resident, identified by the storage key
/// of their identifier (never by CPR number).
public struct AccessSubject: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The resident's storage key, or `nil` for documents about no single person.
    public let resident: String?

    /// A document about a resident.
    public init(resident: some StorageKeyConvertible) {
        self.resident = resident.storageKey
    }

    /// A document about the resident with this storage key.
    public init(residentKey: String) {
        self.resident = residentKey
    }

    /// A document about no single person (an agreement, a survey round).
    public static let none = AccessSubject(noResident: ())

    private init(noResident: Void) {
        self.resident = nil
    }

    /// The resident's key, or `none`.
    public var description: String { resident ?? "none" }
}

/// The stored document an access is about: its kind and storage key.
///
/// Some bases hold for one document only: a psykiatriloven §13c disclosure entitles its recipient to the agreement or
/// plan it served, not to every document about the resident.
public struct AccessedDocument: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The document's kind.
    public let kind: DocumentKind
    /// The document's storage key.
    public let id: String

    /// Names a document by kind and storage key.
    public init(kind: DocumentKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// `kind/id`.
    public var description: String { "\(kind)/\(id)" }
}

/// A source of access bases: consent registers, §13c disclosure records, proxy designations.
///
/// The policy asks each provider which bases an accessor has for a group of fields about a subject on a day, and
/// names the document accessed where there is one (``AccessGateway`` always does). A provider whose bases hold for
/// the subject whatever the document (consent, a proxy designation) implements only
/// `bases(for:subject:group:on:)`; one whose bases hold for particular documents (a §13c disclosure) implements
/// `bases(for:subject:document:group:on:)` too.
public protocol AccessBasisProvider: Sendable {
    /// The bases `accessor` has to access `group` about `subject` on `date`, whatever the document.
    func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]

    /// The bases `accessor` has to access `group` of `document` about `subject` on `date`; `document` is `nil` when
    /// the access is about no one stored document. The default gives the bases of
    /// `bases(for:subject:group:on:)`.
    func bases(
        for accessor: Accessor, subject: AccessSubject, document: AccessedDocument?, group: FieldGroup,
        on date: CalendarDate
    ) -> [AccessBasis]
}

extension AccessBasisProvider {
    /// The bases that hold whatever the document: those of `bases(for:subject:group:on:)`.
    public func bases(
        for accessor: Accessor, subject: AccessSubject, document: AccessedDocument?, group: FieldGroup,
        on date: CalendarDate
    ) -> [AccessBasis] {
        bases(for: accessor, subject: subject, group: group, on: date)
    }
}
