extension FHIR {
    /// The state of a care team.
    ///
    /// Code system `http://hl7.org/fhir/care-team-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum CareTeamStatus: FHIRCode, FHIRNodeDecodable {
        /// `proposed`: proposed
        case proposed
        /// `active`: active
        case active
        /// `suspended`: suspended
        case suspended
        /// `inactive`: no longer active
        case inactive
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/care-team-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [CareTeamStatus] = [.proposed, .active, .suspended, .inactive, .enteredInError]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "proposed": self = .proposed
            case "active": self = .active
            case "suspended": self = .suspended
            case "inactive": self = .inactive
            case "entered-in-error": self = .enteredInError
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .proposed: "proposed"
            case .active: "active"
            case .suspended: "suspended"
            case .inactive: "inactive"
            case .enteredInError: "entered-in-error"
            case .unrecognized(let code): code
            }
        }

        /// The Danish display name from dk-core's code system supplement; `nil` for an unrecognised code.
        public var danishDisplay: String? {
            switch self {
            case .proposed: "Forslag"
            case .active: "Aktiv"
            case .suspended: "Suspenderet"
            case .inactive: "Inaktiv"
            case .enteredInError: "Fejlindtastning"
            case .unrecognized: nil
            }
        }
    }
}
