import BrobyggerCore
import BrobyggerResidents

/// Whether the duty of psykiatriloven §13a–§13b was met for the discharges of a period, per ward, psychiatric centre
/// and region: the question Rigsrevisionen asked (beretning 17/2022: 73 % of 4,483 required agreements missing).
///
/// For every discharge from a psychiatric ward in the period: was an agreement or plan required (a §13a group); was
/// one made in time (concluded no later than the discharge day), late, or not at all; did it meet the content rules
/// (which failed); was the outreach team's follow-up after discharge met; was a requested network meeting slotted
/// within the working-day limit. Built in one pass over the discharges after indexing documents, follow-ups and
/// meetings once, so a national year (50,000 discharges) takes milliseconds. Rendered by a front end, or as CSV or
/// Markdown (``csv()``, ``markdown()``).
public struct DischargeComplianceReport: Sendable, Hashable, Codable {
    /// The organisational level of a row.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// The whole region.
        case region
        /// A psychiatric centre.
        case centre
        /// A ward.
        case ward

        /// Region, centre, ward.
        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// What a row is about.
    public struct Scope: Sendable, Hashable, Codable, Comparable {
        /// The level.
        public var level: Level
        /// The organisation; `nil` for discharges whose ward (or its centre or region) is unknown, and for a region
        /// known only by the region code its wards carry.
        public var organisation: Organisation.ID?
        /// The organisation's name, the region's name for a region known only by its code, or `unknown`.
        public var name: String
        /// The region the row belongs to: the region organisation's code above the ward, else the region code the
        /// ward (or an organisation above it) carries; `nil` when neither is known. Unknown centres of different
        /// regions are different rows.
        public var region: Region?

        /// Creates a scope.
        public init(level: Level, organisation: Organisation.ID?, name: String, region: Region? = nil) {
            self.level = level
            self.organisation = organisation
            self.name = name
            self.region = region
        }

        /// By level, then name, then organisation and region.
        public static func < (lhs: Scope, rhs: Scope) -> Bool {
            (lhs.level, lhs.name, lhs.organisation?.uuidString ?? "", lhs.region?.code ?? 0)
                < (rhs.level, rhs.name, rhs.organisation?.uuidString ?? "", rhs.region?.code ?? 0)
        }
    }

    /// The counts of one scope. Shares are left to the renderer, always with numerator and denominator.
    public struct Counts: Sendable, Hashable, Codable {
        /// Discharges from psychiatric wards in the period.
        public var discharges = 0
        /// Discharges that required an agreement or plan.
        public var required = 0
        /// … of which one was concluded no later than the discharge day.
        public var inTime = 0
        /// … of which one was concluded after the discharge.
        public var late = 0
        /// … of which none exists (or one without a date).
        public var missing = 0
        /// Documents (in time or late) that meet every content rule of error severity.
        public var contentComplete = 0
        /// Documents that fail at least one content rule of error severity.
        public var contentIncomplete = 0
        /// How many documents failed each content rule, by rule identifier.
        public var failedRules: [String: Int] = [:]
        /// Required discharges with an evaluated follow-up after discharge.
        public var followUpsEvaluated = 0
        /// … met in time.
        public var followUpsMet = 0
        /// … met after the due date.
        public var followUpsLate = 0
        /// … not met (overdue or still open) although the team's contacts are registered.
        public var followUpsNotMet = 0
        /// … not known: no contact of the team is registered for the period, so the follow-up is *not registered*,
        /// never counted as not met.
        public var followUpsNotRegistered = 0
        /// Network meetings requested at these discharges.
        public var networkMeetingsRequested = 0
        /// … slotted within the working-day limit.
        public var networkMeetingsInTime = 0
        /// … slotted later.
        public var networkMeetingsLate = 0
        /// … with no slot.
        public var networkMeetingsNotSlotted = 0

        /// Empty counts.
        public init() {}
    }

    /// One row: a scope and its counts.
    public struct Row: Sendable, Hashable, Codable {
        /// The scope.
        public var scope: Scope
        /// The counts.
        public var counts: Counts

        /// Creates a row.
        public init(scope: Scope, counts: Counts) {
            self.scope = scope
            self.counts = counts
        }
    }

    /// Where one discharge's document stands.
    public enum DocumentStatus: Sendable, Hashable, Codable {
        /// No agreement or plan was required.
        case notRequired
        /// One was concluded on or before the discharge day.
        case inTime(DischargeDocumentKind, documentID: String)
        /// One was concluded after the discharge, `daysLate` days after.
        case late(DischargeDocumentKind, documentID: String, daysLate: Int)
        /// None exists (or none with a date).
        case missing
    }

    /// One discharge that required a document and did not fully comply, with what went wrong.
    public struct Exception: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The stay.
        public var episode: EpisodeOfCareIdentifier
        /// The ward.
        public var ward: Organisation.ID?
        /// The discharge day.
        public var dischargeDate: CalendarDate
        /// The §13a group.
        public var basis: DischargeLegalBasis
        /// The document's status.
        public var status: DocumentStatus
        /// The identifiers of the content rules the document failed.
        public var failedRules: [String]
        /// The follow-up after discharge, when evaluated.
        public var followUp: FollowUpAfterDischarge.Status?

