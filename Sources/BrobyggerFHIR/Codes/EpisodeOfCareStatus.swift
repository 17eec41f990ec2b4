extension FHIR {
    /// The state of an episode of care.
    ///
    /// Code system `http://hl7.org/fhir/episode-of-care-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum EpisodeOfCareStatus: FHIRCode, FHIRNodeDecodable {
        /// `planned`: planned
        case planned
        /// `waitlist`: on a waiting list
        case waitlist
        /// `active`: active
        case active
        /// `onhold`: paused
        case onhold
        /// `finished`: finished
        case finished
        /// `cancelled`: cancelled
        case cancelled
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/episode-of-care-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [EpisodeOfCareStatus] = [
            .planned, .waitlist, .active, .onhold, .finished, .cancelled, .enteredInError,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "planned": self = .planned
            case "waitlist": self = .waitlist
            case "active": self = .active
            case "onhold": self = .onhold
            case "finished": self = .finished
            case "cancelled": self = .cancelled
            case "entered-in-error": self = .enteredInError
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .planned: "planned"
            case .waitlist: "waitlist"
            case .active: "active"
            case .onhold: "onhold"
            case .finished: "finished"
            case .cancelled: "cancelled"
            case .enteredInError: "entered-in-error"
            case .unrecognized(let code): code
            }
        }

        /// The Danish display name from dk-core's code system supplement; `nil` for an unrecognised code.
        public var danishDisplay: String? {
            switch self {
            case .planned: "Planlagt"
            case .waitlist: "Venteliste"
            case .active: "Aktiv"
            case .onhold: "Pauseret"
            case .finished: "Færdig"
            case .cancelled: "Annulleret"
            case .enteredInError: "Fejlindtastning"
            case .unrecognized: nil
            }
        }
    }
}
