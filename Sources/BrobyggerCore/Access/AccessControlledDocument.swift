/// A stored document whose fields fall into access groups, so that a view can leave out what a reader may not see.
public protocol AccessControlledDocument: StorableDocument {
    /// The resident the document is about.
    var accessSubject: AccessSubject { get }

    /// The field groups the document holds data in.
    var fieldGroups: Set<FieldGroup> { get }

    /// The document with only the data of `groups`; the rest emptied or removed.
    ///
    /// Identity needed to address the document (its identifier, the subject) stays. Redacting to every group of
    /// ``fieldGroups`` returns the document unchanged.
    func redacted(to groups: Set<FieldGroup>) -> Self
}

extension AccessControlledDocument {
    /// The groups whose data differs between `old` and this version: what a write changes.
    public func changedGroups(from old: Self) -> Set<FieldGroup> {
        Set(fieldGroups.union(old.fieldGroups).filter { redacted(to: [$0]) != old.redacted(to: [$0]) })
    }
}

/// A document as a reader may see it: redacted to the allowed groups, with the groups left out and why.
public struct AccessView<Document: AccessControlledDocument>: Hashable, Sendable {
    /// The redacted document.
    public let document: Document
    /// The version shown.
    public let version: Int
    /// The groups shown.
    public let shownGroups: Set<FieldGroup>
    /// The groups left out, with the reason for each.
    public let withheld: [AccessDenial]
}
