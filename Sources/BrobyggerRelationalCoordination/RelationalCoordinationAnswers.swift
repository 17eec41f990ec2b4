import BrobyggerCore

/// One respondent's answers to the seven items about one workgroup: for each dimension the 1-based display
/// position of the chosen option, or nothing when the item was left unanswered.
///
/// The chosen *option* is stored, not its score: the score comes from the survey's versioned instrument, so an
/// item whose display order differs from its score order (frequency) is scored correctly and a corrected score map
/// can rescore old answers. The seven positions are packed into one 32-bit word (four bits each), so a survey of
/// 420,000 answers is a flat array the scorer reads without allocation. Encoded as an array of seven positions
/// with `null` for a missing answer.
public struct RelationalCoordinationAnswers: Sendable, Hashable, Codable {
    /// The packed positions: bits `4d ..< 4d+4` hold dimension `d`'s position, 0 meaning unanswered.
    public let packed: UInt32

    /// The largest storable position (see ``RelationalCoordinationItem/optionCountRange``).
    public static let maximumPosition = 15

    /// Creates answers from one position per dimension, in dimension order (`nil` = unanswered).
    /// - Throws: `ValidationError` when there are not seven entries or a position is outside 1–15. Whether a
    ///   position exists in the instrument is checked when a survey is scored (finding `rc.response.unknown-option`).
    public init(positions: [Int?]) throws(ValidationError) {
        guard positions.count == RelationalCoordinationDimension.allCases.count else {
            throw ValidationError(
                field: "positions", code: "rc.answers.count",
                rule: "Answers give one entry for each of the seven items",
                offendingValue: String(positions.count))
        }
        var packed: UInt32 = 0
        for (index, position) in positions.enumerated() {
            guard let position else { continue }
            guard (1...Self.maximumPosition).contains(position) else {
                throw ValidationError(
                    field: FieldPath("positions").appending(index: index), code: "rc.answers.position-out-of-range",
                    rule: "An answer is the 1-based position of an option, 1–15", offendingValue: String(position))
            }
            packed |= UInt32(position) << UInt32(4 * index)
        }
        self.packed = packed
    }

    /// Creates answers from option identifiers, looked up in `instrument` (`nil` = unanswered).
    /// - Throws: `ValidationError` when a dimension's option identifier is not in the instrument's item.
    public init(
        options: [RelationalCoordinationDimension: String], instrument: RelationalCoordinationInstrument
    ) throws(ValidationError) {
        var positions = [Int?](repeating: nil, count: RelationalCoordinationDimension.allCases.count)
        for (dimension, optionID) in options.sorted(by: { $0.key < $1.key }) {
            guard let position = instrument[dimension].position(ofOption: optionID) else {
                throw ValidationError(
                    field: FieldPath("options").appending(dimension.rawValue), code: "rc.answers.unknown-option",
                    rule: "An answer names an option of the instrument's item", offendingValue: optionID)
            }
            positions[dimension.position] = position
        }
        try self.init(positions: positions)
    }

    /// The chosen position for `dimension`, or `nil` when unanswered.
    public subscript(dimension: RelationalCoordinationDimension) -> Int? {
        let value = Int((packed >> UInt32(4 * dimension.position)) & 0xF)
        return value == 0 ? nil : value
    }

    /// The positions in dimension order.
    public var positions: [Int?] { RelationalCoordinationDimension.allCases.map { self[$0] } }

    /// How many of the seven items were answered.
    public var answeredCount: Int {
        var count = 0
        for index in 0..<7 where (packed >> UInt32(4 * index)) & 0xF != 0 { count += 1 }
        return count
    }

    /// Decodes answers from an array of seven positions or nulls, through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let positions = try decoder.singleValueContainer().decode([Int?].self)
        self = try decoder.validating { () throws(ValidationError) in try Self(positions: positions) }
    }

    /// Encodes the answers as an array of seven positions or nulls.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(positions)
    }
}
