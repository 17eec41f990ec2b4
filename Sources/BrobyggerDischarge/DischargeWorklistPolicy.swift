import BrobyggerCore
import BrobyggerResidents

/// The regional settings of the open-stays worklist (``DischargeWorklist``): who is on it and how it is ordered.
///
/// The law fixes who needs an agreement (psykiatriloven §13a stk. 1 and stk. 2) and by when ("inden udskrivning"),
/// but not how soon during a stay a ward should have one: that is a region's working target, so it is configuration
/// here with a documented default, as is the order of the states. The urgency order of the worklist is:
///
/// 1. stays that need action and have been admitted at least ``attentionAfterDays`` days (past the working target);
/// 2. then by the state's place in ``stateOrder`` (by default: no document, refused so a plan is needed, draft,
///    concluded, plan made);
/// 3. then the longest stay first (the nearer discharge is likely to be), then the earlier admission instant, then
///    the resident and episode, so equal inputs always give the same order.
public struct DischargeWorklistPolicy: Sendable, Hashable, Codable {
    /// Which placements put a patient in the mandatory group (psykiatriloven §13a stk. 1). Default: the standard
    /// afsnit V placements.
    public var determination: DischargeDeterminationPolicy
    /// When ward contacts are one stay (ward transfers). Default: the national definition.
    public var stayDefinition: HospitalStayDefinition
    /// Days admitted after which a stay still needing action is listed first. Default 7; 0–365. A regional working
    /// target, not the law's deadline (the law's is the discharge).
    public let attentionAfterDays: Int
    /// The order of the states, most urgent first; every state once. Default: none, refused, draft, concluded, plan
    /// made.
    public let stateOrder: [DischargeWorklistState.Kind]

    /// The default order of the states.
    public static let defaultStateOrder: [DischargeWorklistState.Kind] = [
        .none, .refused, .draft, .concluded, .planMade,
    ]

    /// Creates a policy.
    ///
    /// - Throws: `ValidationError` `worklist.attention-days` when `attentionAfterDays` is not 0–365, or
    ///   `worklist.state-order` when `stateOrder` does not list every state exactly once.
    public init(
        determination: DischargeDeterminationPolicy = .standard, stayDefinition: HospitalStayDefinition = .national,
        attentionAfterDays: Int = 7, stateOrder: [DischargeWorklistState.Kind] = Self.defaultStateOrder
    ) throws(ValidationError) {
        guard (0...365).contains(attentionAfterDays) else {
            throw ValidationError(
                field: "attentionAfterDays", code: "worklist.attention-days",
                rule: "The attention threshold is 0–365 days admitted", offendingValue: String(attentionAfterDays))
        }
        guard stateOrder.count == DischargeWorklistState.Kind.allCases.count,
            Set(stateOrder) == Set(DischargeWorklistState.Kind.allCases)
        else {
            throw ValidationError(
                field: "stateOrder", code: "worklist.state-order",
                rule: "The state order lists every state exactly once",
                offendingValue: stateOrder.map(\.rawValue).joined(separator: ","))
        }
        self.determination = determination
        self.stayDefinition = stayDefinition
        self.attentionAfterDays = attentionAfterDays
        self.stateOrder = stateOrder
    }

    private init(unchecked: Void) {
        determination = .standard
        stayDefinition = .national
        attentionAfterDays = 7
        stateOrder = Self.defaultStateOrder
    }

    /// The defaults: standard afsnit V placements, the national stay definition, attention after 7 days, states
    /// in the default order.
    public static let standard = DischargeWorklistPolicy(unchecked: ())

    /// Where the ordering parameters come from, for users who ask.
    public static let source = SourceCitation.configuration("DischargeWorklistPolicy.attentionAfterDays", default: "7")

    /// The rank of a state in ``stateOrder`` (0 is most urgent).
    public func rank(of kind: DischargeWorklistState.Kind) -> Int {
        stateOrder.firstIndex(of: kind) ?? stateOrder.count
    }

    private enum CodingKeys: String, CodingKey {
        case determination, stayDefinition, attentionAfterDays, stateOrder
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let determination =
            try c.decodeIfPresent(DischargeDeterminationPolicy.self, forKey: .determination) ?? .standard
        let definition = try c.decodeIfPresent(HospitalStayDefinition.self, forKey: .stayDefinition) ?? .national
        let days = try c.decodeIfPresent(Int.self, forKey: .attentionAfterDays) ?? 7
        let order =
            try c.decodeIfPresent([DischargeWorklistState.Kind].self, forKey: .stateOrder)
            ?? Self.defaultStateOrder
        self = try decoder.validating {
            try DischargeWorklistPolicy(
                determination: determination, stayDefinition: definition, attentionAfterDays: days, stateOrder: order)
        }
    }
}
