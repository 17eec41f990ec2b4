import BrobyggerCore

/// Why a coordinated care plan was started, recorded as data so that a region can see which courses lead to
/// plans.
///
/// Open: regions and apps may record further reasons, kept as ``unrecognized(_:)``.
public enum CarePlanTrigger: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// A particularly complex course (*særligt komplekse forløb*), Erfaringsopsamling 2024, afsnit 4.2.3.
    case complexCourse
    /// Many avoidable admissions or transitions (*mange uhensigtsmæssige indlæggelser og overgange*),
    /// Erfaringsopsamling 2024, afsnit 4.2.3; Region Hovedstaden: *gentagne indlæggelser*.
    case repeatedAvoidableAdmissions
    /// Adverse events and sector-transition errors (*utilsigtede hændelser og sektorovergangsfejl*),
    /// Erfaringsopsamling 2024, afsnit 4.2.3.
    case adverseEventsOrTransitionErrors
    /// Unstable attendance (*ustabilt fremmøde*), Region Hovedstaden.
    case unstableAttendance
    /// Broken-off treatment (*afbrudte behandlingsforløb*), Region Hovedstaden.
    case brokenOffTreatment
    /// One party sees a need (*hvor den ene part ser et behov for det*), Erfaringsopsamling 2024, afsnit 4.2.3.
    case partySeesNeed
    /// A reason this version does not know.
    case unrecognized(String)

    /// The known reasons.
    public static let known: [CarePlanTrigger] = [
        .complexCourse, .repeatedAvoidableAdmissions, .adverseEventsOrTransitionErrors, .unstableAttendance,
        .brokenOffTreatment, .partySeesNeed,
    ]

    /// Creates a reason from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code.
    public var rawValue: String {
        switch self {
        case .complexCourse: "complex_course"
        case .repeatedAvoidableAdmissions: "repeated_avoidable_admissions"
        case .adverseEventsOrTransitionErrors: "adverse_events_or_transition_errors"
        case .unstableAttendance: "unstable_attendance"
        case .brokenOffTreatment: "broken_off_treatment"
        case .partySeesNeed: "party_sees_need"
        case .unrecognized(let code): code
        }
    }

    /// The Danish wording.
    public var danishName: String {
        switch self {
        case .complexCourse: "særligt komplekst forløb"
        case .repeatedAvoidableAdmissions: "gentagne uhensigtsmæssige indlæggelser og overgange"
        case .adverseEventsOrTransitionErrors: "utilsigtede hændelser og sektorovergangsfejl"
        case .unstableAttendance: "ustabilt fremmøde"
        case .brokenOffTreatment: "afbrudte behandlingsforløb"
        case .partySeesNeed: "en part ser et behov"
        case .unrecognized(let code): code
        }
    }

    /// Where the reason is named.
    public var source: SourceCitation {
        switch self {
        case .complexCourse: .document(.erfaringsopsamling2024, locator: "afsnit 4.2.3")
        case .repeatedAvoidableAdmissions: .document(.erfaringsopsamling2024, locator: "afsnit 4.2.3")
        case .adverseEventsOrTransitionErrors: .document(.erfaringsopsamling2024, locator: "afsnit 4.2.3")
        case .unstableAttendance, .brokenOffTreatment:
            .regionalAgreement("Region Hovedstaden, koordinerende indsatsplaner: Hvem er målgruppen")
        case .partySeesNeed: .document(.erfaringsopsamling2024, locator: "afsnit 4.2.3")
        case .unrecognized: .practice("recorded by the initiating party")
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Decodes a reason from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
