import BrobyggerCore

/// One change between two versions of a coordinated care plan, in terms the parties use: an effort added or ended,
/// responsibility moved, a goal changed.
public enum CarePlanChange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The status changed (draft → active, active → revised, … → closed).
    case statusChanged(from: CarePlanStatus, to: CarePlanStatus)
    /// The coordinator changed.
    case coordinatorChanged(from: CarePlanParty?, to: CarePlanParty?)
    /// An effort was added.
    case effortAdded(title: String, responsible: [CarePlanParty])
    /// An effort was completed or ended.
    case effortEnded(title: String, status: CarePlanEffortStatus)
    /// An effort was removed from the plan altogether.
    case effortRemoved(title: String)
    /// Responsibility for an effort moved.
    case responsibilityMoved(effort: String, from: [CarePlanParty], to: [CarePlanParty])
    /// An effort's due day moved.
    case effortDueChanged(effort: String, from: CalendarDate?, to: CalendarDate?)
    /// An effort's status changed, other than ending it (planned → in progress, or reopened).
    case effortStatusChanged(effort: String, from: CarePlanEffortStatus, to: CarePlanEffortStatus)
    /// A shared goal was added.
    case goalAdded(String)
    /// A shared goal was removed.
    case goalRemoved(String)
    /// A shared goal was reworded.
    case goalChanged(from: String, to: String)
    /// A sub-goal was added at a priority.
    case subGoalAdded(String, priority: Int)
    /// A sub-goal was removed.
    case subGoalRemoved(String)
    /// A sub-goal was reworded or moved to another priority.
    case subGoalChanged(from: String, to: String, priority: Int)
    /// The resident's wishes, dreams or statements changed.
    case residentVoiceChanged
    /// Agreements were added.
    case agreementsAdded(count: Int)
    /// Early warning signs changed.
    case earlyWarningSignsChanged
    /// The consent to share or the parties it is shared with changed.
    case sharingChanged
    /// A participant joined the plan.
    case participantAdded(CarePlanParty)
    /// A participant left the plan.
    case participantRemoved(CarePlanParty)
    /// A meeting was recorded.
    case meetingRecorded(date: CalendarDate, kind: CoordinationMeeting.Kind)
    /// The next meeting moved.
    case nextMeetingChanged(from: CalendarDate?, to: CalendarDate?)

    /// The change as one Danish sentence. The plan's free text it quotes is shown with CPR-shaped numbers masked
    /// and control characters replaced (`PersonalNumbersInText`, `SafeOutput/terminal(_:lineBreaks:)`), as in
    /// every description.
    public var danishDescription: String {
        SafeOutput.terminal(PersonIdentifier.maskingNumbers(in: sentence))
    }

    private var sentence: String {
        switch self {
        case .statusChanged(let from, let to): "Status ændret fra \(from.danishName) til \(to.danishName)."
        case .coordinatorChanged(let from, let to):
            "Koordinator ændret fra \(Self.name(from)) til \(Self.name(to))."
        case .effortAdded(let title, let responsible):
            "Indsats tilføjet: »\(title)« (ansvarlig: \(Self.names(responsible)))."
        case .effortEnded(let title, let status): "Indsats \(status.danishName): »\(title)«."
        case .effortRemoved(let title): "Indsats fjernet: »\(title)«."
        case .responsibilityMoved(let effort, let from, let to):
            "Ansvaret for »\(effort)« flyttet fra \(Self.names(from)) til \(Self.names(to))."
        case .effortDueChanged(let effort, let from, let to):
            "Frist for »\(effort)« ændret fra \(Self.day(from)) til \(Self.day(to))."
        case .effortStatusChanged(let effort, let from, let to):
            "Indsatsen »\(effort)« ændret fra \(from.danishName) til \(to.danishName)."
        case .goalAdded(let text): "Mål tilføjet: »\(text)«."
        case .goalRemoved(let text): "Mål fjernet: »\(text)«."
        case .goalChanged(let from, let to): "Mål ændret fra »\(from)« til »\(to)«."
        case .subGoalAdded(let text, let priority): "Delmål tilføjet som nr. \(priority): »\(text)«."
        case .subGoalRemoved(let text): "Delmål fjernet: »\(text)«."
        case .subGoalChanged(let from, let to, let priority):
            from == to
                ? "Delmålet »\(to)« er nu nr. \(priority)."
                : "Delmål ændret fra »\(from)« til »\(to)« (nr. \(priority))."
        case .residentVoiceChanged: "Borgerens ønsker og drømme er opdateret."
        case .agreementsAdded(let count): count == 1 ? "1 ny aftale." : "\(count) nye aftaler."
        case .earlyWarningSignsChanged: "Tidlige tegn og handlinger er opdateret."
        case .sharingChanged: "Samtykke til deling eller modtagere af planen er ændret."
        case .participantAdded(let party): "Ny deltager: \(party.danishName)."
        case .participantRemoved(let party): "Deltager udgået: \(party.danishName)."
        case .meetingRecorded(let date, let kind): "Møde registreret: \(kind.danishName) \(date.danishFormatted)."
        case .nextMeetingChanged(let from, let to): "Næste møde ændret fra \(Self.day(from)) til \(Self.day(to))."
        }
    }

    /// The same as ``danishDescription``.
    public var description: String { danishDescription }

    private static func name(_ party: CarePlanParty?) -> String { party?.danishName ?? "ingen" }
    private static func names(_ parties: [CarePlanParty]) -> String {
        parties.isEmpty ? "ingen" : parties.map(\.danishName).joined(separator: ", ")
    }
    private static func day(_ date: CalendarDate?) -> String { date?.danishFormatted ?? "ingen" }
}
