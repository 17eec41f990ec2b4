import BrobyggerCore

/// Result indicators for one scope and period, computed from events (Erfaringsopsamling 2024, afsnit 5.1, Tabel 1–3,
/// and the rows of Bilag 3).
///
/// Every value is an ``IndicatorValue``: a number, or a status when it cannot be computed (an average with no
/// admissions is ``MeasurementStatus/notCalculated``; a count the source does not register is
/// ``MeasurementStatus/notRegistered``). Counts convert to rates per 1,000 inhabitants with
/// ``ratePerThousand(_:inhabitants:inhabitantsReference:)``.
public struct ResultIndicators: Sendable, Hashable, Codable {
    /// Violent episodes by form and reporting; each figure is a count, or ``MeasurementStatus/notRegistered`` where
    /// the source does not register violent episodes (or, for the police figures, their reporting).
    public struct ViolentEpisodes: Sendable, Hashable, Codable {
        /// All violent episodes.
        public var total: IndicatorValue
        /// Physical episodes.
        public var physical: IndicatorValue
        /// Psychological episodes.
        public var psychological: IndicatorValue
        /// Episodes reported to the police.
        public var policeReported: IndicatorValue
        /// Episodes with no record of whether the police were involved.
        public var policeReportingUnknown: IndicatorValue

        /// Creates the figures.
        public init(
            total: IndicatorValue, physical: IndicatorValue, psychological: IndicatorValue,
            policeReported: IndicatorValue, policeReportingUnknown: IndicatorValue
        ) {
            self.total = total
            self.physical = physical
            self.psychological = psychological
            self.policeReported = policeReported
            self.policeReportingUnknown = policeReportingUnknown
        }
    }

    /// The scope.
    public var scope: IndicatorScope
    /// The period.
    public var period: DayRange
    /// Admissions starting in the period (*antal indlæggelser*).
    public var admissions: IndicatorValue
    /// Compulsory admissions (*tvangsindlæggelser*).
    public var compulsoryAdmissions: IndicatorValue
    /// Admissions followed by compulsory detention during the stay (*tvangstilbageholdelser*).
    public var detentions: IndicatorValue
    /// Readmissions within the policy's window starting in the period (*genindlæggelser*).
    public var readmissions: IndicatorValue
    /// Acute readmissions under the national 30-day definition.
    public var acuteReadmissions: IndicatorValue
    /// Acute outpatient contacts (*akutte ambulante kontakter*).
    public var acuteOutpatientContacts: IndicatorValue
    /// Planned outpatient visits (*ambulante besøg*).
    public var plannedOutpatientVisits: IndicatorValue
    /// Bed days in the period (*sengedage*).
    public var bedDays: IndicatorValue
    /// Average length of stay: bed days ÷ admissions, one decimal (*gennemsnitlig liggetid*).
    public var averageLengthOfStay: IndicatorValue
    /// Compulsory admissions as a share of admissions.
    public var compulsoryShare: IndicatorValue
    /// Readmissions as a share of admissions.
    public var readmissionShare: IndicatorValue
    /// Violent episodes (*voldsepisoder*).
    public var violentEpisodes: ViolentEpisodes
    /// Uses of force (*magtanvendelser*).
    public var usesOfForce: IndicatorValue
    /// Residents with a medication review (*medicingennemgang, antal borgere*).
    public var medicationReviews: IndicatorValue

    /// Computes the average length of stay from bed days and admissions: one decimal, or "not calculated" without
    /// admissions. This is the rule that reproduces Erfaringsopsamling 2024, Tabel 2 (6772 ÷ 403 = 16.8).
    public static func averageLengthOfStay(bedDays: Int, admissions: Int) -> IndicatorValue {
        guard admissions > 0, let value = try? RoundedDecimal(numerator: bedDays, denominator: admissions) else {
            return .status(.notCalculated)
        }
        return .decimal(value)
    }

    /// A count indicator per 1,000 inhabitants, or `nil` when the indicator holds no count.
    public func ratePerThousand(
        _ indicator: KeyPath<ResultIndicators, IndicatorValue>, inhabitants: Int, inhabitantsReference: String? = nil
    ) throws(ValidationError) -> RatePerThousand? {
        guard let count = self[keyPath: indicator].count else { return nil }
        return try RatePerThousand(count: count, inhabitants: inhabitants, inhabitantsReference: inhabitantsReference)
    }
}
