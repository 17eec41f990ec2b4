extension FHIR {
    /// The purpose of an address.
    ///
    /// Code system `http://hl7.org/fhir/address-use`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum AddressUse: FHIRCode, FHIRNodeDecodable {
        /// `home`: home
        case home
        /// `work`: work
        case work
        /// `temp`: temporary
        case temp
        /// `old`: no longer used
        case old
        /// `billing`: for invoices
        case billing
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/address-use"

        /// The known codes, in the code system's order.
        public static let knownCases: [AddressUse] = [.home, .work, .temp, .old, .billing]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "home": self = .home
            case "work": self = .work
            case "temp": self = .temp
            case "old": self = .old
            case "billing": self = .billing
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .home: "home"
            case .work: "work"
            case .temp: "temp"
            case .old: "old"
            case .billing: "billing"
            case .unrecognized(let code): code
            }
        }
    }
}
