import BrobyggerCore

/// A reference to a discharge agreement or a coordination plan, for §13c disclosures and adherence events.
public enum DischargeDocumentReference: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// A discharge agreement.
    case agreement(DischargeAgreement.ID)
    /// A coordination plan.
    case plan(CoordinationPlan.ID)

    /// Agreement or plan.
    public var kind: DischargeDocumentKind {
        switch self {
        case .agreement: .agreement
        case .plan: .coordinationPlan
        }
    }

    /// The document's storage key.
    public var storageKey: String {
        switch self {
        case .agreement(let id): id.storageKey
        case .plan(let id): id.storageKey
        }
    }

    /// The stored document, as access decisions name it.
    public var accessedDocument: AccessedDocument {
        switch self {
        case .agreement(let id): AccessedDocument(kind: DischargeAgreement.documentKind, id: id.storageKey)
        case .plan(let id): AccessedDocument(kind: CoordinationPlan.documentKind, id: id.storageKey)
        }
    }

    /// Orders by kind, then identifier.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.kind.rawValue, lhs.storageKey) < (rhs.kind.rawValue, rhs.storageKey)
    }

    /// `kind/identifier`.
    public var description: String { "\(kind.rawValue)/\(storageKey)" }
}
