extension FHIR {
    /// What a bundle is for.
    ///
    /// Code system `http://hl7.org/fhir/bundle-type`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum BundleType: FHIRCode, FHIRNodeDecodable {
        /// `document`: a document
        case document
        /// `message`: a message; the first entry is a MessageHeader
        case message
        /// `transaction`: a transaction to process as a whole
        case transaction
        /// `transaction-response`: the response to a transaction
        case transactionResponse
        /// `batch`: a batch of independent actions
        case batch
        /// `batch-response`: the response to a batch
        case batchResponse
        /// `history`: a history of versions
        case history
        /// `searchset`: search results
        case searchset
        /// `collection`: a set of resources
        case collection
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/bundle-type"

        /// The known codes, in the code system's order.
        public static let knownCases: [BundleType] = [
            .document, .message, .transaction, .transactionResponse, .batch, .batchResponse, .history, .searchset,
            .collection,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "document": self = .document
            case "message": self = .message
            case "transaction": self = .transaction
            case "transaction-response": self = .transactionResponse
            case "batch": self = .batch
            case "batch-response": self = .batchResponse
            case "history": self = .history
            case "searchset": self = .searchset
            case "collection": self = .collection
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .document: "document"
            case .message: "message"
            case .transaction: "transaction"
            case .transactionResponse: "transaction-response"
            case .batch: "batch"
            case .batchResponse: "batch-response"
            case .history: "history"
            case .searchset: "searchset"
            case .collection: "collection"
            case .unrecognized(let code): code
            }
        }
    }
}
