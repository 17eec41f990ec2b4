extension FHIR {
    /// The purpose of a contact point.
    ///
    /// Code system `http://hl7.org/fhir/contact-point-use`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum ContactPointUse: FHIRCode, FHIRNodeDecodable {
        /// `home`: at home
        case home
        /// `work`: at work
        case work
        /// `temp`: temporary
        case temp
        /// `old`: no longer used
        case old
        /// `mobile`: a mobile device
        case mobile
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/contact-point-use"

        /// The known codes, in the code system's order.
        public static let knownCases: [ContactPointUse] = [.home, .work, .temp, .old, .mobile]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "home": self = .home
            case "work": self = .work
            case "temp": self = .temp
            case "old": self = .old
            case "mobile": self = .mobile
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
            case .mobile: "mobile"
            case .unrecognized(let code): code
            }
        }
    }
}
