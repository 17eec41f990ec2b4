/// The administrative sex recorded in the CPR register, read from a CPR number's last digit (odd = male,
/// even = female).
public enum AdministrativeSex: String, Sendable, Hashable, Codable, CaseIterable {
    /// Even last digit.
    case female
    /// Odd last digit.
    case male

    /// The Danish word (*kvinde*, *mand*).
    public var danishName: String {
        switch self {
        case .female: "kvinde"
        case .male: "mand"
        }
    }
}
