extension FHIR {
    /// The state of a request such as a care plan.
    ///
    /// Code system `http://hl7.org/fhir/request-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum RequestStatus: FHIRCode, FHIRNodeDecodable {
        /// `draft`: a draft
        case draft
        /// `active`: in force
        case active
        /// `on-hold`: suspended
        case onHold
        /// `revoked`: ended before completion
        case revoked
        /// `completed`: completed
        case completed
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// `unknown`: unknown
        case unknown
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/request-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [RequestStatus] = [
            .draft, .active, .onHold, .revoked, .completed, .enteredInError, .unknown,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "draft": self = .draft
            case "active": self = .active
            case "on-hold": self = .onHold
            case "revoked": self = .revoked
            case "completed": self = .completed
            case "entered-in-error": self = .enteredInError
            case "unknown": self = .unknown
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .draft: "draft"
            case .active: "active"
            case .onHold: "on-hold"
            case .revoked: "revoked"
            case .completed: "completed"
            case .enteredInError: "entered-in-error"
            case .unknown: "unknown"
            case .unrecognized(let code): code
            }
        }

        /// The Danish display name from dk-core's code system supplement; `nil` for an unrecognised code.
        public var danishDisplay: String? {
            switch self {
            case .draft: "Udkast"
            case .active: "Aktiv"
            case .onHold: "Suspenderet"
            case .revoked: "Annulleret"
            case .completed: "Afsluttet"
            case .enteredInError: "Fejlindtastning"
            case .unknown: "Ukendt"
            case .unrecognized: nil
            }
        }
    }
}
