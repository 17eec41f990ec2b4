import BrobyggerCore

/// The resident's goals and wishes, in their own words: the first column of the resident-overview board
/// ("beboerens mål og ønsker", Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”).
public struct ResidentGoals: Sendable, Hashable, Codable {
    /// The resident.
    public var resident: Resident.ID
    /// The goals and wishes as the resident put them; never empty, no empty entries.
    public let statements: [String]
    /// When they were recorded.
    public var recordedOn: CalendarDate
    /// The organisation whose record holds them (for consent).
    public var recordedBy: Organisation.ID

    /// Records goals and wishes.
    ///
    /// - Throws: `ValidationError` (`goals.empty`) when there is no statement or one is empty.
    public init(resident: Resident.ID, statements: [String], recordedOn: CalendarDate, recordedBy: Organisation.ID)
        throws(ValidationError)
    {
        guard !statements.isEmpty else {
            throw ValidationError(
                field: "statements", code: "goals.empty", rule: "Goals and wishes have at least one statement")
        }
        for (index, statement) in statements.enumerated() {
            try requireText(
                statement, field: FieldPath("statements").appending(index: index), code: "goals.empty",
                rule: "A goal or wish is not empty")
        }
        self.resident = resident
        self.statements = statements
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
    }

    private enum CodingKeys: String, CodingKey {
        case resident, statements, recordedOn, recordedBy
    }

    /// Decodes goals through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let statements = try container.decode([String].self, forKey: .statements)
        let date = try container.decode(CalendarDate.self, forKey: .recordedOn)
        let recordedBy = try container.decode(Organisation.ID.self, forKey: .recordedBy)
        self = try decoder.validating {
            try ResidentGoals(resident: resident, statements: statements, recordedOn: date, recordedBy: recordedBy)
        }
    }

    /// Encodes the goals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(statements, forKey: .statements)
        try container.encode(recordedOn, forKey: .recordedOn)
        try container.encode(recordedBy, forKey: .recordedBy)
    }
}
