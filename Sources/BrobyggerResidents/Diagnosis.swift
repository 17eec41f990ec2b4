import BrobyggerCore

/// A diagnosis recorded for a resident: the ICD-10 code, whether it is the primary (*aktionsdiagnose*) or a
/// secondary (*bidiagnose*) diagnosis, and the date it was given.
///
/// Residents often carry several diagnoses at once (Erfaringsopsamling 2024, afsnit 3.1); dual diagnosis (psychiatric
/// illness plus substance use) is what the target-group check looks for.
public struct Diagnosis: Sendable, Hashable, Codable {
    /// Whether a diagnosis is the primary one.
    public enum Rank: String, Sendable, Hashable, Codable, CaseIterable {
        /// The primary diagnosis (*aktionsdiagnose*).
        case primary
        /// A secondary diagnosis (*bidiagnose*).
        case secondary
    }

    /// The ICD-10 code.
    public var code: DiagnosisCode
    /// Primary or secondary.
    public var rank: Rank
    /// The date the diagnosis was given.
    public var date: CalendarDate

    /// Creates a diagnosis.
    public init(code: DiagnosisCode, rank: Rank, date: CalendarDate) {
        self.code = code
        self.rank = rank
        self.date = date
    }
}
