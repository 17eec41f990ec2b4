import BrobyggerCore
import BrobyggerResidents

/// Discharge agreement (*udskrivningsaftale*), psykiatriloven §13a.
///
/// Made before discharge between the patient, the psychiatric department and the relevant authorities and private
/// practitioners, about the treatment and social offers to the patient. The patient is a party in every version (a
/// typed error otherwise); if the patient will not take part, the ward makes a ``CoordinationPlan`` instead.
///
/// Versions are immutable: a change is a new version in history with who made it, when and why.
public struct DischargeAgreement: DischargeDocument {
    /// The identifier.
    public typealias ID = Identifier<DischargeAgreement>
    /// The kind stores file it under.
    public static let documentKind: DocumentKind = "discharge-agreement"
    /// Agreement.
    public static let kind: DischargeDocumentKind = .agreement

    /// The identifier.
    public let id: ID
    /// Every version, oldest first.
    public let history: RevisionHistory<DischargeContent>
    /// Whether this value is a view with the content withheld.
    public let isWithheld: Bool

    /// Creates a document with its first version.
    ///
    /// - Throws: `ValidationError` `discharge.agreement-without-patient` when a version does not name the patient as a party, or `discharge.subject-changed`.
    public init(id: ID, content: DischargeContent, provenance: Provenance) throws(ValidationError) {
        try self.init(id: id, history: RevisionHistory(initial: content, provenance: provenance))
    }

    /// Rebuilds a document from its history.
    ///
    /// - Throws: `ValidationError` `discharge.agreement-without-patient` when a version does not name the patient as a party, or `discharge.subject-changed` when a version is about
    ///   another resident or stay.
    public init(id: ID, history: RevisionHistory<DischargeContent>) throws(ValidationError) {
        try checkSameSubject(history)
        guard history.versions.allSatisfy({ $0.document.patientIsParty }) else {
            let index = history.versions.firstIndex { !$0.document.patientIsParty } ?? 0
            throw ValidationError(
                field: FieldPath("history.versions").appending(index: index).appending("document.parties"),
                code: "discharge.agreement-without-patient",
                rule: "A discharge agreement is made with the patient, who is a party (psykiatriloven §13a stk. 1)")
        }
        self.id = id
        self.history = history
        self.isWithheld = false
    }

    private init(withheldFrom document: DischargeAgreement) {
        self.id = document.id
        self.history = withheldHistory(document.history)
        self.isWithheld = true
    }

    /// The document with a new version.
    ///
    /// - Throws: `ValidationError` when the new version breaks an invariant or is older than the current one.
    public func revised(_ content: DischargeContent, provenance: Provenance) throws(ValidationError)
        -> DischargeAgreement
    {
        try DischargeAgreement(id: id, history: history.appending(content, provenance: provenance))
    }

    /// A reference to this document.
    public var reference: DischargeDocumentReference { .agreement(id) }

    /// The document with only the data of `groups`: without `FieldGroup.dischargeDocuments` only the resident and
    /// the stay remain.
    public func redacted(to groups: Set<FieldGroup>) -> DischargeAgreement {
        groups.contains(.dischargeDocuments) || isWithheld ? self : DischargeAgreement(withheldFrom: self)
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
            self = try decoder.validating { try DischargeAgreement(id: id, history: history) }
        }
    }
}
