/// The mix of §13a/§13b documents ``DischargeSyntheticDocuments`` derives from a synthetic region's discharges.
///
/// The default follows Rigsrevisionen's finding (beretning 17/2022): most required agreements missing, and many of
/// those that exist incomplete. Shares of the required discharges; the rest have no document.
public struct DischargeSyntheticMix: Sendable, Hashable, Codable {
    /// The seed, combined with the region's.
    public var seed: UInt64
    /// Share with an agreement concluded before the discharge.
    public var agreementInTime: Double
    /// Share with an agreement concluded 1–20 days after the discharge.
    public var agreementLate: Double
    /// Share with a coordination plan after a recorded refusal.
    public var planAfterRefusal: Double
    /// Share with a coordination plan but no refusal recorded.
    public var planWithoutRefusal: Double
    /// Share of documents missing one statutory content element (social offers, authorities or the consultant).
    public var incompleteContent: Double
    /// Share of discharges (of every group) with a network meeting requested.
    public var networkMeetingRequested: Double

    /// Creates a mix.
    public init(
        seed: UInt64 = 13, agreementInTime: Double = 0.3, agreementLate: Double = 0.1,
        planAfterRefusal: Double = 0.1, planWithoutRefusal: Double = 0.03, incompleteContent: Double = 0.4,
        networkMeetingRequested: Double = 0.1
    ) {
        self.seed = seed
        self.agreementInTime = agreementInTime
        self.agreementLate = agreementLate
        self.planAfterRefusal = planAfterRefusal
        self.planWithoutRefusal = planWithoutRefusal
        self.incompleteContent = incompleteContent
        self.networkMeetingRequested = networkMeetingRequested
    }

    /// The default mix.
    public static let standard = DischargeSyntheticMix()
}
