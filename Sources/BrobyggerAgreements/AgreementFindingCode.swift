/// The stable codes of the findings agreement validation reports.
///
/// Codes never change meaning once published, so apps can filter, count and translate findings by code.
public enum AgreementFindingCode {
    /// A required section has no text (error). The Region Hovedstaden template leaves personal data,
    /// confidentiality and consent, and contact details as empty headings each agreement must fill
    /// (Erfaringsopsamling 2024, Bilag 2).
    public static let sectionRequiredEmpty = "agreement.section.required-empty"
    /// The agreement has text for a section its template does not have (warning): it would not be rendered.
    public static let sectionUnknown = "agreement.section.unknown"
    /// A parameter value lies outside the template's allowed range (error).
    public static let parameterOutOfRange = "agreement.parameter.out-of-range"
    /// A choice parameter names an option the template does not offer (error).
    public static let parameterNotAnOption = "agreement.parameter.not-an-option"
    /// A parameter value is of the wrong kind, for example text where a number is expected (error).
    public static let parameterWrongKind = "agreement.parameter.wrong-kind"
    /// A required parameter has neither a value nor a default (error).
    public static let parameterMissing = "agreement.parameter.missing"
    /// The agreement sets a parameter its template does not have (warning).
    public static let parameterUnknown = "agreement.parameter.unknown"
    /// A party role the template requires is missing or occurs more than once (error).
    public static let partyRoleMissing = "agreement.party.role-missing"
    /// The same organisation is listed as a party more than once (error).
    public static let partyDuplicate = "agreement.party.duplicate"
    /// Fewer parties than the template requires (error).
    public static let partyTooFew = "agreement.party.too-few"
    /// No outreach team is named although the agreement feeds the resident-overview board (warning): the board
    /// looks terms up by facility and team.
    public static let partyTeamMissing = "agreement.party.team-missing"
    /// A party that must sign has not signed (error until it has).
    public static let signatureMissing = "agreement.signature.missing"
    /// A signature names an organisation that is not a party, or one that does not sign under the template (error).
    public static let signatureNotAParty = "agreement.signature.not-a-party"
    /// The collaboration model is used but no intensified-effort criteria are agreed (error), Region Hovedstadens
    /// Psykiatri, “A. Fælles beboeroverbliksmøder”.
    public static let criteriaMissing = "agreement.criteria.missing"
    /// Two intensified-effort criteria share an identifier (error).
    public static let criteriaDuplicateIdentifier = "agreement.criteria.duplicate-id"
    /// The collaboration model is used but no overview-meeting schedule is agreed (error), Region Hovedstadens
    /// Psykiatri, “A. Fælles beboeroverbliksmøder”.
    public static let overviewMeetingMissing = "agreement.overview-meeting.missing"
    /// A checklist element is marked as not relevant (warning): VIVE expects every core element to be relevant
    /// whichever organisational form is chosen (VIVE 2023, kapitel 5).
    public static let checklistElementSkipped = "agreement.checklist.element-skipped"
    /// A checklist element is marked as agreed but its section is empty (warning).
    public static let checklistAgreedWithoutText = "agreement.checklist.agreed-without-text"
    /// A notice of termination is dated before the agreement took effect (error).
    public static let noticeBeforeStart = "agreement.notice.before-start"
    /// A notice of termination is dated after the date validated (warning): a notice is recorded when given.
    public static let noticeInFuture = "agreement.notice.in-future"
    /// The requested end date is earlier than the notice period allows (error); the agreement runs until the
    /// earliest lawful end date instead.
    public static let noticeEndTooEarly = "agreement.notice.end-too-early"
    /// The requested end date is not the last day of a month although notice runs to the end of a month (error).
    public static let noticeEndNotMonthEnd = "agreement.notice.end-not-month-end"
}
