import BrobyggerCore

/// The facts of one agreement or plan that content rules test, taken from a full document or from a row of the
/// `discharge_documents.csv` register.
///
/// A fact that is not known (the register has no early signs column) is `nil`, and a rule about it is *not
/// evaluable* rather than failed.
public struct DischargeDocumentFacts: Sendable, Hashable, Codable {
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    /// The known counts.
    public var counts: [DischargeContentField: Int]
    /// The known dates.
    public var dates: [DischargeContentField: CalendarDate]
    /// The fields whose date is known to be absent (as opposed to unknown), e.g. no refusal recorded.
    public var absentDates: Set<DischargeContentField>

    /// Creates facts.
    public init(
        kind: DischargeDocumentKind, counts: [DischargeContentField: Int] = [:],
        dates: [DischargeContentField: CalendarDate] = [:], absentDates: Set<DischargeContentField> = []
    ) {
        self.kind = kind
        self.counts = counts
        self.dates = dates
        self.absentDates = absentDates
    }

    /// The facts of a version of a document, with the discharge date when known.
    public init(kind: DischargeDocumentKind, content: DischargeContent, dischargeDate: CalendarDate?) {
        var treatment = 0
        var social = 0
        for offer in content.offers {
            if offer.kind == .treatment { treatment += 1 } else { social += 1 }
        }
        let authorities = content.authorityParties
        self.kind = kind
        self.counts = [
            .treatmentOffers: treatment, .socialOffers: social, .authorityParties: authorities.count,
            .patientParty: content.patientIsParty ? 1 : 0, .responsibleConsultant: content.consultant == nil ? 0 : 1,
            .contactPersons: authorities.filter { $0.contactPerson != nil }.count,
            .followUpAppointments: content.followUpAppointments.count, .earlySigns: content.earlySigns.count,
            .registrationReference: content.registrationReference.map { $0.isEmpty ? 0 : 1 } ?? 0,
        ]
        var dates: [DischargeContentField: CalendarDate] = [:]
        var absent: Set<DischargeContentField> = []
        for (field, date) in [
            (DischargeContentField.concludedOn, content.concludedOn), (.refusedOn, content.refusal?.refusedOn),
            (.dischargeDate, dischargeDate), (.validityStart, content.validity?.start),
        ] {
            if let date { dates[field] = date } else { absent.insert(field) }
        }
        self.dates = dates
        self.absentDates = absent
    }

    /// A count, or `nil` when unknown.
    public func count(_ field: DischargeContentField) -> Int? { counts[field] }

    /// A date, `.some(nil)` when known to be absent, `nil` when unknown.
    public func date(_ field: DischargeContentField) -> CalendarDate?? {
        if let date = dates[field] { return .some(date) }
        return absentDates.contains(field) ? .some(nil) : nil
    }
}
