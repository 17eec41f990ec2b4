import BrobyggerCore

/// The kind of ward a stay is on: the outreach team follows residents on psychiatric and somatic wards alike
/// (Erfaringsopsamling 2024, afsnit 4.1.1), but psychiatric indicators count psychiatric stays.
public enum WardType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A psychiatric ward (*psykiatrisk sengeafsnit*).
    case psychiatric
    /// A somatic ward (*somatisk afdeling*).
    case somatic
}
