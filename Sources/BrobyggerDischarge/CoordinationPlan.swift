import BrobyggerCore
import BrobyggerResidents

/// Coordination plan (*koordinationsplan*), psykiatriloven §13b.
///
/// Made when a patient in a §13a group will not take part in a discharge agreement: the department, together with the
/// relevant authorities and practitioners, plans the treatment and social offers. The refusal is recorded with its
/// date; a plan without one is a finding of the ``DischargeContentRuleSet`` (`content.refusal-recorded`).
///
/// Versions are immutable: a change is a new version in history with who made it, when and why.
public struct CoordinationPlan: DischargeDocument {
    /// The identifier.
    public typealias ID = Identifier<CoordinationPlan>
    /// The kind stores file it under.
    public static let documentKind: DocumentKind = "coordination-plan"
    /// Coordination plan.
    public static let kind: DischargeDocumentKind = .coordinationPlan

    /// The identifier.
    public let id: ID
    /// Every version, oldest first.
    public let history: RevisionHistory<DischargeContent>
    /// Whether this value is a view with the content withheld.
    public let isWithheld: Bool

    /// Creates a document with its first version.
    ///
    /// - Throws: `ValidationError` or `discharge.subject-changed`.
    public init(id: ID, content: DischargeContent, provenance: Provenance) throws(ValidationError) {
        try self.init(id: id, history: RevisionHistory(initial: content, provenance: provenance))
    }

    /// Rebuilds a document from its history.
    ///
    /// - Throws: `ValidationError` or `discharge.subject-changed` when a version is about
    ///   another resident or stay.
    public init(id: ID, history: RevisionHistory<DischargeContent>) throws(ValidationError) {
        try checkSameSubject(history)

        self.id = id
        self.history = history
        self.isWithheld = false
    }

    private init(withheldFrom document: CoordinationPlan) {
        self.id = document.id
        self.history = withheldHistory(document.history)
        self.isWithheld = true
    }

    /// The document with a new version.
    ///
    /// - Throws: `ValidationError` when the new version breaks an invariant or is older than the current one.
    public func revised(_ content: DischargeContent, provenance: Provenance) throws(ValidationError) -> CoordinationPlan
    {
        try CoordinationPlan(id: id, history: history.appending(content, provenance: provenance))
    }

    /// A reference to this document.
    public var reference: DischargeDocumentReference { .plan(id) }

    /// The document with only the data of `groups`: without `FieldGroup.dischargeDocuments` only the resident and
    /// the stay remain.
    public func redacted(to groups: Set<FieldGroup>) -> CoordinationPlan {
        groups.contains(.dischargeDocuments) || isWithheld ? self : CoordinationPlan(withheldFrom: self)
    }

    private enum CodingKeys: String, CodingKey {
        case id, history, isWithheld
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let history = try c.decode(RevisionHistory<DischargeContent>.self, forKey: .history)
        let withheld = try c.decodeIfPresent(Bool.self, forKey: .isWithheld) ?? false
        if withheld {
            self.id = id
            self.history = history
            self.isWithheld = true
        } else {
            self = try decoder.validating { try CoordinationPlan(id: id, history: history) }
        }
    }
}
