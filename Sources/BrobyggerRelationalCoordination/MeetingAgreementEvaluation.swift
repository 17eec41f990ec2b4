import BrobyggerCore

/// The light-weight evaluation of a series of network meetings: were agreements closed at the end of each
/// meeting, were they reviewed at the start of the next, and how many were done.
///
/// VIVE 2023, afsnit 5.1.2.3: close every meeting with a shared understanding of the agreements made, and open the
/// next by reviewing what has happened since. Every share carries its numerator and denominator.
public struct MeetingAgreementEvaluation: Sendable, Hashable, Codable {
    /// A share as numerator and denominator (never only a percentage).
    public struct Share: Sendable, Hashable, Codable {
        /// The count of the part.
        public let numerator: Int
        /// The count of the whole.
        public let denominator: Int

        /// Creates a share.
        /// - Throws: `ValidationError` unless 0 ≤ numerator ≤ denominator.
        public init(numerator: Int, denominator: Int) throws(ValidationError) {
            guard numerator >= 0, numerator <= denominator else {
                throw ValidationError(
                    field: "numerator", code: "meeting.share.invalid", rule: "A share has 0 ≤ numerator ≤ denominator",
                    offendingValue: "\(numerator)/\(denominator)")
            }
            self.numerator = numerator
            self.denominator = denominator
        }

        private enum CodingKeys: String, CodingKey {
            case numerator
            case denominator
        }

        /// Decodes a share through the validating initialiser.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let numerator = try container.decode(Int.self, forKey: .numerator)
            let denominator = try container.decode(Int.self, forKey: .denominator)
            self = try decoder.validating { () throws(ValidationError) in
                try Self(numerator: numerator, denominator: denominator)
            }
        }

        /// The share as a fraction, `nil` when the whole is empty.
        public var fraction: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }
    }

    /// The evaluation of one meeting.
    public struct MeetingResult: Sendable, Hashable, Codable {
        /// The meeting.
        public let meeting: NetworkMeetingRecord.ID
        /// Its day.
        public let date: CalendarDate
        /// Agreements stated at its close.
        public let agreementsMade: Int
        /// Of the previous meeting's agreements, how many were reviewed at the start of this one.
        public let previousReviewed: Share
        /// Of the previous meeting's agreements, how many were reviewed as done.
        public let previousDone: Share
    }

    /// One result per meeting, in date order.
    public let meetings: [MeetingResult]
    /// All meetings but the first: previous agreements reviewed, summed.
    public let reviewed: Share
    /// All meetings but the first: previous agreements done, summed.
    public let done: Share
    /// Meetings that closed without agreements, agreements left unreviewed, reviews of unknown agreements.
    public let findings: ValidationReport

    private static let source = SourceCitation.document(.vive2023, locator: "afsnit 5.1.2.3")

    /// Evaluates the meetings of one network, in any order; they are sorted by date.
    public init(meetings records: [NetworkMeetingRecord]) {
        let sorted = records.sorted { $0.date < $1.date }
        var results: [MeetingResult] = []
        var findings: [Finding] = []
        var totalReviewed = 0
        var totalDone = 0
        var totalPrevious = 0
        for (index, record) in sorted.enumerated() {
            let path = FieldPath("meetings").appending(index: index)
            let previous = index > 0 ? sorted[index - 1].agreementsMade : []
            let previousIDs = Set(previous.map(\.id))
            var reviewed = 0
            var done = 0
            for (reviewIndex, review) in record.reviewOfPrevious.enumerated() {
                guard previousIDs.contains(review.agreement) else {
                    findings.append(
                        Finding(
                            code: "meeting.review-of-unknown-agreement", severity: .error,
                            path: path.appending("reviewOfPrevious").appending(index: reviewIndex),
                            message: "The review names an agreement the previous meeting did not make",
                            source: Self.source))
                    continue
                }
                reviewed += 1
                if review.outcome == .done { done += 1 }
            }
            if reviewed < previous.count {
                findings.append(
                    Finding(
                        code: "meeting.previous-agreements-not-reviewed", severity: .warning,
                        path: path.appending("reviewOfPrevious"),
                        message:
                            "\(previous.count - reviewed) of \(previous.count) agreement(s) from the previous meeting were not reviewed",
                        source: Self.source))
            }
            if record.agreementsMade.isEmpty {
                findings.append(
                    Finding(
                        code: "meeting.closed-without-agreements", severity: .warning,
                        path: path.appending("agreementsMade"),
                        message: "The meeting closed without recorded agreements", source: Self.source))
            }
            if index > 0 {
                totalReviewed += reviewed
                totalDone += done
                totalPrevious += previous.count
            }
            results.append(
                MeetingResult(
                    meeting: record.id, date: record.date, agreementsMade: record.agreementsMade.count,
                    previousReviewed: try! Share(numerator: reviewed, denominator: previous.count),
                    previousDone: try! Share(numerator: done, denominator: previous.count)))
        }
        meetings = results
        reviewed = try! Share(numerator: totalReviewed, denominator: totalPrevious)
        done = try! Share(numerator: totalDone, denominator: totalPrevious)
        self.findings = ValidationReport(findings)
    }
}
