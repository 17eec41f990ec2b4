import BrobyggerCore

/// The channel a contact used (Erfaringsopsamling 2024, afsnit 3.2.3 og 4.2.1; Bilag 2, “Ydelser”).
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
