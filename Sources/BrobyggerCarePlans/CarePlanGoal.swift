import BrobyggerCore

/// A shared goal (*fælles mål*) for the collaboration, set with the resident from their wishes (VIVE 2023, afsnit
/// 5.1.2.2).
public struct CarePlanGoal: Identifiable, Sendable, Hashable, Codable {
    /// The goal's identifier, stable across revisions so that changes can be traced.
    public typealias ID = Identifier<CarePlanGoal>
    /// The identifier.
    public let id: ID
    /// The goal in words.
    public var text: String

    /// Creates a goal.
    public init(id: ID, text: String) {
        self.id = id
        self.text = text
    }
}
