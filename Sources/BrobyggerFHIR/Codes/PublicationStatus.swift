extension FHIR {
    /// The publication state of a definition.
    ///
    /// Code system `http://hl7.org/fhir/publication-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum PublicationStatus: FHIRCode, FHIRNodeDecodable {
        /// `draft`: a draft
        case draft
        /// `active`: ready for use
        case active
        /// `retired`: withdrawn
        case retired
        /// `unknown`: unknown
        case unknown
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/publication-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [PublicationStatus] = [.draft, .active, .retired, .unknown]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "draft": self = .draft
            case "active": self = .active
            case "retired": self = .retired
            case "unknown": self = .unknown
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .draft: "draft"
            case .active: "active"
            case .retired: "retired"
            case .unknown: "unknown"
            case .unrecognized(let code): code
            }
        }
    }
}
