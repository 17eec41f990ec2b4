extension FHIR {
    /// The comparison of an `enableWhen` condition.
    ///
    /// Code system `http://hl7.org/fhir/questionnaire-enable-operator`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum QuestionnaireItemOperator: FHIRCode, FHIRNodeDecodable {
        /// `exists`: the answer exists (or not)
        case exists
        /// `=`: equal
        case equal
        /// `!=`: not equal
        case notEqual
        /// `>`: greater than
        case greaterThan
        /// `<`: less than
        case lessThan
        /// `>=`: greater than or equal
        case greaterThanOrEqual
        /// `<=`: less than or equal
        case lessThanOrEqual
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/questionnaire-enable-operator"

        /// The known codes, in the code system's order.
        public static let knownCases: [QuestionnaireItemOperator] = [
            .exists, .equal, .notEqual, .greaterThan, .lessThan, .greaterThanOrEqual, .lessThanOrEqual,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "exists": self = .exists
            case "=": self = .equal
            case "!=": self = .notEqual
            case ">": self = .greaterThan
            case "<": self = .lessThan
            case ">=": self = .greaterThanOrEqual
            case "<=": self = .lessThanOrEqual
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .exists: "exists"
            case .equal: "="
            case .notEqual: "!="
            case .greaterThan: ">"
            case .lessThan: "<"
            case .greaterThanOrEqual: ">="
            case .lessThanOrEqual: "<="
            case .unrecognized(let code): code
            }
        }
    }
}
