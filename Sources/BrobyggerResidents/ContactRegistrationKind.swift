import BrobyggerCore

/// How the outreach team registers a contact: the four registration kinds of Erfaringsopsamling 2024, afsnit 5.1.3.
public enum ContactRegistrationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Planned outpatient visit (*ambulant besøg*): planned attendance at the outpatient clinic.
    case plannedOutpatientVisit = "planned_outpatient_visit"
    /// Home visit (*hjemmebesøg*): treatment in the resident's home or on the facility.
    case homeVisit = "home_visit"
    /// Accompanied visit out (*udebesøg*): going with the resident to, for example, the GP or the jobcentre.
    case accompaniedVisit = "accompanied_visit"
    /// Acute outpatient contact (*akut ambulant kontakt*): unplanned, acute attendance.
    case acuteOutpatientContact = "acute_outpatient_contact"

    /// The Danish term.
    public var danishName: String {
        switch self {
        case .plannedOutpatientVisit: "ambulant besøg"
        case .homeVisit: "hjemmebesøg"
        case .accompaniedVisit: "udebesøg"
        case .acuteOutpatientContact: "akut ambulant kontakt"
        }
    }
}
