import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting

let residentID = ResidentBuilder("discharge-tests").id

func day(_ text: String) -> CalendarDate { ResidentsFixtureTime.date(text) }

func at(_ text: String, _ hour: Int = 12) -> Instant { ResidentsFixtureTime.instant(text, hour) }

func stay(
    _ episode: String, admitted: String, discharged: String?, status: AdmissionLegalStatus = .voluntary,
    ward: Organisation.ID? = nil, resident: Resident.ID = residentID
) throws -> Stay {
    try Stay(
        resident: resident, episode: EpisodeOfCareIdentifier(episode), admissionKind: .admitEmergency,
        admittedAt: at(admitted, 10), legalStatus: status, ward: ward, endedAt: discharged.map { at($0, 15) })
}

func placement(_ basis: FacilityLegalBasis, from: String, to: String? = nil, resident: Resident.ID = residentID)
    -> Placement
{
    Placement(
        id: SyntheticRegionRandom.identifier(forKey: "placement-\(basis)-\(from)"), resident: resident,
        facility: SyntheticRegionRandom.identifier(forKey: "facility"), legalBasis: basis,
        period: ResidentsFixtureTime.range(from, to))
}

func facts(
    _ builder: DischargeContentBuilder, kind: DischargeDocumentKind = .agreement, discharge: String? = "2026-03-06"
)
    throws -> DischargeDocumentFacts
{
    DischargeDocumentFacts(kind: kind, content: try builder.build(), dischargeDate: discharge.map(day))
}

func builder(_ episode: String = "E1") -> DischargeContentBuilder {
    DischargeContentBuilder(resident: residentID, episode: episode)
}
