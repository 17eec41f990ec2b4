import BrobyggerCore

/// The consents to share of many residents, indexed by resident, answering "may X see Y about this resident now?".
public struct ConsentRegister: Sendable, Hashable, Codable {
    /// Every consent recorded, including withdrawn ones.
    public private(set) var consents: [ConsentToShare]
    private var byResident: [Resident.ID: [Int]]

    /// Creates a register.
    ///
    /// - Throws: `ValidationError` (`consent.duplicate`) when two consents share an identifier.
    public init(_ consents: [ConsentToShare] = []) throws(ValidationError) {
        self.consents = []
        self.byResident = [:]
        for consent in consents { try record(consent) }
    }

    /// Records a consent, or replaces one with the same identifier when `replacing` is true (to record a
    /// withdrawal).
    ///
    /// - Throws: `ValidationError` (`consent.duplicate`) when the identifier exists and `replacing` is false.
    public mutating func record(_ consent: ConsentToShare, replacing: Bool = false) throws(ValidationError) {
        if let index = byResident[consent.resident]?.first(where: { consents[$0].id == consent.id }) {
            guard replacing else {
                throw ValidationError(
                    field: "id", code: "consent.duplicate", rule: "Each consent is recorded once",
                    offendingValue: consent.id.description)
            }
            consents[index] = consent
            return
        }
        byResident[consent.resident, default: []].append(consents.count)
        consents.append(consent)
    }

    /// The resident's consents.
    public func consents(of resident: Resident.ID) -> [ConsentToShare] {
        (byResident[resident] ?? []).map { consents[$0] }
    }

    /// May the viewer see this information about the resident on the date?
    ///
    /// - Parameters:
    ///   - information: What the viewer wants to see.
    ///   - resident: About whom.
    ///   - viewer: Who wants to see it.
    ///   - recordedBy: The organisation whose record holds the information; a viewer from that organisation needs no
    ///     consent.
    ///   - date: When.
    ///   - isAdmitted: Whether the resident is admitted on the date (for ``ConsentToShare/Condition/whileAdmitted``).
    public func decision(
        for information: SharedInformation, about resident: Resident.ID, viewer: InformationViewer,
        recordedBy: Organisation.ID?, on date: CalendarDate, isAdmitted: Bool = false
    ) -> SharingDecision {
        if let recordedBy, recordedBy == viewer.organisation { return .ownRecord }
        var judgement: SharingDecision?
        for index in byResident[resident] ?? [] {
            let consent = consents[index]
            guard consent.information.contains(information), consent.isInForce(on: date), consent.covers(viewer)
            else { continue }
            switch consent.condition {
            case .always:
                return .permitted(by: consent.id)
            case .whileAdmitted where isAdmitted:
                return .permitted(by: consent.id)
            case .whileAdmitted:
                continue
            case .described(let text):
                judgement = judgement ?? .requiresJudgement(by: consent.id, condition: text)
            }
        }
        return judgement ?? .notPermitted
    }

    private enum CodingKeys: String, CodingKey {
        case consents
    }

    /// Decodes a register, rejecting duplicate identifiers.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let consents = try container.decode([ConsentToShare].self, forKey: .consents)
        self = try decoder.validating { try ConsentRegister(consents) }
    }

    /// Encodes the consents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(consents, forKey: .consents)
    }
}
