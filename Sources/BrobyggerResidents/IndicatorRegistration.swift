import BrobyggerCore

/// A kind of registration the result indicators are counted from.
///
/// An indicator computed from events can only say "0" where the source registers the events: a facility that does
/// not register violent episodes has an unknown number of them, not none. The Psykiatrisk Center Amager result data
/// mark such cells *registreres ikke* (Sundhedsstyrelsen og Social- og Boligstyrelsen (2024) *Erfaringsopsamling af
/// botilbudsteams*, Bilag 3), and so does ``ResultIndicatorCalculator`` (``MeasurementStatus/notRegistered``).
public enum IndicatorRegistration: String, Sendable, Hashable, Codable, CaseIterable {
    /// Admissions and discharges (hospital notifications): admissions, compulsory admissions, detentions,
    /// readmissions, bed days, average length of stay and the shares.
    case hospitalStays = "hospital_stays"
    /// The outreach team's contacts: acute outpatient contacts and planned outpatient visits.
    case teamContacts = "team_contacts"
    /// Violent episodes on the facilities, with their form (physical or psychological).
    case violentEpisodes = "violent_episodes"
    /// Whether violent episodes were reported to the police.
    case policeReporting = "police_reporting"
    /// Uses of force (*magtanvendelser*) by facility staff.
    case usesOfForce = "uses_of_force"
    /// Medication reviews (*medicingennemgang*).
    case medicationReviews = "medication_reviews"
}
