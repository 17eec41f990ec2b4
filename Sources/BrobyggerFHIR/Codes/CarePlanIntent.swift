extension FHIR {
    /// The intent of a care plan; R4 restricts CarePlan to these four of the nine request-intent codes.
    ///
    /// Code system `http://hl7.org/fhir/request-intent`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum CarePlanIntent: FHIRCode, FHIRNodeDecodable {
        /// `proposal`: a proposal
        case proposal
        /// `plan`: a plan
        case plan
        /// `order`: an order
        case order
        /// `option`: an option
        case option
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/request-intent"

        /// The known codes, in the code system's order.
        public static let knownCases: [CarePlanIntent] = [.proposal, .plan, .order, .option]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "proposal": self = .proposal
            case "plan": self = .plan
            case "order": self = .order
            case "option": self = .option
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .proposal: "proposal"
            case .plan: "plan"
            case .order: "order"
            case .option: "option"
            case .unrecognized(let code): code
            }
        }
    }
}
