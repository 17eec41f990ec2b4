import BrobyggerCore

/// The facts of one agreement or plan that content rules test, taken from a full document or from a row of the
/// `discharge_documents.csv` register.
///
/// A fact that is not known (the register has no early signs column) is `nil`, and a rule about it is *not
/// evaluable* rather than failed.
public struct DischargeDocumentFacts: Sendable, Hashable, Codable {
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    // Fixed storage (no heap allocation), so a national year's documents are checked in milliseconds.
    private var treatmentOffers: Int?
    private var socialOffers: Int?
    private var authorityParties: Int?
    private var patientParty: Int?
    private var responsibleConsultant: Int?
    private var contactPersons: Int?
    private var followUpAppointments: Int?
    private var earlySigns: Int?
    private var registrationReference: Int?
    private var concludedOn = DateFact.unknown
    private var refusedOn = DateFact.unknown
    private var dischargeDate = DateFact.unknown
    private var validityStart = DateFact.unknown

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
        for field in absentDates where field.isDate { setDateFact(field, .absent) }
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
        switch field {
        case .treatmentOffers: treatmentOffers = value
        case .socialOffers: socialOffers = value
        case .authorityParties: authorityParties = value
        case .patientParty: patientParty = value
        case .responsibleConsultant: responsibleConsultant = value
        case .contactPersons: contactPersons = value
        case .followUpAppointments: followUpAppointments = value
        case .earlySigns: earlySigns = value
        case .registrationReference: registrationReference = value
        case .concludedOn, .refusedOn, .dischargeDate, .validityStart: break
        }
    }

    /// Records a date; `nil` records that the date is known to be absent.
    public mutating func setDate(_ field: DischargeContentField, _ value: CalendarDate?) {
        setDateFact(field, value.map(DateFact.known) ?? .absent)
    }

    private mutating func setDateFact(_ field: DischargeContentField, _ fact: DateFact) {
        switch field {
        case .concludedOn: concludedOn = fact
        case .refusedOn: refusedOn = fact
        case .dischargeDate: dischargeDate = fact
        case .validityStart: validityStart = fact
        default: break
        }
    }

    /// A count, or `nil` when unknown.
    public func count(_ field: DischargeContentField) -> Int? {
        switch field {
        case .treatmentOffers: treatmentOffers
        case .socialOffers: socialOffers
        case .authorityParties: authorityParties
        case .patientParty: patientParty
        case .responsibleConsultant: responsibleConsultant
        case .contactPersons: contactPersons
        case .followUpAppointments: followUpAppointments
        case .earlySigns: earlySigns
        case .registrationReference: registrationReference
        case .concludedOn, .refusedOn, .dischargeDate, .validityStart: nil
        }
    }

    /// A date, `.some(nil)` when known to be absent, `nil` when unknown.
    public func date(_ field: DischargeContentField) -> CalendarDate?? {
        let fact: DateFact =
            switch field {
            case .concludedOn: concludedOn
            case .refusedOn: refusedOn
            case .dischargeDate: dischargeDate
            case .validityStart: validityStart
            default: .unknown
            }
        switch fact {
        case .unknown: return nil
        case .absent: return .some(nil)
        case .known(let date): return .some(date)
        }
    }
}
