import BrobyggerCore

/// Where the §13a agreement of a stay stands while the patient is admitted: the column a ward reads on its worklist.
///
/// psykiatriloven §13a stk. 1 requires the agreement "inden udskrivning"; when the patient will not take part, §13b
/// requires a coordination plan instead. A stay *needs action* until an agreement is concluded or a plan made: with
/// no document, with a draft, or with the patient's refusal recorded (the plan is then still to be made).
public enum DischargeWorklistState: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Neither an agreement nor a plan exists for the stay.
    case none
    /// An agreement or plan is drafted but not concluded.
    case draft
    /// The agreement was concluded on the day (psykiatriloven §13a stk. 1).
    case concluded(on: CalendarDate)
    /// The patient refused to take part on the day: a coordination plan is needed (psykiatriloven §13b).
    case refused(on: CalendarDate)
    /// The coordination plan was made on the day (psykiatriloven §13b).
    case planMade(on: CalendarDate)

    /// The state without its date, for configuration and counting.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// No document.
        case none
        /// A draft.
        case draft
        /// An agreement concluded.
        case concluded
        /// Refused; a plan is needed.
        case refused
        /// A plan made.
        case planMade = "plan_made"
    }

    /// The state without its date.
    public var kind: Kind {
        switch self {
        case .none: .none
        case .draft: .draft
        case .concluded: .concluded
        case .refused: .refused
        case .planMade: .planMade
        }
    }

    /// Whether the ward still has to conclude an agreement or make a plan before discharge.
    public var needsAction: Bool {
        switch self {
        case .none, .draft, .refused: true
        case .concluded, .planMade: false
        }
    }

    /// The day the document was concluded or the refusal recorded, if any.
    public var date: CalendarDate? {
        switch self {
        case .none, .draft: nil
        case .concluded(let day), .refused(let day), .planMade(let day): day
        }
    }

    /// The state in Danish, as the ward's list shows it.
    public var danishName: String {
        switch self {
        case .none: "ingen aftale"
        case .draft: "udkast"
        case .concluded(let day): "aftale indgået \(day)"
        case .refused(let day): "afvist \(day): koordinationsplan mangler"
        case .planMade(let day): "koordinationsplan udarbejdet \(day)"
        }
    }

    /// The code and date, e.g. `concluded 2026-03-02`.
    public var description: String { date.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue }
}
