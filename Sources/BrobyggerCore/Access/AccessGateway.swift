/// The door every cross-sector read and write goes through: it asks the ``AccessPolicy`` per field group, shows
/// only what is allowed, refuses with the missing basis named, and writes every decision to the audit log.
///
/// ```swift
/// let gateway = AccessGateway(store: store, policy: .standard, providers: [consents, disclosures], clock: clock)
/// let view = try await gateway.read(ResidentRecord.self, id: id, as: facilityStaff)
/// // view.document holds only the groups the facility may see; view.withheld says what was left out and why.
/// ```
///
/// A read is logged before the data is returned, so no data leaves without an audit entry; if the log cannot be
/// written, the read fails. A write is logged after it is saved.
public struct AccessGateway: Sendable {
    /// The store behind the gateway.
    public let store: any DocumentStore
    /// The policy deciding each group.
    public let policy: AccessPolicy
    /// Where access bases (consent, §13c disclosures, proxy designations) come from.
    public let providers: [any AccessBasisProvider]
    /// The clock that dates decisions and audit entries.
    public let clock: any DomainClock
    /// The source of audit-entry identifiers.
    public let ids: any IdentifierSource

    /// Creates a gateway.
    public init(
        store: any DocumentStore, policy: AccessPolicy = .standard, providers: [any AccessBasisProvider] = [],
        clock: any DomainClock, ids: any IdentifierSource = RandomIdentifierSource()
    ) {
        self.store = store
        self.policy = policy
        self.providers = providers
        self.clock = clock
        self.ids = ids
    }

    /// The bases an accessor has for a group about a subject on a day, including the resident's own data; with
    /// `document`, also the bases that hold for that document only (a §13c disclosure).
    public func bases(
        for accessor: Accessor, subject: AccessSubject, document: AccessedDocument? = nil, group: FieldGroup,
        on date: CalendarDate
    ) -> [AccessBasis] {
        var result: [AccessBasis] = []
        if accessor.role == .resident, let own = accessor.resident, own == subject.resident {
            result.append(.ownData)
        }
        for provider in providers {
            result += provider.bases(for: accessor, subject: subject, document: document, group: group, on: date)
        }
        return result
    }

    /// Decides every group of a document for an operation.
    public func decisions(
        _ operation: AccessOperation, groups: Set<FieldGroup>, subject: AccessSubject,
        document: AccessedDocument? = nil, by accessor: Accessor, on date: CalendarDate
    ) -> [FieldGroup: AccessDecision] {
        var result: [FieldGroup: AccessDecision] = [:]
        for group in groups {
            let available = bases(for: accessor, subject: subject, document: document, group: group, on: date)
            result[group] = policy.decide(operation, group, by: accessor, bases: available)
        }
        return result
    }

    /// Reads a document as `accessor` may see it.
    ///
    /// - Throws: ``StoreError/notFound(kind:id:)`` when it does not exist; ``StoreError/accessDenied(_:)`` when no
    ///   group may be shown (the refusal is logged).
    public func read<Document: AccessControlledDocument>(_ type: Document.Type, id: Document.ID, as accessor: Accessor)
        async throws(StoreError) -> AccessView<Document>
    {
        guard let revision = try await store.current(type, id: id) else {
            throw .notFound(kind: Document.documentKind, id: id.storageKey)
        }
        guard let view = try await view(of: revision, as: accessor, action: .read) else {
            let denial = decisions(
                .read, groups: revision.document.fieldGroups, subject: revision.document.accessSubject,
                document: AccessedDocument(kind: Document.documentKind, id: id.storageKey), by: accessor,
                on: clock.today
            ).values.compactMap(\.denial).sorted { $0.group < $1.group }.first
            throw .accessDenied(
                denial ?? AccessDenial(role: accessor.role, group: .identity, operation: .read, missing: "no data"))
        }
        return view
    }

