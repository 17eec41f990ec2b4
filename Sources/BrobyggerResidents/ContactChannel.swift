import BrobyggerCore

/// The channel a contact used (seed 001 l.439–440, l.739–740, l.1213).
public enum ContactChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// In person (*fysisk fremmøde*).
    case inPerson = "in_person"
    /// Telephone (*opkald*).
    case phone
    /// Video (*virtuel rådgivning*).
    case video
    /// Mail.
    case mail
}
