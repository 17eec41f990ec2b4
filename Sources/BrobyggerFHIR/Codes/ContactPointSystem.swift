extension FHIR {
    /// The kind of contact point.
    ///
    /// Code system `http://hl7.org/fhir/contact-point-system`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum ContactPointSystem: FHIRCode, FHIRNodeDecodable {
        /// `phone`: telephone
        case phone
        /// `fax`: fax
        case fax
        /// `email`: e-mail
        case email
        /// `pager`: pager
        case pager
        /// `url`: a web address
        case url
        /// `sms`: text messages
        case sms
        /// `other`: another kind
        case other
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/contact-point-system"

        /// The known codes, in the code system's order.
        public static let knownCases: [ContactPointSystem] = [.phone, .fax, .email, .pager, .url, .sms, .other]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "phone": self = .phone
            case "fax": self = .fax
            case "email": self = .email
            case "pager": self = .pager
            case "url": self = .url
            case "sms": self = .sms
            case "other": self = .other
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .phone: "phone"
            case .fax: "fax"
            case .email: "email"
            case .pager: "pager"
            case .url: "url"
            case .sms: "sms"
            case .other: "other"
            case .unrecognized(let code): code
            }
        }
    }
}
