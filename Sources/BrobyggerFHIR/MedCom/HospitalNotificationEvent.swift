import BrobyggerCore

/// The event a MedCom hospital notification (*sygehusadvis*) reports: STIN, STAA, STOR, SLOR, SLHJ or MORS, as the
/// original message, a correction (`RE_`, *rettelse*) or a cancellation (`AN_`, *annullering*).
///
/// The kind comes from the Provenance activity code of the message (`admit-inpatient`, `revise-start-leave-inpatient`
/// …, MedCom terminology `medcom-messaging-activityCodes`), except for a death: MedCom has no activity code for it,
/// and a notification describes a deceased patient exactly when `Patient.deceased` is true (HospitalNotification IG,
/// Encounter profile, "Death"). The code is written `RE_STIN`, `AN_SLHJ`, `MORS` …, as in MedCom's examples.
public struct HospitalNotificationEvent: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What happened to the hospital stay.
    public enum Kind: Hashable, Sendable {
        /// STIN: admitted as inpatient (*Start sygehusophold - indlagt*).
        case admittedInpatient
        /// STAA: arrived for acute ambulant care (*Start sygehusophold - akut ambulant*).
        case admittedEmergency
        /// STOR: leave started (*Start orlov*).
        case leaveStarted
        /// SLOR: leave ended (*Slut orlov*).
        case leaveEnded
        /// SLHJ: discharged to home or the primary sector (*Slut sygehusophold - afsluttet til hjemmet/primær
        /// sektor*).
        case discharged
        /// MORS: the patient died, on arrival or during the stay (*Død*).
        case deceased
        /// An event this version does not know, kept by its code.
        case unrecognized(String)

        /// The known kinds.
        public static let knownCases: [Kind] = [
            .admittedInpatient, .admittedEmergency, .leaveStarted, .leaveEnded, .discharged, .deceased,
        ]

        /// MedCom's event code: `STIN`, `STAA`, `STOR`, `SLOR`, `SLHJ`, `MORS`.
        public var code: String {
            switch self {
            case .admittedInpatient: "STIN"
            case .admittedEmergency: "STAA"
            case .leaveStarted: "STOR"
            case .leaveEnded: "SLOR"
            case .discharged: "SLHJ"
            case .deceased: "MORS"
            case .unrecognized(let code): code
            }
        }

        /// The kind for a code; unknown codes are kept.
        public init(code: String) {
            self = Self.knownCases.first { $0.code == code } ?? .unrecognized(code)
        }

        /// The Danish designation from MedCom's value set `medcom-hospitalNotification-messageActivities`.
        public var danishDesignation: String {
            switch self {
            case .admittedInpatient: "Start sygehusophold - indlagt"
            case .admittedEmergency: "Start sygehusophold - akut ambulant"
            case .leaveStarted: "Start orlov"
            case .leaveEnded: "Slut orlov"
            case .discharged: "Slut sygehusophold - afsluttet til hjemmet/primær sektor"
            case .deceased: "Død"
            case .unrecognized(let code): code
            }
        }
    }

    /// Whether the message reports the event, corrects an earlier report, or cancels one.
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        /// The event itself.
        case original
        /// A correction of an earlier message (*rettelse*, `RE_`, activity `revise-…`).
        case revision
        /// A cancellation of an earlier message (*annullering*, `AN_`, activity `cancel-…`).
        case cancellation

        /// The prefix of the event code: none, `RE_` or `AN_`.
        public var codePrefix: String {
            switch self {
            case .original: ""
            case .revision: "RE_"
            case .cancellation: "AN_"
            }
        }

        /// The Danish word MedCom puts before the designation: none, `Rettelse` or `Annullering`.
        public var danishPrefix: String? {
            switch self {
            case .original: nil
            case .revision: "Rettelse"
            case .cancellation: "Annullering"
            }
        }
    }

    /// What happened.
    public let kind: Kind
    /// Whether this reports, corrects or cancels it.
    public let action: Action

    /// Creates an event.
    public init(_ kind: Kind, action: Action = .original) {
        self.kind = kind
        self.action = action
    }

    /// Parses an event code such as `STIN`, `RE_STOR` or `AN_SLHJ`; unknown codes are kept.
    public init(code: String) {
        if code.hasPrefix("RE_") {
            self.init(Kind(code: String(code.dropFirst(3))), action: .revision)
        } else if code.hasPrefix("AN_") {
            self.init(Kind(code: String(code.dropFirst(3))), action: .cancellation)
        } else {
            self.init(Kind(code: code))
        }
    }

    /// The event of a MedCom activity code, such as `revise-admit-inpatient` → `RE_STIN`; `nil` for a code that is
    /// not a hospital-notification activity.
    ///
    /// A death is not an activity: use ``init(activityCode:patientDeceased:)``.
    public init?(activityCode: String) {
        var base = Substring(activityCode)
        var action = Action.original
        if base.hasPrefix("revise-") {
            action = .revision
            base = base.dropFirst("revise-".count)
        } else if base.hasPrefix("cancel-") {
            action = .cancellation
            base = base.dropFirst("cancel-".count)
        }
        let kind: Kind
        switch base {
        case "admit-inpatient": kind = .admittedInpatient
        case "admit-emergency": kind = .admittedEmergency
        case "start-leave-inpatient": kind = .leaveStarted
        case "end-leave-inpatient": kind = .leaveEnded
        case "discharge-inpatient-home", "discharge-emergency-home": kind = .discharged
        default: return nil
        }
        self.init(kind, action: action)
    }

    /// The event of a notification: MORS when the patient is deceased, otherwise the activity's event, and an
    /// unrecognised kind (keeping the activity code) for an activity that is not a hospital-notification activity.
    public init(activityCode: String, patientDeceased: Bool) {
        let event = HospitalNotificationEvent(activityCode: activityCode)
        let action =
            event?.action
            ?? (activityCode.hasPrefix("revise-")
                ? .revision : activityCode.hasPrefix("cancel-") ? .cancellation : .original)
        if patientDeceased {
            self.init(.deceased, action: action)
        } else {
            self.init(event?.kind ?? .unrecognized(activityCode), action: action)
        }
    }

    /// The event code: `STIN`, `RE_STIN`, `AN_STIN`, `MORS` …
    public var code: String { action.codePrefix + kind.code }

    /// The Danish designation, such as `Rettelse Start orlov`.
    public var danishDesignation: String {
        [action.danishPrefix, kind.danishDesignation].compactMap { $0 }.joined(separator: " ")
    }

    /// The event code.
    public var description: String { code }

    /// Decodes the event code.
    public init(from decoder: any Decoder) throws {
        self.init(code: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the event code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
