extension FHIR {
    /// Whether an address is postal or physical.
    ///
    /// Code system `http://hl7.org/fhir/address-type`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum AddressType: FHIRCode, FHIRNodeDecodable {
        /// `postal`: for mail
        case postal
        /// `physical`: a place to visit
        case physical
        /// `both`: both
        case both
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/address-type"

        /// The known codes, in the code system's order.
        public static let knownCases: [AddressType] = [.postal, .physical, .both]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "postal": self = .postal
            case "physical": self = .physical
            case "both": self = .both
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .postal: "postal"
            case .physical: "physical"
            case .both: "both"
            case .unrecognized(let code): code
            }
        }
    }
}
