import BrobyggerCore
import BrobyggerResidents

/// One stay on a ward's open-stays worklist: a patient admitted now, in the group of psykiatriloven §13a stk. 1 (or
/// flagged for stk. 2), with where the agreement for this stay stands.
///
/// The description masks the CPR number (DDMMYY-xxxx) and names no one: it is safe for logs.
public struct DischargeWorklistEntry: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// A stay: its resident and its first episode of care.
    public struct ID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
        /// The resident.
        public var resident: Resident.ID
        /// The stay's first episode of care.
        public var episode: EpisodeOfCareIdentifier

        /// Creates a stay's identifier.
        public init(resident: Resident.ID, episode: EpisodeOfCareIdentifier) {
            self.resident = resident
            self.episode = episode
        }

        /// Orders by resident, then episode.
        public static func < (lhs: ID, rhs: ID) -> Bool {
            (lhs.resident, lhs.episode) < (rhs.resident, rhs.episode)
        }

        /// `resident/episode`.
        public var description: String { "\(resident)/\(episode)" }
    }

    /// The resident.
    public var resident: Resident.ID
    /// The resident's CPR or replacement number, where known (masked in every description).
    public var person: PersonIdentifier?
    /// The resident's name, where known.
    public var name: PersonName?
    /// The stay's first episode of care: the identifier an agreement is made for.
    public var episode: EpisodeOfCareIdentifier
    /// Every episode of the stay (ward transfers add one each); a document for any of them counts.
    public var episodes: [EpisodeOfCareIdentifier]
    /// When the patient was admitted.
    public var admittedAt: Instant
    /// Days admitted (midnights from the admission day to the worklist's day).
    public var daysAdmitted: Int
    /// Voluntary, compulsory or detention.
    public var legalStatus: AdmissionLegalStatus
    /// The ward the patient is on now, if known.
    public var ward: Organisation.ID?
    /// The ward's name, if known.
    public var wardName: String?
    /// The facility (*botilbud*) the patient lives on, if known.
    public var facility: ResidentialFacility.ID?
    /// The facility's name, if known.
    public var facilityName: String?
    /// The facility's outreach team (*botilbudsteam*), if known.
    public var outreachTeam: Organisation.ID?
    /// The team's name, if known.
    public var outreachTeamName: String?
    /// The §13a group: stk. 1 (a qualifying placement) or stk. 2 (the consultant's assessment, or a document made
    /// under stk. 2).
    public var basis: DischargeLegalBasis
    /// The facts the group rests on.
    public var evidence: [DischargeDetermination.Evidence]
    /// Where the agreement for this stay stands.
    public var state: DischargeWorklistState
    /// The agreement's or plan's identifier, when one exists.
    public var documentID: String?
    /// The responsible senior consultant, where a document names one.
    public var consultant: ResponsibleConsultant?
    /// Whether the stay needs action and has been admitted at least the policy's attention threshold.
    public var needsAttention: Bool

    /// The stay's identifier.
    public var id: ID { ID(resident: resident, episode: episode) }

    /// Creates an entry from its parts.
    public init(
        resident: Resident.ID, person: PersonIdentifier?, name: PersonName?, episode: EpisodeOfCareIdentifier,
        episodes: [EpisodeOfCareIdentifier], admittedAt: Instant, daysAdmitted: Int,
        legalStatus: AdmissionLegalStatus, ward: Organisation.ID?, wardName: String?,
        facility: ResidentialFacility.ID?, facilityName: String?, outreachTeam: Organisation.ID?,
        outreachTeamName: String?, basis: DischargeLegalBasis, evidence: [DischargeDetermination.Evidence],
        state: DischargeWorklistState, documentID: String?, consultant: ResponsibleConsultant?,
        needsAttention: Bool
    ) {
        self.resident = resident
        self.person = person
        self.name = name
        self.episode = episode
        self.episodes = episodes
        self.admittedAt = admittedAt
        self.daysAdmitted = daysAdmitted
        self.legalStatus = legalStatus
        self.ward = ward
        self.wardName = wardName
        self.facility = facility
        self.facilityName = facilityName
        self.outreachTeam = outreachTeam
        self.outreachTeamName = outreachTeamName
        self.basis = basis
        self.evidence = evidence
        self.state = state
        self.documentID = documentID
        self.consultant = consultant
        self.needsAttention = needsAttention
    }

    /// The masked person number, episode, days admitted and state.
    public var description: String {
        "\(person?.masked ?? resident.description) \(episode): \(daysAdmitted) days, \(basis), \(state)"
    }
}
