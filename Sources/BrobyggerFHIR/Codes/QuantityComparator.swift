extension FHIR {
    /// How to read a quantity's value.
    ///
    /// Code system `http://hl7.org/fhir/quantity-comparator`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum QuantityComparator: FHIRCode, FHIRNodeDecodable {
        /// `<`: less than
        case lessThan
        /// `<=`: less than or equal
        case lessThanOrEqual
        /// `>=`: greater than or equal
        case greaterThanOrEqual
        /// `>`: greater than
        case greaterThan
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/quantity-comparator"

        /// The known codes, in the code system's order.
        public static let knownCases: [QuantityComparator] = [
            .lessThan, .lessThanOrEqual, .greaterThanOrEqual, .greaterThan,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "<": self = .lessThan
            case "<=": self = .lessThanOrEqual
            case ">=": self = .greaterThanOrEqual
            case ">": self = .greaterThan
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .lessThan: "<"
            case .lessThanOrEqual: "<="
            case .greaterThanOrEqual: ">="
            case .greaterThan: ">"
            case .unrecognized(let code): code
            }
        }
    }
}
