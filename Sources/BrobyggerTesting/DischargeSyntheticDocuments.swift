import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

/// §13a/§13b documents derived deterministically from a ``SyntheticRegion``: for each discharge of a resident with a
/// qualifying placement, an agreement in time, a late one, a plan after refusal, a plan without refusal, or none, in
/// the proportions of a ``DischargeSyntheticMix``; some documents lack a statutory content element. Also network
/// meetings requested at discharge, some slotted late or not at all.
///
/// Linear in the region's size: one pass over residents (in the region's order, so the result never depends on
/// dictionary order) and their stays. The national preset (50,000 discharges) gives about 20,000 documents.
///
/// ```swift
/// let region = try SyntheticRegion.generate(.hovedstaden)
/// let documents = try DischargeSyntheticDocuments.derive(from: region)
/// let report = DischargeComplianceReport.build(
///     period: region.period, cases: documents.cases, documents: documents.records, persons: documents.persons,
///     followUps: region.followUps(stays: documents.stays), networkMeetings: documents.networkMeetings,
///     organisations: region.organisations)
/// ```
public struct DischargeSyntheticDocuments: Sendable {
    /// The stays of the region, resident by resident in admission order.
    public let stays: [Stay]
    /// The discharges with their §13a group.
    public let cases: [DischargeCase]
    /// The discharge agreements.
    public let agreements: [DischargeAgreement]
    /// The coordination plans.
    public let plans: [CoordinationPlan]
    /// Every document as a `discharge_documents.csv` row, agreements and plans in discharge order.
    public let records: [DischargeDocumentRecord]
    /// Network meetings requested at discharge.
    public let networkMeetings: [NetworkMeetingRequest]
    /// The residents' person identifiers, by resident, which join the register rows to the stays.
    public let persons: [Resident.ID: PersonIdentifier]

    /// Derives the documents.
    ///
    /// - Throws: `ValidationError` only if the region holds an impossible value.
    public static func derive(from region: SyntheticRegion, mix: DischargeSyntheticMix = .standard)
        throws(ValidationError) -> DischargeSyntheticDocuments
    {
        var random = SyntheticRegionRandom(seed: region.parameters.seed &* 31 &+ mix.seed)
        let register = region.courseRegister()
        var stays: [Stay] = []
        for resident in region.residents {
            stays += register.timeline(of: resident.id)?.stays ?? []
        }
        let cases = DischargeCase.cases(stays: stays, placements: region.placements)
        var persons: [Resident.ID: PersonIdentifier] = [:]
        persons.reserveCapacity(region.residents.count)
        for resident in region.residents { persons[resident.id] = resident.person }
        let consultants = try ["Karen Holm", "Jens Bak", "Mette Friis", "Ali Demir", "Sofie Lund"].map {
            name throws(ValidationError) in
            let parts = name.split(separator: " ").map(String.init)
            return ResponsibleConsultant(name: try PersonName(given: parts[0], family: parts[1]))
        }
        let patient = try DischargeParty(role: .patient, name: "Patienten")
        let department = try DischargeParty(role: .psychiatricDepartment, name: "Psykiatrisk afdeling")
        let municipality = try DischargeParty(role: .municipality, name: "Handlekommunen")
        let facility = try DischargeParty(role: .residentialFacility, name: "Botilbuddet")
        let gp = try DischargeParty(role: .generalPractitioner, name: "Egen læge")
        let treatment = try DischargeOffer(
            kind: .treatment, summary: "Outpatient treatment with the outreach team", provider: .outreachTeam)
        let medication = try DischargeOffer(
            kind: .treatment, summary: "Medication review by the GP within a month", provider: .generalPractitioner)
        let social = try DischargeOffer(
            kind: .social, summary: "Socio-pedagogical support on the facility", provider: .residentialFacility)

        var agreements: [DischargeAgreement] = []
        var plans: [CoordinationPlan] = []
        var records: [DischargeDocumentRecord] = []
        var meetings: [NetworkMeetingRequest] = []
        let calendar = DanishCalendar.standard
        let inTimeBound = mix.agreementInTime
        let lateBound = inTimeBound + mix.agreementLate
        let refusalBound = lateBound + mix.planAfterRefusal
        let planBound = refusalBound + mix.planWithoutRefusal
        for dischargeCase in cases {
            let stay = dischargeCase.stay
            guard let discharged = stay.endDate else { continue }
            if random.chance(mix.networkMeetingRequested) {
                let requested = discharged.adding(days: -random.int(0...5))
                let roll = random.int(0...99)
                let slot: CalendarDate? =
                    roll < 80
                    ? calendar.adding(workingDays: random.int(1...5), to: requested)
                    : roll < 95 ? calendar.adding(workingDays: random.int(6...10), to: requested) : nil
                meetings.append(
                    NetworkMeetingRequest(
                        resident: stay.resident, episode: stay.episode,
                        requestedBy: random.pick(NetworkMeetingRequest.Requester.allCases), requestedOn: requested,
                        slottedFor: slot))
            }
            guard let basis = dischargeCase.basis, let person = persons[stay.resident] else { continue }
            let roll = Double.random(in: 0..<1, using: &random)
            let kind: (plan: Bool, late: Bool, refusal: Bool)? =
                roll < inTimeBound
                ? (false, false, false)
                : roll < lateBound
                    ? (false, true, false)
                    : roll < refusalBound ? (true, false, true) : roll < planBound ? (true, false, false) : nil
            guard let kind else { continue }
            let lengthOfStay = stay.lengthOfStayDays ?? 0
            let concluded =
                kind.late
                ? discharged.adding(days: random.int(1...20))
                : discharged.adding(days: -random.int(0...min(5, lengthOfStay)))
            var parties =
                kind.plan ? [department, municipality, facility] : [patient, department, municipality, facility]
            var offers = [treatment, social]
            if random.chance(0.3) {
                parties.append(gp)
                offers.append(medication)
            }
            var consultant: ResponsibleConsultant? = random.pick(consultants)
            if random.chance(mix.incompleteContent) {
                switch random.int(0...2) {
                case 0: offers.removeAll { $0.kind == .social }
                case 1: parties.removeAll { $0.role.isAuthorityOrPractitioner }
                default: consultant = nil
                }
            }
            let refusal =
                kind.refusal
                ? PatientRefusal(refusedOn: max(stay.admissionDate, concluded.adding(days: -random.int(0...3))))
                : nil
            let content = try DischargeContent(
                resident: stay.resident, episode: stay.episode, ward: stay.ward, consultant: consultant,
                legalBasis: basis, parties: parties, offers: offers,
                followUpAppointments: [
                    FollowUpAppointment(
                        date: calendar.adding(workingDays: 5, to: discharged), summary: "Visit by the outreach team",
                        with: .outreachTeam)
                ], validity: try DayRange(start: concluded), concludedOn: concluded, refusal: refusal)
            let provenance = Provenance(
                author: Author(name: consultant?.name ?? consultants[0].name, organisation: stay.ward),
                instant: try Instant(date: concluded, hour: 11))
            if kind.plan {
                let plan = try CoordinationPlan(id: random.nextIdentifier(), content: content, provenance: provenance)
                plans.append(plan)
                records.append(DischargeDocumentRecord(plan, person: person))
            } else {
                let agreement = try DischargeAgreement(
                    id: random.nextIdentifier(), content: content, provenance: provenance)
                agreements.append(agreement)
                records.append(DischargeDocumentRecord(agreement, person: person))
            }
        }
        return DischargeSyntheticDocuments(
            stays: stays, cases: cases, agreements: agreements, plans: plans, records: records,
            networkMeetings: meetings, persons: persons)
    }
}
