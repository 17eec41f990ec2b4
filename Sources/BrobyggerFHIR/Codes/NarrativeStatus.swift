extension FHIR {
    /// How a narrative was made.
    ///
    /// Code system `http://hl7.org/fhir/narrative-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum NarrativeStatus: FHIRCode, FHIRNodeDecodable {
        /// `generated`: generated from the data
        case generated
        /// `extensions`: generated from the data and extensions
        case extensions
        /// `additional`: holds information beyond the data
        case additional
        /// `empty`: no narrative
        case empty
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/narrative-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [NarrativeStatus] = [.generated, .extensions, .additional, .empty]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "generated": self = .generated
            case "extensions": self = .extensions
            case "additional": self = .additional
            case "empty": self = .empty
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .generated: "generated"
            case .extensions: "extensions"
            case .additional: "additional"
            case .empty: "empty"
            case .unrecognized(let code): code
            }
        }
    }
}
