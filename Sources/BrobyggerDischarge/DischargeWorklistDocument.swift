import BrobyggerCore
import BrobyggerResidents

/// What the worklist needs to know of one §13a agreement or §13b plan: whose stay it is for, what it is, and where it
/// stands. Made from a full ``DischargeAgreement`` or ``CoordinationPlan``, or from a register row
/// (``DischargeDocumentRecord``) whose person is resolved to a resident.
public struct DischargeWorklistDocument: Sendable, Hashable, Codable {
    /// The resident.
    public var resident: Resident.ID
    /// The stay's episode of care (any of the stay's episodes matches).
    public var episode: EpisodeOfCareIdentifier
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    /// The paragraph the document rests on: a document under stk. 2 flags the stay for the worklist.
    public var basis: DischargeLegalBasis
    /// The day the agreement was concluded or the plan made; `nil` for a draft.
    public var concludedOn: CalendarDate?
    /// The day the patient refused to take part, if recorded.
    public var refusedOn: CalendarDate?
    /// The responsible senior consultant, where named.
    public var consultant: ResponsibleConsultant?
    /// The document's identifier (a storage key or a register's `document_id`).
    public var documentID: String

    /// Creates the facts of a document.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, kind: DischargeDocumentKind,
        basis: DischargeLegalBasis, concludedOn: CalendarDate?, refusedOn: CalendarDate? = nil,
        consultant: ResponsibleConsultant? = nil, documentID: String
    ) {
        self.resident = resident
        self.episode = episode
        self.kind = kind
        self.basis = basis
        self.concludedOn = concludedOn
        self.refusedOn = refusedOn
        self.consultant = consultant
        self.documentID = documentID
    }

    /// The facts of a full agreement or plan, from its current version.
    public init<Document: DischargeDocument>(_ document: Document) {
        let content = document.content
        self.init(
            resident: document.resident, episode: document.episode, kind: Document.kind, basis: content.legalBasis,
            concludedOn: content.concludedOn, refusedOn: content.refusal?.refusedOn, consultant: content.consultant,
            documentID: document.id.storageKey)
    }

    /// The facts of a register row whose person is `resident`; the consultant's name is kept when it parses as a
    /// given and family name.
    public init(_ record: DischargeDocumentRecord, resident: Resident.ID) {
        var consultant: ResponsibleConsultant?
        if let text = record.consultant {
            let words = text.split(separator: " ")
            if let family = words.last,
                let name = try? PersonName(
                    given: words.dropLast().joined(separator: " "), family: String(family))
            {
                consultant = ResponsibleConsultant(name: name)
            }
        }
        self.init(
            resident: resident, episode: record.episode, kind: record.kind, basis: record.basis,
            concludedOn: record.agreedOn, refusedOn: record.refusedOn, consultant: consultant,
            documentID: record.documentID)
    }

    /// The document's state as of `day`: a conclusion or refusal dated after `day` had not happened yet.
    ///
    /// A concluded agreement is `concluded`, a made plan `planMade`; a refusal without a concluded document is
    /// `refused` (psykiatriloven §13b: the plan is still to be made); anything else a `draft`.
    public func state(asOf day: CalendarDate) -> DischargeWorklistState {
        if let concludedOn, concludedOn <= day {
            return kind == .agreement ? .concluded(on: concludedOn) : .planMade(on: concludedOn)
        }
        if let refusedOn, refusedOn <= day { return .refused(on: refusedOn) }
        return .draft
    }
}
