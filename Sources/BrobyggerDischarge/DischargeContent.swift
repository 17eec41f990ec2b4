import BrobyggerCore
import BrobyggerResidents

/// The content shared by a discharge agreement (*udskrivningsaftale*, psykiatriloven §13a) and a coordination plan
/// (*koordinationsplan*, §13b): one version of either document.
///
/// The law fixes the patient, the psychiatric department, the relevant authorities and practitioners as parties, the
/// treatment **and** social offers, the responsible senior consultant, the legal basis and the time (before discharge)
/// (psykiatriloven §13a stk. 1–2, §13b); practice adds contact persons, follow-up appointments, early signs, a validity
/// period and the registration reference of §13a stk. 3 (regional practice and patient information; the guidance's own
/// content list, VEJ nr. 9257 of 19 March 2023, is unconfirmed). Whether a version meets those rules is the
/// ``DischargeContentRuleSet``'s finding, not an invariant: an incomplete agreement is still a fact the ward must keep.
/// What cannot exist is a document without parties.
public struct DischargeContent: Sendable, Hashable, Codable {
    /// The resident (patient).
    public var resident: Resident.ID
    /// The stay the document is made for.
    public var episode: EpisodeOfCareIdentifier
    /// The psychiatric ward or department making it.
    public var ward: Organisation.ID?
    /// The responsible senior consultant (*overlæge*); `nil` when not named.
    public var consultant: ResponsibleConsultant?
    /// The paragraph the duty rests on.
    public var legalBasis: DischargeLegalBasis
    /// The evidence for the legal basis (e.g. the §107 placement), in words.
    public var basisEvidence: [String]
    /// The parties; never empty.
    public private(set) var parties: [DischargeParty]
    /// The treatment and social offers.
    public var offers: [DischargeOffer]
    /// Appointments after discharge.
    public var followUpAppointments: [FollowUpAppointment]
    /// Early signs and what to do.
    public var earlySigns: [EarlySign]
    /// The period the document is valid for (start required, end may be open).
    public var validity: DayRange?
    /// The day the agreement was concluded or the plan made; `nil` for a draft.
    public var concludedOn: CalendarDate?
    /// The patient's refusal to take part (plans).
    public var refusal: PatientRefusal?
    /// The reference of the registration or report under §13a stk. 3, once made.
    public var registrationReference: String?

    /// Creates a version of the content.
    ///
    /// - Throws: `ValidationError` `discharge.no-parties` when `parties` is empty.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, ward: Organisation.ID? = nil,
        consultant: ResponsibleConsultant?, legalBasis: DischargeLegalBasis, basisEvidence: [String] = [],
        parties: [DischargeParty], offers: [DischargeOffer], followUpAppointments: [FollowUpAppointment] = [],
        earlySigns: [EarlySign] = [], validity: DayRange? = nil, concludedOn: CalendarDate?,
        refusal: PatientRefusal? = nil, registrationReference: String? = nil
    ) throws(ValidationError) {
        guard !parties.isEmpty else {
            throw ValidationError(
                field: "parties", code: "discharge.no-parties",
                rule: "An agreement or plan is made between parties; at least one is named (psykiatriloven §13a)")
        }
        self.resident = resident
        self.episode = episode
        self.ward = ward
        self.consultant = consultant
        self.legalBasis = legalBasis
        self.basisEvidence = basisEvidence
        self.parties = parties
        self.offers = offers
        self.followUpAppointments = followUpAppointments
        self.earlySigns = earlySigns
        self.validity = validity
        self.concludedOn = concludedOn
        self.refusal = refusal
        self.registrationReference = registrationReference
    }

    /// The treatment offers.
    public var treatmentOffers: [DischargeOffer] { offers.filter { $0.kind == .treatment } }
    /// The social offers.
    public var socialOffers: [DischargeOffer] { offers.filter { $0.kind == .social } }
    /// Whether the patient is a party.
    public var patientIsParty: Bool { parties.contains { $0.role == .patient } }
    /// The parties that are relevant authorities or practitioners.
    public var authorityParties: [DischargeParty] { parties.filter(\.role.isAuthorityOrPractitioner) }

    /// The content with the parties replaced.
    ///
    /// - Throws: `ValidationError` `discharge.no-parties` when `parties` is empty.
    public func withParties(_ parties: [DischargeParty]) throws(ValidationError) -> DischargeContent {
        guard !parties.isEmpty else {
            throw ValidationError(
                field: "parties", code: "discharge.no-parties",
                rule: "An agreement or plan is made between parties; at least one is named (psykiatriloven §13a)")
        }
        var copy = self
        copy.parties = parties
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case resident, episode, ward, consultant, legalBasis, basisEvidence, parties, offers, followUpAppointments
        case earlySigns, validity, concludedOn, refusal, registrationReference
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try c.decode(Resident.ID.self, forKey: .resident)
        let episode = try c.decode(EpisodeOfCareIdentifier.self, forKey: .episode)
        let ward = try c.decodeIfPresent(Organisation.ID.self, forKey: .ward)
        let consultant = try c.decodeIfPresent(ResponsibleConsultant.self, forKey: .consultant)
        let basis = try c.decode(DischargeLegalBasis.self, forKey: .legalBasis)
        let evidence = try c.decodeIfPresent([String].self, forKey: .basisEvidence) ?? []
        let parties = try c.decode([DischargeParty].self, forKey: .parties)
        let offers = try c.decodeIfPresent([DischargeOffer].self, forKey: .offers) ?? []
        let appointments = try c.decodeIfPresent([FollowUpAppointment].self, forKey: .followUpAppointments) ?? []
        let signs = try c.decodeIfPresent([EarlySign].self, forKey: .earlySigns) ?? []
        let validity = try c.decodeIfPresent(DayRange.self, forKey: .validity)
        let concluded = try c.decodeIfPresent(CalendarDate.self, forKey: .concludedOn)
        let refusal = try c.decodeIfPresent(PatientRefusal.self, forKey: .refusal)
        let registration = try c.decodeIfPresent(String.self, forKey: .registrationReference)
        self = try decoder.validating {
            try DischargeContent(
                resident: resident, episode: episode, ward: ward, consultant: consultant, legalBasis: basis,
                basisEvidence: evidence, parties: parties, offers: offers, followUpAppointments: appointments,
                earlySigns: signs, validity: validity, concludedOn: concluded, refusal: refusal,
                registrationReference: registration)
        }
    }
}
