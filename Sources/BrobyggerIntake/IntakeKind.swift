/// The kinds of input the intake reads: one per layout of FORMATS.md, MedCom hospital notifications and JSON
/// documents. The raw value is the name `brobygger import` takes.
public enum IntakeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `organisations.csv`.
    case organisations
    /// `facilities.csv`.
    case facilities
    /// `residents.csv`.
    case residents
    /// `placements.csv`.
    case placements
    /// `events.csv`, course events modelled on MedCom hospital notifications.
    case events
    /// `team_contacts.csv`, the outreach team's registered contacts.
    case teamContacts = "team-contacts"
    /// MedCom hospital-notification message bundles (FHIR R4 JSON), one per file.
    case medcom
    /// `discharge_documents.csv`, a ward's §13a/§13b register.
    case dischargeDocuments = "discharge-documents"
    /// JSON documents, tagged with their kind.
    case documents
    /// `rc_responses.csv`, relational-coordination answers (long or wide layout).
    case rcResponses = "rc-responses"

    /// The order to import a whole data set in: each kind refers only to kinds before it.
    public static let importOrder: [IntakeKind] = [
        .organisations, .facilities, .residents, .placements, .events, .teamContacts, .medcom, .dischargeDocuments,
        .documents, .rcResponses,
    ]
}
