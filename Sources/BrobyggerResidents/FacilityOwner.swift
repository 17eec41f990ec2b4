import BrobyggerCore

/// Who owns and runs a residential facility (Erfaringsopsamling 2024, afsnit 3.1).
public enum FacilityOwner: String, Sendable, Hashable, Codable, CaseIterable {
    /// Municipal (*kommunalt*).
    case municipal
    /// Regional (*regionalt*).
    case regional
    /// Private (*privat*).
    case `private`

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .municipal: "kommunalt"
        case .regional: "regionalt"
        case .private: "privat"
        }
    }
}
