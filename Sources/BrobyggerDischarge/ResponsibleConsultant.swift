import BrobyggerCore

/// The senior consultant (*overlæge*) responsible for a discharge agreement or plan, psykiatriloven §13a stk. 1.
public struct ResponsibleConsultant: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The consultant's name.
    public var name: PersonName
    /// The professional record, where known.
    public var professional: Professional.ID?

    /// Creates a consultant reference.
    public init(name: PersonName, professional: Professional.ID? = nil) {
        self.name = name
        self.professional = professional
    }

    /// The name.
    public var description: String { name.formatted }
}
