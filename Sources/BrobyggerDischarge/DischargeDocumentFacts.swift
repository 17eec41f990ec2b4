import BrobyggerCore

/// The facts of one agreement or plan that content rules test, taken from a full document or from a row of the
/// `discharge_documents.csv` register.
///
/// A fact that is not known (the register has no early signs column) is `nil`, and a rule about it is *not
/// evaluable* rather than failed.
public struct DischargeDocumentFacts: Sendable, Hashable, Codable {
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    private var countValues: [Int?] = Array(repeating: nil, count: DischargeContentField.allCases.count)
    private var dateValues: [DateFact] = Array(repeating: .unknown, count: DischargeContentField.allCases.count)

    private enum DateFact: Hashable, Sendable, Codable {
        case unknown
        case absent
        case known(CalendarDate)
    }

    /// Creates facts.
    ///
    /// - Parameters:
    ///   - kind: Agreement or plan.
    ///   - counts: The known counts.
    ///   - dates: The known dates.
    ///   - absentDates: The fields whose date is known to be absent (as opposed to unknown), e.g. no refusal.
    public init(
        kind: DischargeDocumentKind, counts: [DischargeContentField: Int] = [:],
        dates: [DischargeContentField: CalendarDate] = [:], absentDates: Set<DischargeContentField> = []
    ) {
        self.kind = kind
        for (field, value) in counts { setCount(field, value) }
        for field in absentDates { dateValues[field.ordinal] = .absent }
        for (field, value) in dates { setDate(field, value) }
    }

    /// The facts of a version of a document, with the discharge date when known.
    public init(kind: DischargeDocumentKind, content: DischargeContent, dischargeDate: CalendarDate?) {
        self.kind = kind
        var treatment = 0
        var social = 0
        for offer in content.offers {
            if offer.kind == .treatment { treatment += 1 } else { social += 1 }
        }
        let authorities = content.authorityParties
        setCount(.treatmentOffers, treatment)
        setCount(.socialOffers, social)
        setCount(.authorityParties, authorities.count)
        setCount(.patientParty, content.patientIsParty ? 1 : 0)
        setCount(.responsibleConsultant, content.consultant == nil ? 0 : 1)
        setCount(.contactPersons, authorities.filter { $0.contactPerson != nil }.count)
        setCount(.followUpAppointments, content.followUpAppointments.count)
        setCount(.earlySigns, content.earlySigns.count)
        setCount(.registrationReference, content.registrationReference.map { $0.isEmpty ? 0 : 1 } ?? 0)
        setDate(.concludedOn, content.concludedOn)
        setDate(.refusedOn, content.refusal?.refusedOn)
        setDate(.dischargeDate, dischargeDate)
        setDate(.validityStart, content.validity?.start)
    }

    /// Records a count.
    public mutating func setCount(_ field: DischargeContentField, _ value: Int?) {
        countValues[field.ordinal] = value
    }

    /// Records a date; `nil` records that the date is known to be absent.
    public mutating func setDate(_ field: DischargeContentField, _ value: CalendarDate?) {
        dateValues[field.ordinal] = value.map(DateFact.known) ?? .absent
    }

    /// A count, or `nil` when unknown.
    public func count(_ field: DischargeContentField) -> Int? { countValues[field.ordinal] }

    /// A date, `.some(nil)` when known to be absent, `nil` when unknown.
    public func date(_ field: DischargeContentField) -> CalendarDate?? {
        switch dateValues[field.ordinal] {
        case .unknown: nil
        case .absent: .some(nil)
        case .known(let date): .some(date)
        }
    }
}

extension DischargeContentField {
    /// The field's position in `allCases`, for array-backed storage.
    var ordinal: Int {
        switch self {
        case .treatmentOffers: 0
        case .socialOffers: 1
        case .authorityParties: 2
        case .patientParty: 3
        case .responsibleConsultant: 4
        case .contactPersons: 5
        case .followUpAppointments: 6
        case .earlySigns: 7
        case .registrationReference: 8
        case .concludedOn: 9
        case .refusedOn: 10
        case .dischargeDate: 11
        case .validityStart: 12
        }
    }
}
