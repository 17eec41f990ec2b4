/// The version of the Brobygger SDK.
public enum BrobyggerVersion {
    /// The semantic version of this release of the package.
    public static let current = "0.1.0"
}
