extension FHIR {
    /// Administrative gender.
    ///
    /// Code system `http://hl7.org/fhir/administrative-gender`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum AdministrativeGender: FHIRCode, FHIRNodeDecodable {
        /// `male`: male
        case male
        /// `female`: female
        case female
        /// `other`: other
        case other
        /// `unknown`: unknown
        case unknown
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/administrative-gender"

        /// The known codes, in the code system's order.
        public static let knownCases: [AdministrativeGender] = [.male, .female, .other, .unknown]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "male": self = .male
            case "female": self = .female
            case "other": self = .other
            case "unknown": self = .unknown
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .male: "male"
            case .female: "female"
            case .other: "other"
            case .unknown: "unknown"
            case .unrecognized(let code): code
            }
        }

        /// The Danish display name from dk-core's code system supplement; `nil` for an unrecognised code.
        public var danishDisplay: String? {
            switch self {
            case .male: "Mand"
            case .female: "Kvinde"
            case .other: "Andet"
            case .unknown: "Ukendt"
            case .unrecognized: nil
            }
        }
    }
}
