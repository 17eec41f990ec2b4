/// The complete, append-only history of a versioned document (a care plan, a discharge agreement, a
/// collaboration agreement).
///
/// Versions are numbered 1…n without gaps and their instants never go backwards. No API rewrites or removes a
/// version: a change is a new version, so the history answers "what did the plan say on that day, and who
/// changed it?".
public struct RevisionHistory<Document: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// All versions, oldest first; never empty.
    public let versions: [Revision<Document>]

    /// Starts a history with its first version.
    public init(initial document: Document, provenance: Provenance) {
        self.versions = [Revision(uncheckedNumber: 1, document: document, provenance: provenance)]
    }

    /// Rebuilds a history from stored versions, checking that they form one.
    ///
    /// - Throws: ``ValidationError`` with code `history.empty`, `history.numbering` (not 1…n) or
    ///   `history.time-order` (an instant earlier than the version before it).
    public init(versions: [Revision<Document>]) throws(ValidationError) {
        guard !versions.isEmpty else {
            throw ValidationError(field: "versions", code: "history.empty", rule: "a history has at least one version")
        }
        for (index, version) in versions.enumerated() {
            guard version.number == index + 1 else {
                throw ValidationError(
                    field: FieldPath("versions").appending(index: index).appending("number"), code: "history.numbering",
                    rule: "versions are numbered 1, 2, 3 … without gaps", offendingValue: String(version.number))
            }
            if index > 0, version.provenance.instant < versions[index - 1].provenance.instant {
                throw ValidationError(
                    field: FieldPath("versions").appending(index: index).appending("provenance.instant"),
                    code: "history.time-order", rule: "a version cannot be older than the version before it",
                    offendingValue: version.provenance.instant.iso8601)
            }
        }
        self.versions = versions
    }

    private enum CodingKeys: String, CodingKey {
        case versions
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let versions = try c.decode([Revision<Document>].self, forKey: .versions)
        self = try decoder.validating { try RevisionHistory(versions: versions) }
    }

    /// The newest version.
    public var current: Revision<Document> { versions[versions.count - 1] }

    /// The newest document.
    public var currentDocument: Document { current.document }

    /// The version with a number, if it exists.
    public func version(_ number: Int) -> Revision<Document>? {
        versions.indices.contains(number - 1) ? versions[number - 1] : nil
    }

    /// The version in force at an instant: the newest made at or before it.
    public func version(at instant: Instant) -> Revision<Document>? {
        versions.last { $0.provenance.instant <= instant }
    }

    /// A history with one more version.
    ///
    /// - Throws: ``ValidationError`` with code `history.time-order` when the new version's instant is before the
    ///   current one's.
    public func appending(_ document: Document, provenance: Provenance) throws(ValidationError) -> RevisionHistory {
        let revision = try Revision(number: versions.count + 1, document: document, provenance: provenance)
        return try RevisionHistory(versions: versions + [revision])
    }
}
