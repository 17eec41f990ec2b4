import BrobyggerCore

/// The resident's own voice in the plan: wishes and dreams for the future in their own words, and personal
/// statements where goals are not the right tool.
///
/// The plan starts from the resident's needs and wishes (Region Sjælland 2020, kapitel 5, “Koordinerende
/// indsatsplaner”; the social worker first asks Peter "om hans ønsker og drømme for fremtiden", kapitel 3). Goal work
/// must not become goal coercion (*mål- eller udviklingstvang*, VIVE 2023, afsnit 5.1.2.1): in acute phases, personal
/// statements (VIVE 2023, afsnit 5.1.2.3) or "which practical problem do we solve first" replace goals, and declining
/// to take part is respected.
public struct ResidentVoice: Sendable, Hashable, Codable {
    /// Wishes and dreams, verbatim (e.g. "noget at stå op til").
    public var wishesAndDreams: [String]
    /// Personal statements (*personlige statements*), verbatim.
    public var personalStatements: [String]
    /// Whether the resident is in an acute phase in which statements replace goals.
    public var acutePhase: Bool
    /// Whether the resident has declined to state wishes or take part; respected, not overridden.
    public var declinedToTakePart: Bool
    /// The day the words were recorded.
    public var recordedOn: CalendarDate?

    /// Records the resident's voice.
    public init(
        wishesAndDreams: [String] = [], personalStatements: [String] = [], acutePhase: Bool = false,
        declinedToTakePart: Bool = false, recordedOn: CalendarDate? = nil
    ) {
        self.wishesAndDreams = wishesAndDreams
        self.personalStatements = personalStatements
        self.acutePhase = acutePhase
        self.declinedToTakePart = declinedToTakePart
        self.recordedOn = recordedOn
    }

    /// Nothing recorded.
    public static let empty = ResidentVoice()

    /// Whether any words of the resident are recorded.
    public var isRecorded: Bool {
        wishesAndDreams.contains { !$0.isBlank } || personalStatements.contains { !$0.isBlank }
    }
}

extension String {
    /// Whether the text holds nothing but white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
