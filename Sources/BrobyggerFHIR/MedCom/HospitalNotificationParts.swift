import BrobyggerCore

extension HospitalNotification {
    /// A sender, receiver or service provider of a hospital notification: a MedCom messaging organisation, addressed
    /// by SOR code and GLN/EAN location number.
    public struct Party: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The organisation's name, such as `Hjerteafdelingen på Herlev og Gentofte hospital`.
        public let name: String?
        /// The SOR code.
        public let sor: SORCode?
        /// The GLN/EAN location number: the MedCom routing address.
        public let gln: GLN?
        /// The messaging endpoint (the SOR URL `https://sor2.sum.dsdn.dk/#id=…`), for sender and receiver.
        public let endpoint: String?

        /// Creates a party.
        public init(name: String?, sor: SORCode?, gln: GLN?, endpoint: String? = nil) {
            self.name = name
            self.sor = sor
            self.gln = gln
            self.endpoint = endpoint
        }

        /// The name and SOR code.
        public var description: String {
            [name, sor.map { "SOR \($0.value)" }].compactMap { $0 }.joined(separator: ", ")
        }
    }

    /// The class of the hospital stay (v3 ActCode): inpatient (`IMP`) or acute ambulant (`EMER`).
    public enum StayClass: Hashable, Sendable, Codable, CustomStringConvertible {
        /// Admitted (`IMP`, *indlagt*).
        case inpatient
        /// Acute ambulant (`EMER`, *akut ambulant*).
        case emergency
        /// Another class, kept by its code.
        case unrecognized(String)

        /// The class for a v3 ActCode.
        public init(code: String) {
            switch code {
            case "IMP": self = .inpatient
            case "EMER": self = .emergency
            default: self = .unrecognized(code)
            }
        }

        /// The v3 ActCode.
        public var code: String {
            switch self {
            case .inpatient: "IMP"
            case .emergency: "EMER"
            case .unrecognized(let code): code
            }
        }

        /// The code.
        public var description: String { code }

        /// Decodes the code.
        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes the code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    /// A period of leave (*orlov*) during a stay: its start once the patient leaves, and its end once they return.
    public struct LeavePeriod: Hashable, Sendable, Codable {
        /// When the patient left on leave.
        public let start: Instant?
        /// When the patient returned.
        public let end: Instant?

        /// Creates a leave period.
        public init(start: Instant?, end: Instant?) {
            self.start = start
            self.end = end
        }
    }

    /// The episode-of-care identifier (*forløbs-id*) of the stay: the sender's local id (`system` the sender's SOR
    /// URL) or an LPR3 UUID. Every message about the same stay, and MedCom's follow-up messages, carry it.
    public struct EpisodeOfCareIdentifier: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The namespace, such as `https://sor2.sum.dsdn.dk/#id=265161000016000`.
        public let system: String?
        /// The identifier.
        public let value: String

        /// Creates an identifier.
        public init(system: String?, value: String) {
            self.system = system
            self.value = value
        }

        /// `system|value`.
        public var description: String { system.map { "\($0)|\(value)" } ?? value }
    }

    /// How a message names an earlier message: by its MessageHeader id, or, for an EDIFACT/OIOXML predecessor, by the
    /// identifier `[lokationsnummer]#[brevid]`.
    public enum MessageReference: Hashable, Sendable, Codable, CustomStringConvertible {
        /// A FHIR message, by its MessageHeader id.
        case message(FHIR.ID)
        /// A message of an earlier standard, by its identifier.
        case legacy(String)

        /// The id or identifier.
        public var description: String {
            switch self {
            case .message(let id): "MessageHeader/\(id.rawValue)"
            case .legacy(let identifier): identifier
            }
        }
    }

    /// The earlier message a message revises or cancels (MedCom Provenance `entity`).
    public struct Predecessor: Hashable, Sendable, Codable {
        /// The earlier message.
        public let message: MessageReference
        /// `revision` for a follow-up or correction, `removal` for a cancellation.
        public let role: FHIR.ProvenanceEntityRole

        /// Creates a link.
        public init(message: MessageReference, role: FHIR.ProvenanceEntityRole) {
            self.message = message
            self.role = role
        }
    }

    /// One earlier message of the thread, as its Provenance is carried in this message.
    public struct HistoryRecord: Hashable, Sendable, Codable {
        /// The earlier message.
        public let message: MessageReference
        /// Its activity code, such as `admit-inpatient`.
        public let activityCode: String?
        /// When it was sent (Provenance `recorded`).
        public let recorded: Instant
        /// The message it revised or cancelled.
        public let predecessor: Predecessor?

        /// Creates a record.
        public init(message: MessageReference, activityCode: String?, recorded: Instant, predecessor: Predecessor?) {
            self.message = message
            self.activityCode = activityCode
            self.recorded = recorded
            self.predecessor = predecessor
        }
    }
}
