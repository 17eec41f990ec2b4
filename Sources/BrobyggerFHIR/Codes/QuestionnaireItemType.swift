extension FHIR {
    /// The kind of questionnaire item.
    ///
    /// Code system `http://hl7.org/fhir/item-type`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum QuestionnaireItemType: FHIRCode, FHIRNodeDecodable {
        /// `group`: a group of items
        case group
        /// `display`: text only
        case display
        /// `question`: a question (abstract)
        case question
        /// `boolean`: yes/no
        case boolean
        /// `decimal`: a decimal number
        case decimal
        /// `integer`: a whole number
        case integer
        /// `date`: a date
        case date
        /// `dateTime`: a date and time
        case dateTime
        /// `time`: a time of day
        case time
        /// `string`: short text
        case string
        /// `text`: long text
        case text
        /// `url`: a URL
        case url
        /// `choice`: a choice from options
        case choice
        /// `open-choice`: a choice or free text
        case openChoice
        /// `attachment`: a file
        case attachment
        /// `reference`: a reference to a resource
        case reference
        /// `quantity`: a quantity
        case quantity
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/item-type"

        /// The known codes, in the code system's order.
        public static let knownCases: [QuestionnaireItemType] = [
            .group, .display, .question, .boolean, .decimal, .integer, .date, .dateTime, .time, .string, .text, .url,
            .choice, .openChoice, .attachment, .reference, .quantity,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "group": self = .group
            case "display": self = .display
            case "question": self = .question
            case "boolean": self = .boolean
            case "decimal": self = .decimal
            case "integer": self = .integer
            case "date": self = .date
            case "dateTime": self = .dateTime
            case "time": self = .time
            case "string": self = .string
            case "text": self = .text
            case "url": self = .url
            case "choice": self = .choice
            case "open-choice": self = .openChoice
            case "attachment": self = .attachment
            case "reference": self = .reference
            case "quantity": self = .quantity
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .group: "group"
            case .display: "display"
            case .question: "question"
            case .boolean: "boolean"
            case .decimal: "decimal"
            case .integer: "integer"
            case .date: "date"
            case .dateTime: "dateTime"
            case .time: "time"
            case .string: "string"
            case .text: "text"
            case .url: "url"
            case .choice: "choice"
            case .openChoice: "open-choice"
            case .attachment: "attachment"
            case .reference: "reference"
            case .quantity: "quantity"
            case .unrecognized(let code): code
            }
        }
    }
}
