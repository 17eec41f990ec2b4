extension FHIR {
    /// The purpose of a name.
    ///
    /// Code system `http://hl7.org/fhir/name-use`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum NameUse: FHIRCode, FHIRNodeDecodable {
        /// `usual`: the name usually used
        case usual
        /// `official`: the official name
        case official
        /// `temp`: a temporary name
        case temp
        /// `nickname`: a nickname
        case nickname
        /// `anonymous`: an alias for anonymity
        case anonymous
        /// `old`: no longer used
        case old
        /// `maiden`: the name before marriage
        case maiden
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/name-use"

        /// The known codes, in the code system's order.
        public static let knownCases: [NameUse] = [.usual, .official, .temp, .nickname, .anonymous, .old, .maiden]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "usual": self = .usual
            case "official": self = .official
            case "temp": self = .temp
            case "nickname": self = .nickname
            case "anonymous": self = .anonymous
            case "old": self = .old
            case "maiden": self = .maiden
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .usual: "usual"
            case .official: "official"
            case .temp: "temp"
            case .nickname: "nickname"
            case .anonymous: "anonymous"
            case .old: "old"
            case .maiden: "maiden"
            case .unrecognized(let code): code
            }
        }
    }
}
