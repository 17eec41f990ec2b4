extension TemplateKey where Kind == SectionKeyKind {
    /// The parties (*aftaleparter*).
    public static let parties = SectionKey(known: "parties")
    /// The purpose (*formål*).
    public static let purpose = SectionKey(known: "purpose")
    /// The tasks (*opgaver*).
    public static let tasks = SectionKey(known: "tasks")
    /// The scope (*omfang*).
    public static let scope = SectionKey(known: "scope")
    /// The services (*ydelser*).
    public static let services = SectionKey(known: "services")
    /// The collaboration structure (*samarbejde*).
    public static let collaboration = SectionKey(known: "collaboration")
    /// Processing of personal data (*behandling af personoplysninger*).
    public static let personalData = SectionKey(known: "personal-data")
    /// Confidentiality and consent (*tavshedspligt og samtykke mv.*).
    public static let confidentialityAndConsent = SectionKey(known: "confidentiality-and-consent")
    /// Contact details (*kontaktoplysninger*).
    public static let contacts = SectionKey(known: "contacts")
    /// Duration and notice (*varighed*).
    public static let duration = SectionKey(known: "duration")
    /// Signatures (*underskrifter*).
    public static let signatures = SectionKey(known: "signatures")
    /// The weekly resident-overview meeting (*beboeroverbliksmøde*).
    public static let overviewMeeting = SectionKey(known: "overview-meeting")
    /// The resident-overview board (*beboeroverblikstavle*).
    public static let overviewBoard = SectionKey(known: "overview-board")
    /// Criteria for joint intensified effort.
    public static let intensifiedEffortCriteria = SectionKey(known: "intensified-effort-criteria")
    /// Joint competence development (*fælles kompetenceudvikling*).
    public static let competenceDevelopment = SectionKey(known: "competence-development")
    /// Safety: shared risk assessment and de-escalation.
    public static let safety = SectionKey(known: "safety")
    /// The citizen at the centre, and any proxy (VIVE).
    public static let citizen = SectionKey(known: "citizen")
    /// VIVE core element 1: bring the right actors together.
    public static let rightActors = SectionKey(known: "k1-right-actors")
    /// VIVE core element 2: shared goals, a plan and evaluation.
    public static let sharedGoals = SectionKey(known: "k2-shared-goals")
    /// VIVE core element 3: decision mandates and short decision chains.
    public static let decisionMandates = SectionKey(known: "k3-decision-mandates")
    /// VIVE core element 4: mutual knowledge.
    public static let mutualKnowledge = SectionKey(known: "k4-mutual-knowledge")
    /// VIVE core element 5: the framework for knowledge sharing and communication channels.
    public static let knowledgeSharing = SectionKey(known: "k5-knowledge-sharing")
    /// VIVE core element 6: roles and values of the collaboration culture.
    public static let rolesAndValues = SectionKey(known: "k6-roles-and-values")
}

extension TemplateKey where Kind == ParameterKeyKind {
    /// Fixed days a week the outreach team is on site (default 1, Erfaringsopsamling 2024, Bilag 2, “Ydelser”).
    public static let onSiteDaysPerWeek = ParameterKey(known: "on-site-days-per-week")
    /// The weekday of the team's fixed presence, agreed locally ("aftales nærmere", Erfaringsopsamling 2024, Bilag 2,
    /// “Ydelser”).
    public static let onSiteWeekday = ParameterKey(known: "on-site-weekday")
    /// Days a week the team attends the facility's morning meeting (default 1, Erfaringsopsamling 2024, Bilag 2,
    /// “Samarbejde”).
    public static let morningMeetingsPerWeek = ParameterKey(known: "morning-meetings-per-week")
    /// Management collaboration meetings a year; the template fixes no number (Erfaringsopsamling 2024, Bilag 2,
    /// “Samarbejde”).
    public static let managementMeetingsPerYear = ParameterKey(known: "management-meetings-per-year")
    /// The channel the parties aim to communicate through (default MedCom correspondence messages, Erfaringsopsamling
    /// 2024, Bilag 2, “Samarbejde”).
    public static let communicationChannel = ParameterKey(known: "communication-channel")
    /// Months of notice to the end of a month (default 3, Erfaringsopsamling 2024, Bilag 2, “Varighed”).
    public static let noticeMonths = ParameterKey(known: "notice-months")
    /// Joint competence-development activities a year; the model fixes no number (Region Hovedstadens Psykiatri, “B.
    /// Fælles kompetenceudviklingsaktiviteter”).
    public static let competenceActivitiesPerYear = ParameterKey(known: "competence-activities-per-year")
    /// The organisational form of a citizen-level collaboration: fixed team, coordinator or network (VIVE 2023,
    /// kapitel 5).
    public static let organisationalForm = ParameterKey(known: "organisational-form")
    /// Planned fixed network meetings a year (default 4, "for example quarterly", VIVE 2023, afsnit 5.1.2.3).
    public static let plannedMeetingsPerYear = ParameterKey(known: "planned-meetings-per-year")
}
