import BrobyggerCore
import BrobyggerResidents

/// An input problem: a discharge agreement or coordination plan names an episode of care that is a stay of another
/// resident, not of the resident the document names.
///
/// Local episode numbers collide between wards and hospitals, so an episode identifier alone never says whose stay a
/// document is for: a document counts for a discharge only when its resident **and** its episode are the stay's
/// (psykiatriloven §13a stk. 1 requires the agreement for *the* patient discharged). A document whose episode is
/// known only as another resident's stay is not counted for that stay; it is reported as this problem, so the ward
/// can correct the register row or the document. The person the document names is masked in every text.
public struct DischargeDocumentMismatch: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stable code of the finding.
    public static let code = "compliance.document-episode-of-another-resident"

    /// The document's identifier (the register's `document_id`, or the stored document's key).
    public var documentID: String
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    /// The episode of care the document names.
    public var episode: EpisodeOfCareIdentifier
    /// The person the document names (masked in descriptions).
    public var documentPerson: PersonIdentifier
    /// The resident whose stay has this episode.
    public var stayResident: Resident.ID

    /// Creates a problem from its parts.
    public init(
        documentID: String, kind: DischargeDocumentKind, episode: EpisodeOfCareIdentifier,
        documentPerson: PersonIdentifier, stayResident: Resident.ID
    ) {
        self.documentID = documentID
        self.kind = kind
        self.episode = episode
        self.documentPerson = documentPerson
        self.stayResident = stayResident
    }

    /// The problem of a register row whose episode is a stay of `stayResident`.
    public init(_ record: DischargeDocumentRecord, stayResident: Resident.ID) {
        self.init(
            documentID: record.documentID, kind: record.kind, episode: record.episode, documentPerson: record.resident,
            stayResident: stayResident)
    }

    /// What is wrong, in words, with the person masked.
    public var rule: String {
        "the episode of care \(episode.value) is a stay of another resident, not of the patient \(documentPerson) "
            + "the \(kind.danishName) names; a document counts only for its own patient's stay"
    }

    /// The finding to show: an error at `documents.<id>.episode`, citing psykiatriloven §13a stk. 1.
    public var finding: Finding {
        Finding(
            code: Self.code, severity: .error, path: FieldPath("documents").appending(documentID).appending("episode"),
            message: "The \(kind.danishName) \(documentID) names the episode of care \(episode.value), which is a stay "
                + "of another resident, not of the patient \(documentPerson) it is about. It is not counted for that "
                + "discharge; correct the resident or the episode.",
            source: .section13aStk1)
    }

    /// The finding's message.
    public var description: String { finding.message }
}
