import BrobyggerCore

/// When contacts on several wards form one hospital stay (*sygehusophold*).
///
/// The national definition joins physical attendances that overlap in time or lie at most 4 hours apart, from one
/// discharge to the next admission (Sundhedsdatastyrelsen, esundhed.dk: *Genindlæggelser i somatik og psykiatri*,
/// section 2 *Indhold og afgrænsning*). A ward transfer is therefore neither a discharge nor a readmission: it needs
/// no discharge agreement (psykiatriloven §13a binds the discharge from the stay) and starts no readmission.
///
/// The gap is configuration with the national default. By default only contacts of the same ward type are joined,
/// since the national figures count psychiatric and somatic readmissions separately; a contact after a death is
/// never joined, nor one after a contact whose end is unknown.
public struct HospitalStayDefinition: Sendable, Hashable, Codable {
    /// The longest gap, in minutes, from one contact's end to the next contact's admission that still joins them.
    /// Default 240 (4 hours). At most 1,440 (a day).
    public let maximumTransferGapMinutes: Int
    /// Whether a psychiatric and a somatic contact can form one stay. Default `false`.
    public let joinsAcrossWardTypes: Bool

    /// The national definition's source, for documentation and findings.
    public static let source = SourceCitation.nationalDefinition(
        "Sundhedsdatastyrelsen, esundhed.dk: Genindlæggelser i somatik og psykiatri",
        locator: "2. Indhold og afgrænsning (sygehusophold)")

    /// Creates a definition.
    ///
    /// - Throws: `ValidationError` with code `stay-definition.gap-out-of-range` (field
    ///   `maximumTransferGapMinutes`) unless the gap is 0–1,440 minutes.
    public init(maximumTransferGapMinutes: Int = 240, joinsAcrossWardTypes: Bool = false) throws(ValidationError) {
        guard (0...1_440).contains(maximumTransferGapMinutes) else {
            throw ValidationError(
                field: "maximumTransferGapMinutes", code: "stay-definition.gap-out-of-range",
                rule: "The gap that joins two contacts into one stay is 0–1,440 minutes",
                offendingValue: String(maximumTransferGapMinutes))
        }
        self.maximumTransferGapMinutes = maximumTransferGapMinutes
        self.joinsAcrossWardTypes = joinsAcrossWardTypes
    }

    private init(checkedGap: Int) {
        maximumTransferGapMinutes = checkedGap
        joinsAcrossWardTypes = false
    }

    /// The national definition: contacts at most 4 hours apart, of the same ward type, form one stay.
    public static let national = HospitalStayDefinition(checkedGap: 240)

    /// Joins each resident's contacts into stays. The result is ordered like ``CourseTimeline/stays`` (by admission,
    /// then episode) within each resident, residents in order of first appearance; joining joined stays again
    /// changes nothing. Time O(n log n).
    ///
    /// A joined stay keeps the first contact's episode, admission kind, acute start, initial diagnosis and contact
    /// reason; it ends when the last contact ends, with that contact's death flag; leaves are kept in order. Its legal
    /// status is the first contact's, except that a voluntary stay with a later compulsory contact becomes
    /// ``AdmissionLegalStatus/detention`` (the resident was held during the stay).
    public func joining(_ stays: [Stay]) -> [Stay] {
        var groups: [[Stay]] = []
        if let first = stays.first, stays.allSatisfy({ $0.resident == first.resident }) {
            // One resident's stays (a resident's own timeline): one group, nothing to look up.
            groups = [stays]
        } else {
            var order: [Resident.ID] = []
            var byResident: [Resident.ID: [Stay]] = [:]
            for stay in stays {
                if byResident[stay.resident]?.append(stay) == nil {
                    order.append(stay.resident)
                    byResident[stay.resident] = [stay]
                }
            }
            groups = order.map { byResident[$0] ?? [] }
        }
        var result: [Stay] = []
        result.reserveCapacity(stays.count)
        for group in groups {
            let sorted = group.sorted { ($0.admittedAt, $0.episode) < ($1.admittedAt, $1.episode) }
            var open: [Stay] = []
            var parts: [[Stay]] = []
            for stay in sorted {
                if let index = open.lastIndex(where: { joins($0, stay) }) {
                    parts[index].append(stay)
                    open[index] = Self.merged(parts[index])
                } else {
                    open.append(stay)
                    parts.append([stay])
                }
            }
            for (stay, contacts) in zip(open, parts) {
                result.append(contacts.count == 1 ? contacts[0] : stay)
            }
        }
        return result
    }

    /// Whether `next` continues the stay `stay` under this definition.
    public func joins(_ stay: Stay, _ next: Stay) -> Bool {
        guard next.resident == stay.resident, let end = stay.endedAt, !stay.endedByDeath,
            joinsAcrossWardTypes || next.wardType == stay.wardType, next.admittedAt >= stay.admittedAt
        else { return false }
        return end.seconds(until: next.admittedAt) <= Double(maximumTransferGapMinutes * 60)
    }

    /// One stay from contacts in admission order, the first being the stay's start.
    private static func merged(_ contacts: [Stay]) -> Stay {
        let first = contacts[0]
        var transfers = first.transfers
        var leaves = first.leaves
        var end = first.endedAt
        var death = first.endedByDeath
        var status = first.legalStatus
        for contact in contacts.dropFirst() {
            transfers.append(
                Stay.Transfer(
                    episode: contact.episode, ward: contact.ward, previousContactEndedAt: end ?? contact.admittedAt,
                    admittedAt: contact.admittedAt, legalStatus: contact.legalStatus))
            transfers += contact.transfers
            leaves += contact.leaves
            if status == .voluntary, contact.legalStatus != .voluntary { status = .detention }
            if let contactEnd = contact.endedAt, end.map({ contactEnd >= $0 }) ?? true {
                end = contactEnd
                death = contact.endedByDeath
            } else if contact.endedAt == nil {
                end = nil
                death = false
            }
        }
        do {
            return try Stay(
                resident: first.resident, episode: first.episode, admissionKind: first.admissionKind,
                admittedAt: first.admittedAt, legalStatus: status, startedAcutely: first.startedAcutely,
                initialDiagnosis: first.initialDiagnosis, contactReason: first.contactReason, ward: first.ward,
                wardType: first.wardType, endedAt: end, endedByDeath: death, leaves: leaves, transfers: transfers)
        } catch {
            // The contacts are in admission order and each starts after the first, so the merged stay is valid.
            preconditionFailure("Joined stay is invalid: \(error)")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case maximumTransferGapMinutes, joinsAcrossWardTypes
    }

    /// Decodes a definition through the validating initialiser; missing values take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let gap = try container.decodeIfPresent(Int.self, forKey: .maximumTransferGapMinutes) ?? 240
        let across = try container.decodeIfPresent(Bool.self, forKey: .joinsAcrossWardTypes) ?? false
        self = try decoder.validating {
            try HospitalStayDefinition(maximumTransferGapMinutes: gap, joinsAcrossWardTypes: across)
        }
    }

    /// Encodes the definition.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(maximumTransferGapMinutes, forKey: .maximumTransferGapMinutes)
        try container.encode(joinsAcrossWardTypes, forKey: .joinsAcrossWardTypes)
    }
}
