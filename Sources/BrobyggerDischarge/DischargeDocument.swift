import BrobyggerCore
import BrobyggerResidents

/// What a discharge agreement and a coordination plan have in common: a resident, a stay, and an append-only
/// history of ``DischargeContent`` versions.
public protocol DischargeDocument: AccessControlledDocument {
    /// Agreement or plan.
    static var kind: DischargeDocumentKind { get }
    /// Every version, oldest first.
    var history: RevisionHistory<DischargeContent> { get }
    /// Whether this value is a view with the content withheld (redacted without `FieldGroup.dischargeDocuments`).
    var isWithheld: Bool { get }
    /// A reference to the document, for disclosures and adherence events.
    var reference: DischargeDocumentReference { get }
}

extension DischargeDocument {
    /// The current version's content.
    public var content: DischargeContent { history.currentDocument }
    /// The resident.
    public var resident: Resident.ID { history.versions[0].document.resident }
    /// The stay.
    public var episode: EpisodeOfCareIdentifier { history.versions[0].document.episode }
    /// Listed by resident, episode and kind.
    public var indexKeys: [IndexKey] {
        [IndexKey("resident", resident), IndexKey("episode", episode.value), IndexKey("kind", Self.kind.rawValue)]
    }
    /// The validity period of the current version.
    public var indexPeriod: DayRange? { content.validity }
    /// The resident the document is about.
    public var accessSubject: AccessSubject { AccessSubject(resident: resident) }
    /// Discharge documents (psykiatriloven §13a–§13b).
    public var fieldGroups: Set<FieldGroup> { [.dischargeDocuments] }
}

/// Checks that every version of a history is about the same resident and stay.
func checkSameSubject(_ history: RevisionHistory<DischargeContent>) throws(ValidationError) {
    let first = history.versions[0].document
    for (index, version) in history.versions.enumerated()
    where version.document.resident != first.resident || version.document.episode != first.episode {
        throw ValidationError(
            field: FieldPath("history.versions").appending(index: index).appending("document"),
            code: "discharge.subject-changed",
            rule: "Every version of an agreement or plan is about the same resident and stay",
            offendingValue: version.document.episode.value)
    }
}

/// The content left in a view whose discharge-document data is withheld: the resident and the stay only.
func withheldHistory(_ history: RevisionHistory<DischargeContent>) -> RevisionHistory<DischargeContent> {
    let current = history.current
    var content = current.document
    content.ward = nil
    content.consultant = nil
    content.basisEvidence = []
    content.offers = []
    content.followUpAppointments = []
    content.earlySigns = []
    content.validity = nil
    content.concludedOn = nil
    content.refusal = nil
    content.registrationReference = nil
    let placeholder = (try? DischargeParty(role: .unrecognized("withheld"), name: "withheld")).map { [$0] } ?? []
    content = (try? content.withParties(placeholder)) ?? content
    return RevisionHistory(initial: content, provenance: current.provenance)
}
