extension FHIR {
    /// Whether all or any `enableWhen` conditions must hold.
    ///
    /// Code system `http://hl7.org/fhir/questionnaire-enable-behavior`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum EnableWhenBehavior: FHIRCode, FHIRNodeDecodable {
        /// `all`: all must hold
        case all
        /// `any`: any may hold
        case any
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/questionnaire-enable-behavior"

        /// The known codes, in the code system's order.
        public static let knownCases: [EnableWhenBehavior] = [.all, .any]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "all": self = .all
            case "any": self = .any
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .all: "all"
            case .any: "any"
            case .unrecognized(let code): code
            }
        }
    }
}
