extension FHIR {
    /// The state of a consent (R4).
    ///
    /// Code system `http://hl7.org/fhir/consent-state-codes`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum ConsentState: FHIRCode, FHIRNodeDecodable {
        /// `draft`: being written
        case draft
        /// `proposed`: proposed
        case proposed
        /// `active`: in force
        case active
        /// `rejected`: refused
        case rejected
        /// `inactive`: no longer in force
        case inactive
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/consent-state-codes"

        /// The known codes, in the code system's order.
        public static let knownCases: [ConsentState] = [
            .draft, .proposed, .active, .rejected, .inactive, .enteredInError,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "draft": self = .draft
            case "proposed": self = .proposed
            case "active": self = .active
            case "rejected": self = .rejected
            case "inactive": self = .inactive
            case "entered-in-error": self = .enteredInError
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .draft: "draft"
            case .proposed: "proposed"
            case .active: "active"
            case .rejected: "rejected"
            case .inactive: "inactive"
            case .enteredInError: "entered-in-error"
            case .unrecognized(let code): code
            }
        }

        /// The Danish display name from dk-core's code system supplement; `nil` for an unrecognised code.
        public var danishDisplay: String? {
            switch self {
            case .draft: "Under udarbejdelse"
            case .proposed: "Forslag"
            case .active: "Aktiv"
            case .rejected: "Afvist"
            case .inactive: "Inaktiv"
            case .enteredInError: "Fejlindtastning"
            case .unrecognized: nil
            }
        }
    }
}
