extension FHIR {
    /// The HTTP method of a transaction entry.
    ///
    /// Code system `http://hl7.org/fhir/http-verb`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum HTTPVerb: FHIRCode, FHIRNodeDecodable {
        /// `GET`: read
        case get
        /// `HEAD`: read headers
        case head
        /// `POST`: create
        case post
        /// `PUT`: update
        case put
        /// `DELETE`: delete
        case delete
        /// `PATCH`: patch
        case patch
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/http-verb"

        /// The known codes, in the code system's order.
        public static let knownCases: [HTTPVerb] = [.get, .head, .post, .put, .delete, .patch]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "GET": self = .get
            case "HEAD": self = .head
            case "POST": self = .post
            case "PUT": self = .put
            case "DELETE": self = .delete
            case "PATCH": self = .patch
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .get: "GET"
            case .head: "HEAD"
            case .post: "POST"
            case .put: "PUT"
            case .delete: "DELETE"
            case .patch: "PATCH"
            case .unrecognized(let code): code
            }
        }
    }
}
