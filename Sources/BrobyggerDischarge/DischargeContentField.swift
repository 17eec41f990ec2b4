/// A fact about a discharge agreement or plan that a ``DischargeContentRule`` can test: a count (offers, parties …)
/// or a date (concluded, refused, discharged).
///
/// Rules name fields by their raw value in JSON (`"treatment_offers"`), so a rule set can be extended with the
/// guidance's content list without code changes.
public enum DischargeContentField: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Count: treatment offers.
    case treatmentOffers = "treatment_offers"
    /// Count: social offers.
    case socialOffers = "social_offers"
    /// Count: parties that are relevant authorities or practitioners.
    case authorityParties = "authority_parties"
    /// Count: 1 when the patient is a party.
    case patientParty = "patient_party"
    /// Count: 1 when the responsible senior consultant is named.
    case responsibleConsultant = "responsible_consultant"
    /// Count: authority or practitioner parties with a named contact person.
    case contactPersons = "contact_persons"
    /// Count: follow-up appointments.
    case followUpAppointments = "follow_up_appointments"
    /// Count: early signs with what to do.
    case earlySigns = "early_signs"
    /// Count: 1 when a registration reference (§13a stk. 3) is recorded.
    case registrationReference = "registration_reference"
    /// Date: the day the agreement was concluded or the plan made.
    case concludedOn = "concluded_on"
    /// Date: the day the patient refused to take part.
    case refusedOn = "refused_on"
    /// Date: the discharge.
    case dischargeDate = "discharge_date"
    /// Date: the start of the validity period.
    case validityStart = "validity_start"

    /// Whether the field is a date (otherwise a count).
    public var isDate: Bool {
        switch self {
        case .concludedOn, .refusedOn, .dischargeDate, .validityStart: true
        default: false
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
