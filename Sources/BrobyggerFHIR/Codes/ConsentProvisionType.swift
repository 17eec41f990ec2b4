extension FHIR {
    /// Whether a consent provision permits or denies.
    ///
    /// Code system `http://hl7.org/fhir/consent-provision-type`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum ConsentProvisionType: FHIRCode, FHIRNodeDecodable {
        /// `deny`: denies
        case deny
        /// `permit`: permits
        case permit
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/consent-provision-type"

        /// The known codes, in the code system's order.
        public static let knownCases: [ConsentProvisionType] = [.deny, .permit]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "deny": self = .deny
            case "permit": self = .permit
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .deny: "deny"
            case .permit: "permit"
            case .unrecognized(let code): code
            }
        }
    }
}
