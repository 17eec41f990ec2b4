import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

/// The message text (*meddelelsestekst*) of a §13a discharge agreement or §13b coordination plan sent as a MedCom
/// CareCommunication: the document's content in Danish plain text, with `\n` line breaks as MedCom requires for a
/// message text (MedComCareCommunication, payload:string), and no markup.
///
/// The text names the stay, the ward, the responsible senior consultant, the legal basis with its evidence, the
/// parties with their contact persons, the treatment and social offers, the follow-up appointments, the early signs
/// and what to do, the validity and, for a plan, the patient's refusal: what psykiatriloven §13a stk. 1 and §13b
/// require the document to hold. The CPR number is not repeated in the text: the message's Patient carries it.
public struct DischargeMessageText: Hashable, Sendable {
    /// The text.
    public let text: String

    /// The text of the current version of `document`.
    ///
    /// - Parameters:
    ///   - document: The agreement or plan.
    ///   - resident: The resident it is about (the name is written in the text).
    ///   - wardName: The ward's name, when the document names no party for the department.
    public init<Document: DischargeDocument>(_ document: Document, resident: Resident, wardName: String?) {
        let content = document.content
        var lines: [String] = []
        switch Document.kind {
        case .coordinationPlan:
            lines.append("Koordinationsplan efter psykiatriloven §13b")
        default:
            lines.append("Udskrivningsaftale efter \(content.legalBasis.description)")
        }
        lines.append("")
        lines.append("Patient: \(resident.name.formatted)")
        lines.append("Indlæggelse (forløbs-id): \(content.episode.value)")
        if let wardName { lines.append("Afdeling: \(wardName)") }
        if let consultant = content.consultant { lines.append("Ansvarlig overlæge: \(consultant.name.formatted)") }
        lines.append("Retsgrundlag: \(content.legalBasis.description)")
        for evidence in content.basisEvidence { lines.append("  - \(evidence)") }
        if let concluded = content.concludedOn {
            lines.append(
                Document.kind == .coordinationPlan
                    ? "Udarbejdet: \(concluded.iso8601)" : "Indgået: \(concluded.iso8601)"
            )
        }
        if let validity = content.validity {
            lines.append("Gyldig: \(validity.start.iso8601) – \(validity.end?.iso8601 ?? "indtil videre")")
        }
        if let refusal = content.refusal {
            var line = "Patienten har afvist at indgå en udskrivningsaftale (\(refusal.refusedOn.iso8601))"
            if let note = refusal.note { line += ": \(note)" }
            lines.append(line)
        }

        lines.append("")
        lines.append("Parter:")
        for party in content.parties {
            var line = "  - \(Self.danishName(of: party.role)): \(party.name)"
            if let contact = party.contactPerson {
                line += " (kontaktperson: \(contact.name.formatted)"
                if let reachable = contact.reachableAt { line += ", \(reachable)" }
                line += ")"
            }
            lines.append(line)
        }
        Self.section("Behandlingstilbud:", content.treatmentOffers.map(Self.offerLine), into: &lines)
        Self.section("Sociale tilbud:", content.socialOffers.map(Self.offerLine), into: &lines)
        Self.section(
            "Opfølgende aftaler:",
            content.followUpAppointments.map { appointment in
                var line = "\(appointment.date.iso8601): \(appointment.summary)"
                if let with = appointment.with { line += " (\(Self.danishName(of: with)))" }
                return line
            }, into: &lines)
        Self.section(
            "Tidlige tegn og handling:", content.earlySigns.map { "\($0.sign): \($0.response)" }, into: &lines)
        if let reference = content.registrationReference {
            lines.append("")
            lines.append("Registrering (psykiatriloven §13a stk. 3): \(reference)")
        }
        text = lines.joined(separator: "\n")
    }

    static func section(_ heading: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append(heading)
        for item in items { lines.append("  - \(item)") }
    }

    static func offerLine(_ offer: DischargeOffer) -> String {
        var line = offer.summary
        if let provider = offer.provider { line += " (\(danishName(of: provider)))" }
        if let startsOn = offer.startsOn { line += ", fra \(startsOn.iso8601)" }
        return line
    }

    /// The Danish name of a party's role.
    public static func danishName(of role: DischargePartyRole) -> String {
        switch role {
        case .patient: "Patient"
        case .psychiatricDepartment: "Psykiatrisk afdeling"
        case .municipality: "Kommune"
        case .generalPractitioner: "Egen læge"
        case .specialist: "Praktiserende speciallæge"
        case .residentialFacility: "Botilbud"
        case .outreachTeam: "Botilbudsteam"
        case .addictionTreatment: "Misbrugsbehandling"
        case .jobcentre: "Jobcenter"
        case .unrecognized(let code): code
        }
    }
}
