import BrobyggerCore
import Foundation

/// A workgroup taking part in a relational-coordination survey (for example ward staff or the outreach team's
/// nurses): every respondent belongs to one, and every rating is about one.
///
/// Relational coordination is measured between functions, not individuals: "all involved collaboration partners,
/// for example psychiatry, the municipality and general practice" answer (VIVE 2023, afsnit 3.2.1.1).
public struct RelationalCoordinationWorkgroup: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of a workgroup.
    public typealias ID = Identifier<RelationalCoordinationWorkgroup>

    /// The role a workgroup plays around the resident; an open set.
    public enum Role: Sendable, Hashable, Codable {
        /// Staff of a psychiatric ward (*sengeafsnit*).
        case wardStaff
        /// Nurses of the outreach team (*botilbudsteam*).
        case outreachTeamNurses
        /// Doctors of the outreach team.
        case outreachTeamDoctors
        /// Staff of the residential facility (*botilbud*).
        case facilityStaff
        /// Municipal case workers (*sagsbehandlere*).
        case municipalCaseWorkers
        /// General practitioners (*egen læge*).
        case generalPractitioners
        /// Addiction treatment staff (*misbrugsbehandling*).
        case addictionTreatment
        /// The residents themselves, when they are asked too (VIVE 2023, afsnit 3.2.1.4).
        case residents
        /// A role this version does not know, kept as its code.
        case unrecognized(String)

        /// The stable code of the role.
        public var code: String {
            switch self {
            case .wardStaff: "ward-staff"
            case .outreachTeamNurses: "outreach-team-nurses"
            case .outreachTeamDoctors: "outreach-team-doctors"
            case .facilityStaff: "facility-staff"
            case .municipalCaseWorkers: "municipal-case-workers"
            case .generalPractitioners: "general-practitioners"
            case .addictionTreatment: "addiction-treatment"
            case .residents: "residents"
            case .unrecognized(let code): code
            }
        }

        private static let known: [Role] = [
            .wardStaff, .outreachTeamNurses, .outreachTeamDoctors, .facilityStaff, .municipalCaseWorkers,
            .generalPractitioners, .addictionTreatment, .residents,
        ]

        /// Creates the role for a code, keeping unknown codes as ``unrecognized(_:)``.
        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .unrecognized(code)
        }

        /// Decodes a role from its code.
        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.decodeVocabularyCode())
        }

        /// Encodes a role as its code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    /// The workgroup's identifier.
    public let id: ID
    /// The name shown in reports (for example "Botilbudsteam, sygeplejersker").
    public let name: String
    /// The role the group plays, if stated.
    public let role: Role?

    /// Creates a workgroup.
    /// - Throws: `ValidationError` when the name is empty, or `text.control-character` when it holds a control
    ///   character or bidirectional override (`ControlCharacters`).
    public init(id: ID, name: String, role: Role? = nil) throws(ValidationError) {
        try ControlCharacters.check(name, field: "name")
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                field: "name", code: "rc.workgroup.empty-name", rule: "A workgroup has a name", offendingValue: name)
        }
        self.id = id
        self.name = name
        self.role = role
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case name
        case role
    }

    /// Decodes a workgroup through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let name = try container.decode(String.self, forKey: .name)
        let role = try container.decodeIfPresent(Role.self, forKey: .role)
        self = try decoder.validating { () throws(ValidationError) in try Self(id: id, name: name, role: role) }
    }
}
