import BrobyggerCore
import BrobyggerResidents

/// Everything a worklist is built from, as domain values: the stays with their residents' placements, the agreements
/// and plans, and the residents, facilities and organisations that name them.
///
/// Two of these, before and after a batch of hospital notifications or documents, give the worklist changes the
/// batch caused (``DischargeWorklistChange/changes(from:to:asOf:policy:)``).
public struct DischargeWorklistInputs: Sendable, Hashable {
    /// The stays.
    public var stays: [Stay]
    /// The residents' placements.
    public var placements: [Placement]
    /// The agreements and plans.
    public var documents: [DischargeWorklistDocument]
    /// The residents, for names and person numbers.
    public var residents: [Resident]
    /// The facilities, for names and outreach teams.
    public var facilities: [ResidentialFacility]
    /// Wards and teams, for names and the hierarchy.
    public var organisations: [Organisation]
    /// The consultants' assessments under psykiatriloven §13a stk. 2, by episode.
    public var assessments: [EpisodeOfCareIdentifier: ConsultantAssessment]

    /// Creates the inputs.
    public init(
        stays: [Stay] = [], placements: [Placement] = [], documents: [DischargeWorklistDocument] = [],
        residents: [Resident] = [], facilities: [ResidentialFacility] = [], organisations: [Organisation] = [],
        assessments: [EpisodeOfCareIdentifier: ConsultantAssessment] = [:]
    ) {
        self.stays = stays
        self.placements = placements
        self.documents = documents
        self.residents = residents
        self.facilities = facilities
        self.organisations = organisations
        self.assessments = assessments
    }

    /// The lookup for a policy.
    func lookup(_ policy: DischargeWorklistPolicy) -> WorklistLookup {
        WorklistLookup(
            placements: placements, documents: documents, residents: residents, facilities: facilities,
            organisations: organisations, assessments: assessments, policy: policy)
    }
}

extension DischargeWorklist {
    /// Builds the worklist from its inputs; see ``build(asOf:stays:placements:documents:residents:facilities:organisations:assessments:ward:policy:)``.
    public static func build(
        asOf: Instant, inputs: DischargeWorklistInputs, ward: Organisation.ID? = nil,
        policy: DischargeWorklistPolicy = .standard
    ) -> DischargeWorklist {
        build(
            asOf: asOf, stays: inputs.stays, placements: inputs.placements, documents: inputs.documents,
            residents: inputs.residents, facilities: inputs.facilities, organisations: inputs.organisations,
            assessments: inputs.assessments, ward: ward, policy: policy)
    }
}
