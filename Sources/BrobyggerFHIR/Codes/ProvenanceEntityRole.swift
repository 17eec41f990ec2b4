extension FHIR {
    /// How an activity used a resource.
    ///
    /// Code system `http://hl7.org/fhir/provenance-entity-role`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum ProvenanceEntityRole: FHIRCode, FHIRNodeDecodable {
        /// `derivation`: derived from it
        case derivation
        /// `revision`: revised it (MedCom: a correction, reply or forward)
        case revision
        /// `quotation`: quoted it
        case quotation
        /// `source`: used it as source
        case source
        /// `removal`: removed it (MedCom: a cancellation)
        case removal
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/provenance-entity-role"

        /// The known codes, in the code system's order.
        public static let knownCases: [ProvenanceEntityRole] = [.derivation, .revision, .quotation, .source, .removal]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "derivation": self = .derivation
            case "revision": self = .revision
            case "quotation": self = .quotation
            case "source": self = .source
            case "removal": self = .removal
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .derivation: "derivation"
            case .revision: "revision"
            case .quotation: "quotation"
            case .source: "source"
            case .removal: "removal"
            case .unrecognized(let code): code
            }
        }
    }
}
