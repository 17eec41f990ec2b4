extension FHIR {
    /// The purpose of an identifier.
    ///
    /// Code system `http://hl7.org/fhir/identifier-use`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum IdentifierUse: FHIRCode, FHIRNodeDecodable {
        /// `usual`: the identifier usually used
        case usual
        /// `official`: the official identifier, such as a CPR number
        case official
        /// `temp`: a temporary identifier, such as a replacement number
        case temp
        /// `secondary`: an identifier for a subset of uses
        case secondary
        /// `old`: no longer valid
        case old
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/identifier-use"

        /// The known codes, in the code system's order.
        public static let knownCases: [IdentifierUse] = [.usual, .official, .temp, .secondary, .old]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "usual": self = .usual
            case "official": self = .official
            case "temp": self = .temp
            case "secondary": self = .secondary
            case "old": self = .old
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .usual: "usual"
            case .official: "official"
            case .temp: "temp"
            case .secondary: "secondary"
            case .old: "old"
            case .unrecognized(let code): code
            }
        }
    }
}
