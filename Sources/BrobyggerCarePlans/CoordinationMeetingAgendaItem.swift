/// An item on the agenda of a coordination meeting, in the order the source gives (Erfaringsopsamling 2024, afsnit
/// 4.2.3): "vi har en runde om hvad der er sket sidst, og så hører man borgeren hvad de synes, og så byder man ind i
/// den linje man har aftalt siden sidst, og følger op på det. Og så laver vi nye aftaler, som borgeren er med til at
/// godkende".
///
/// `allCases` is the agenda in that order; ``CoordinationMeeting`` keeps its minutes in it.
public enum CoordinationMeetingAgendaItem: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
    CustomStringConvertible
{
    /// A round on what has happened since last time.
    case sinceLastTime = "since_last_time"
    /// The resident's view.
    case residentsView = "residents_view"
    /// Each party follows up on what was agreed last time.
    case followUpOfAgreements = "follow_up_of_agreements"
    /// New agreements, which the resident helps approve.
    case newAgreements = "new_agreements"

    /// The Danish heading.
    public var danishName: String {
        switch self {
        case .sinceLastTime: "Siden sidst"
        case .residentsView: "Borgerens syn"
        case .followUpOfAgreements: "Opfølgning på aftalerne"
        case .newAgreements: "Nye aftaler, godkendt af borgeren"
        }
    }

    /// The position on the agenda, 1–4.
    public var position: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// Orders items by their place on the agenda.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }

    /// The raw value.
    public var description: String { rawValue }
}