    /// Lists the documents matching a query, each as `accessor` may see it; documents with nothing to show are left
    /// out (and the refusals logged).
    public func list<Document: AccessControlledDocument>(
        _ type: Document.Type, matching query: DocumentQuery, as accessor: Accessor
    ) async throws(StoreError) -> [AccessView<Document>] {
        var result: [AccessView<Document>] = []
        for revision in try await store.list(type, matching: query) {
            if let view = try await view(of: revision, as: accessor, action: .list) { result.append(view) }
        }
        return result
    }

    /// Saves a document if `accessor` may write every group the save changes.
    ///
    /// - Throws: ``StoreError/accessDenied(_:)`` (logged) when a changed group may not be written; any store error
    ///   from the save. Nothing is saved when it throws.
    public func save<Document: AccessControlledDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance, as accessor: Accessor
    ) async throws(StoreError) -> Revision<Document> {
        let old: Document? =
            switch expected {
            case .new: nil
            case .version: try await store.current(Document.self, id: document.id)?.document
            }
        let changed = old.map { document.changedGroups(from: $0) } ?? document.fieldGroups
        let decided = decisions(
            .write, groups: changed, subject: document.accessSubject,
            document: AccessedDocument(kind: Document.documentKind, id: document.id.storageKey), by: accessor,
            on: clock.today)
        let denials = decided.values.compactMap(\.denial).sorted { $0.group < $1.group }
        let action: AuditAction = expected == .new ? .create : .update
        if let first = denials.first {
            try await audit(
                accessor, action, Document.documentKind, document.id.storageKey, nil, document.accessSubject,
                .denied(denials))
            throw .accessDenied(first)
        }
        let saved = try await store.save(document, expecting: expected, provenance: provenance)
        let bases = decided.values.flatMap(\.bases)
        try await audit(
            accessor, action, Document.documentKind, document.id.storageKey, saved.number, document.accessSubject,
            .allowed(bases: Self.unique(bases), groups: changed.sorted()))
        return saved
    }

    private func view<Document: AccessControlledDocument>(
        of revision: Revision<Document>, as accessor: Accessor, action: AuditAction
    ) async throws(StoreError) -> AccessView<Document>? {
        let document = revision.document
        let decided = decisions(
            .read, groups: document.fieldGroups, subject: document.accessSubject,
            document: AccessedDocument(kind: Document.documentKind, id: document.id.storageKey), by: accessor,
            on: clock.today)
        let allowed = Set(decided.filter { $0.value.isAllowed }.keys)
        let denials = decided.values.compactMap(\.denial).sorted { $0.group < $1.group }
        guard !allowed.isEmpty else {
            try await audit(
                accessor, action, Document.documentKind, document.id.storageKey, revision.number,
                document.accessSubject, .denied(denials))
            return nil
        }
        try await audit(
            accessor, action, Document.documentKind, document.id.storageKey, revision.number, document.accessSubject,
            .allowed(bases: Self.unique(decided.values.flatMap(\.bases)), groups: allowed.sorted()))
        return AccessView(
            document: document.redacted(to: allowed), version: revision.number, shownGroups: allowed,
            withheld: denials)
    }

    private func audit(
        _ accessor: Accessor, _ action: AuditAction, _ kind: DocumentKind, _ id: String, _ version: Int?,
        _ subject: AccessSubject, _ outcome: AuditEntry.Outcome
    ) async throws(StoreError) {
        try await store.appendAudit(
            AuditEntry(
                id: AuditEntry.ID(using: ids), instant: clock.now(), accessor: accessor, action: action,
                documentKind: kind, documentID: id, version: version, subject: subject, outcome: outcome))
    }

    private static func unique(_ bases: [AccessBasis]) -> [AccessBasis] {
        var seen = Set<AccessBasis>()
        return bases.filter { seen.insert($0).inserted }
    }
}

extension AccessDecision {
    /// The denial, when refused.
    public var denial: AccessDenial? {
        if case .denied(let denial) = self { return denial }
        return nil
    }

    /// The bases, when allowed.
    public var bases: [AccessBasis] {
        if case .allowed(let bases) = self { return bases }
        return []
    }
}