        /// Creates an exception.
        public init(
            resident: Resident.ID, episode: EpisodeOfCareIdentifier, ward: Organisation.ID?,
            dischargeDate: CalendarDate, basis: DischargeLegalBasis, status: DocumentStatus, failedRules: [String],
            followUp: FollowUpAfterDischarge.Status?
        ) {
            self.resident = resident
            self.episode = episode
            self.ward = ward
            self.dischargeDate = dischargeDate
            self.basis = basis
            self.status = status
            self.failedRules = failedRules
            self.followUp = followUp
        }

        /// The findings, each citing the statute paragraph, the rule's source or the seed line.
        public func findings(rules: DischargeContentRuleSet = .statutory) -> ValidationReport {
            let path = FieldPath("episodes").appending(episode.value)
            var report = ValidationReport()
            switch status {
            case .missing:
                report.append(
                    Finding(
                        code: "compliance.document-missing", severity: .error, path: path,
                        message:
                            "Discharged on \(dischargeDate) without a discharge agreement or coordination plan, "
                            + "although the patient is in the group of \(basis).", source: basis.citation))
            case .late(let kind, let id, let days):
                report.append(
                    Finding(
                        code: "compliance.document-late", severity: .error, path: path,
                        message:
                            "The \(kind.danishName) \(id) was concluded \(days) day(s) after the discharge on "
                            + "\(dischargeDate); it must be made before discharge.",
                        source: kind == .agreement ? basis.citation : .section13b))
            case .inTime, .notRequired:
                break
            }
            for id in failedRules {
                let rule = rules.rule(id)
                report.append(
                    Finding(
                        code: id, severity: rule?.severity ?? .error, path: path,
                        message: rule?.message ?? "Content rule \(id) failed.",
                        source: rule?.source ?? basis.citation))
            }
            if case .overdue = followUp {
                report.append(
                    Finding(
                        code: "follow-up.overdue", severity: .warning, path: path,
                        message: "No visit or call by the outreach team after the discharge on \(dischargeDate).",
                        source: .document(.erfaringsopsamling2024, locator: "afsnit 4.3.2")))
            }
            return report
        }
    }

    /// The period whose discharges are counted.
    public var period: DayRange
    /// The rows: regions, then centres, then wards, each by name.
    public var rows: [Row]
    /// The discharges that required a document and had a problem (missing, late, incomplete, follow-up not met),
    /// by discharge day (ties in the order of the input cases).
    public var exceptions: [Exception]
    /// The identifiers of the rules applied, with their sources, for the renderings' legend.
    public var rules: [DischargeContentRule]
    /// Input problems: documents whose episode of care is a stay of another resident, counted for no discharge.
    public var documentMismatches: [DischargeDocumentMismatch]

    /// Creates a report from its parts.
    public init(
        period: DayRange, rows: [Row], exceptions: [Exception], rules: [DischargeContentRule],
        documentMismatches: [DischargeDocumentMismatch] = []
    ) {
        self.period = period
        self.rows = rows
        self.exceptions = exceptions
        self.rules = rules
        self.documentMismatches = documentMismatches
    }

    private enum CodingKeys: String, CodingKey {
        case period, rows, exceptions, rules, documentMismatches
    }

    /// Decodes a report; one written before ``documentMismatches`` existed has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            period: try c.decode(DayRange.self, forKey: .period), rows: try c.decode([Row].self, forKey: .rows),
            exceptions: try c.decode([Exception].self, forKey: .exceptions),
            rules: try c.decode([DischargeContentRule].self, forKey: .rules),
            documentMismatches: try c.decodeIfPresent([DischargeDocumentMismatch].self, forKey: .documentMismatches)
                ?? [])
    }

    /// The input problems as findings, one per mismatched document, each citing psykiatriloven §13a stk. 1.
    public var inputFindings: ValidationReport {
        ValidationReport(documentMismatches.map(\.finding))
    }

    /// The rows of a level.
    public func rows(_ level: Level) -> [Row] { rows.filter { $0.scope.level == level } }

    /// The row of an organisation.
    public func row(for organisation: Organisation.ID) -> Row? {
        rows.first { $0.scope.organisation == organisation }
    }

    /// The counts over every region (the sum of the region rows).
    public var total: Counts {
        var total = Counts()
        for row in rows(.region) { total.add(row.counts) }
        return total
    }
}

extension DischargeComplianceReport.Counts {
    mutating func add(_ other: Self) {
        discharges += other.discharges
        required += other.required
        inTime += other.inTime
        late += other.late
        missing += other.missing
        contentComplete += other.contentComplete
        contentIncomplete += other.contentIncomplete
        for (id, count) in other.failedRules { failedRules[id, default: 0] += count }
        followUpsEvaluated += other.followUpsEvaluated
        followUpsMet += other.followUpsMet
        followUpsLate += other.followUpsLate
        followUpsNotMet += other.followUpsNotMet
        followUpsNotRegistered += other.followUpsNotRegistered
        networkMeetingsRequested += other.networkMeetingsRequested
        networkMeetingsInTime += other.networkMeetingsInTime
        networkMeetingsLate += other.networkMeetingsLate
        networkMeetingsNotSlotted += other.networkMeetingsNotSlotted
    }
}
