/// A group of fields that share one access rule, such as diagnoses or the resident's own goals.
///
/// Access is decided per group, not per document, so that a view can show a facility's staff the resident's goals
/// and the planned week while leaving out diagnoses they have no basis to see. The set is open: modules and apps
/// may define more groups.
public struct FieldGroup: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The group's stable name.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Name, CPR or replacement number, acting municipality.
    public static let identity = FieldGroup(rawValue: "identity")
    /// Contact details, contact persons, relatives.
    public static let contact = FieldGroup(rawValue: "contact")
    /// The resident's goals and wishes, in their own words.
    public static let goalsAndWishes = FieldGroup(rawValue: "goals_and_wishes")
    /// Normal or intensified effort and the criteria that triggered it.
    public static let effortIntensity = FieldGroup(rawValue: "effort_intensity")
    /// Planned and performed psychiatric treatment, team contacts.
    public static let psychiatricTreatment = FieldGroup(rawValue: "psychiatric_treatment")
    /// Planned and performed social support on the facility and from the municipality.
    public static let socialSupport = FieldGroup(rawValue: "social_support")
    /// Admissions, leave and discharges.
    public static let admissionsAndDischarges = FieldGroup(rawValue: "admissions_and_discharges")
    /// Diagnoses and functional scores.
    public static let diagnoses = FieldGroup(rawValue: "diagnoses")
    /// Medication.
    public static let medication = FieldGroup(rawValue: "medication")
    /// Coordinated care plans.
    public static let carePlan = FieldGroup(rawValue: "care_plan")
    /// Discharge agreements and coordination plans (psykiatriloven §13a–§13b).
    public static let dischargeDocuments = FieldGroup(rawValue: "discharge_documents")
    /// Purely private matters (*rent private forhold*), which psykiatriloven §13c lets flow only when necessary.
    public static let privateMatters = FieldGroup(rawValue: "private_matters")
    /// Organisational and administrative data (agreements, surveys, configuration), no personal data.
    public static let administrative = FieldGroup(rawValue: "administrative")

    /// The groups named above.
    public static let known: [FieldGroup] = [
        .identity, .contact, .goalsAndWishes, .effortIntensity, .psychiatricTreatment, .socialSupport,
        .admissionsAndDischarges, .diagnoses, .medication, .carePlan, .dischargeDocuments, .privateMatters,
        .administrative,
    ]

    /// The name.
    public var description: String { rawValue }

    /// Orders by name.
    public static func < (lhs: FieldGroup, rhs: FieldGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}
