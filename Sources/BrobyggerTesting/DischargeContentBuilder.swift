import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

/// Builds the content of a discharge agreement or coordination plan for tests and examples, starting from a
/// complete agreement (patient, department, municipality and facility as parties, one treatment and one social
/// offer, a named consultant, a follow-up appointment and an early sign) and letting a test take parts away.
///
/// ```swift
/// let content = try DischargeContentBuilder(resident: resident.id, episode: "E1")
///     .concluded(on: "2026-03-05")
///     .withoutSocialOffers()
///     .build()
/// ```
public struct DischargeContentBuilder: Sendable {
    private let resident: Resident.ID
    private let episode: String
    private var basis = DischargeLegalBasis.mandatory
    private var concluded: String? = "2026-03-05"
    private var refusal: String?
    private var patientIsParty = true
    private var authorities = true
    private var treatment = true
    private var social = true
    private var consultant = true
    private var ward: Organisation.ID?

    /// Starts a complete agreement's content for a resident's stay.
    public init(resident: Resident.ID, episode: String) {
        self.resident = resident
        self.episode = episode
    }

    /// Sets the §13a group.
    public func basis(_ basis: DischargeLegalBasis) -> Self { with { $0.basis = basis } }
    /// Sets the day it was concluded (`YYYY-MM-DD`), or `nil` for a draft.
    public func concluded(on day: String?) -> Self { with { $0.concluded = day } }
    /// Records the patient's refusal on a day and leaves the patient out of the parties, as for a plan.
    public func refused(on day: String) -> Self {
        with {
            $0.refusal = day
            $0.patientIsParty = false
        }
    }
    /// Leaves the patient out of the parties.
    public func withoutPatient() -> Self { with { $0.patientIsParty = false } }
    /// Leaves out every authority and practitioner party.
    public func withoutAuthorities() -> Self { with { $0.authorities = false } }
    /// Leaves out the treatment offers.
    public func withoutTreatmentOffers() -> Self { with { $0.treatment = false } }
    /// Leaves out the social offers.
    public func withoutSocialOffers() -> Self { with { $0.social = false } }
    /// Leaves out the responsible consultant.
    public func withoutConsultant() -> Self { with { $0.consultant = false } }
    /// Sets the ward.
    public func ward(_ ward: Organisation.ID) -> Self { with { $0.ward = ward } }

    /// The responsible consultant used by the builder.
    public static func consultant() throws(ValidationError) -> ResponsibleConsultant {
        ResponsibleConsultant(name: try PersonName(given: "Karen", family: "Overlæge"))
    }

    /// Builds the content.
    ///
    /// - Throws: `ValidationError` when the result has no parties at all.
    public func build() throws(ValidationError) -> DischargeContent {
        var parties: [DischargeParty] = []
        if patientIsParty { parties.append(try DischargeParty(role: .patient, name: "Patienten")) }
        parties.append(try DischargeParty(role: .psychiatricDepartment, name: "Psykiatrisk Center, sengeafsnit"))
        if authorities {
            parties.append(
                try DischargeParty(
                    role: .municipality, name: "Kommunen, Socialforvaltningen",
                    contactPerson: DischargeParty.ContactPerson(
                        name: try PersonName(given: "Søren", family: "Sagsbehandler"), reachableAt: "+45 33 66 33 66")))
            parties.append(try DischargeParty(role: .residentialFacility, name: "Botilbuddet"))
        }
        var offers: [DischargeOffer] = []
        if treatment {
            offers.append(
                try DischargeOffer(
                    kind: .treatment, summary: "Depot medication every 14 days with the outreach team",
                    provider: .outreachTeam))
        }
        if social {
            offers.append(
                try DischargeOffer(
                    kind: .social, summary: "Daily socio-pedagogical support on the facility",
                    provider: .residentialFacility))
        }
        let concludedOn = concluded.map(ResidentsFixtureTime.date)
        return try DischargeContent(
            resident: resident, episode: try EpisodeOfCareIdentifier(episode), ward: ward,
            consultant: consultant ? try Self.consultant() : nil, legalBasis: basis,
            basisEvidence: ["Placement under serviceloven §107"], parties: parties, offers: offers,
            followUpAppointments: concludedOn.map {
                [FollowUpAppointment(date: $0.adding(days: 7), summary: "Outpatient visit", with: .outreachTeam)]
            } ?? [],
            earlySigns: [EarlySign(sign: "Stays in the room", response: "Staff call the outreach team")],
            validity: concludedOn.flatMap { try? DayRange(start: $0) },
            concludedOn: concludedOn,
            refusal: refusal.map { PatientRefusal(refusedOn: ResidentsFixtureTime.date($0)) })
    }

    /// A provenance for fixtures: the builder's consultant at noon on a day.
    public static func provenance(on day: String, reason: String? = nil) throws(ValidationError) -> Provenance {
        Provenance(
            author: Author(name: try consultant().name), instant: ResidentsFixtureTime.instant(day, 12),
            reason: reason)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
