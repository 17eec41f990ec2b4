import BrobyggerCore

/// A recorded human judgement of whether a readmission was avoidable (*uhensigtsmæssig*).
///
/// "Der findes dog ikke nogen tal på, hvor mange genindlæggelser der er uhensigtsmæssige" (VIVE 2023, afsnit 1.3.1):
/// there is no formal definition, so the library never computes it. Staff record it, with a reason and who judged.
public struct AvoidabilityAssessment: Sendable, Hashable, Codable {
    /// The judgement.
    public enum Judgement: String, Sendable, Hashable, Codable, CaseIterable {
        /// The readmission was avoidable (*uhensigtsmæssig*).
        case avoidable
        /// The readmission was a necessary part of the course.
        case necessary
        /// The assessors could not decide.
        case undetermined
    }

    /// The resident.
    public var resident: Resident.ID
    /// The readmission's episode.
    public var readmission: EpisodeOfCareIdentifier
    /// The judgement.
    public var judgement: Judgement
    /// Why; never empty.
    public let reason: String
    /// Who judged.
    public var assessedBy: Author
    /// When.
    public var assessedOn: CalendarDate

    /// Records an assessment.
    ///
    /// - Throws: `ValidationError` (`avoidability.empty-reason`) when the reason is empty.
    public init(
        resident: Resident.ID, readmission: EpisodeOfCareIdentifier, judgement: Judgement, reason: String,
        assessedBy: Author, assessedOn: CalendarDate
    ) throws(ValidationError) {
        try requireText(
            reason, field: "reason", code: "avoidability.empty-reason", rule: "An assessment gives its reason")
        self.resident = resident
        self.readmission = readmission
        self.judgement = judgement
        self.reason = reason
        self.assessedBy = assessedBy
        self.assessedOn = assessedOn
    }

    private enum CodingKeys: String, CodingKey {
        case resident, readmission, judgement, reason, assessedBy, assessedOn
    }

    /// Decodes an assessment through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let readmission = try container.decode(EpisodeOfCareIdentifier.self, forKey: .readmission)
        let judgement = try container.decode(Judgement.self, forKey: .judgement)
        let reason = try container.decode(String.self, forKey: .reason)
        let author = try container.decode(Author.self, forKey: .assessedBy)
        let date = try container.decode(CalendarDate.self, forKey: .assessedOn)
        self = try decoder.validating {
            try AvoidabilityAssessment(
                resident: resident, readmission: readmission, judgement: judgement, reason: reason,
                assessedBy: author, assessedOn: date)
        }
    }

    /// Encodes the assessment.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(readmission, forKey: .readmission)
        try container.encode(judgement, forKey: .judgement)
        try container.encode(reason, forKey: .reason)
        try container.encode(assessedBy, forKey: .assessedBy)
        try container.encode(assessedOn, forKey: .assessedOn)
    }
}
