/// A profession or role in the care around a resident (Erfaringsopsamling 2024, afsnit 3.2.4; Region Hovedstadens
/// Psykiatri, “Botilbudsteamenes sammensætning”).
///
/// Outreach teams always have nurses and a psychiatrist; they may add a psychologist, pharmacist, social worker,
/// physiotherapist, occupational or psychomotor therapist and a recovery mentor. The *botilbud* has social
/// educators and care assistants; the municipality has case workers.
public enum Profession: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Nurse (*sygeplejerske*).
    case nurse
    /// Psychiatrist, specialist doctor (*psykiater*).
    case psychiatrist
    /// Senior consultant (*overlæge*): legally responsible for discharge agreements (psykiatriloven §13a).
    case seniorConsultant
    /// Doctor not yet a specialist (*læge*).
    case physician
    /// Psychologist (*psykolog*).
    case psychologist
    /// Pharmacist (*farmaceut*).
    case pharmacist
    /// Social worker (*socialrådgiver*).
    case socialWorker
    /// Physiotherapist (*fysioterapeut*).
    case physiotherapist
    /// Occupational therapist (*ergoterapeut*).
    case occupationalTherapist
    /// Psychomotor therapist (*psykomotorisk terapeut*).
    case psychomotorTherapist
    /// Recovery mentor, peer worker with lived experience (*recoverymentor*, *peer-medarbejder*).
    case recoveryMentor
    /// Social educator on the *botilbud* (*pædagog*, *socialpædagog*).
    case socialEducator
    /// Social and health care assistant (*social- og sundhedsassistent*).
    case socialAndHealthCareAssistant
    /// Municipal case worker (*sagsbehandler*, *myndighedsrådgiver*).
    case caseWorker
    /// General practitioner (*praktiserende læge*, *egen læge*).
    case generalPractitioner
    /// Addiction counsellor (*misbrugsbehandler*).
    case addictionCounsellor
    /// Jobcentre case worker (*jobkonsulent*).
    case jobcentreCaseWorker
    /// Manager of a *botilbud* (*forstander*, *leder*).
    case facilityManager
    /// Team leader or head of section (*teamleder*, *afdelingsleder*).
    case teamLeader
    /// Medical secretary or administrative staff (*lægesekretær*).
    case secretary
    /// Any other profession.
    case other

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .nurse: "sygeplejerske"
        case .psychiatrist: "psykiater"
        case .seniorConsultant: "overlæge"
        case .physician: "læge"
        case .psychologist: "psykolog"
        case .pharmacist: "farmaceut"
        case .socialWorker: "socialrådgiver"
        case .physiotherapist: "fysioterapeut"
        case .occupationalTherapist: "ergoterapeut"
        case .psychomotorTherapist: "psykomotorisk terapeut"
        case .recoveryMentor: "recoverymentor"
        case .socialEducator: "pædagog"
        case .socialAndHealthCareAssistant: "social- og sundhedsassistent"
        case .caseWorker: "sagsbehandler"
        case .generalPractitioner: "praktiserende læge"
        case .addictionCounsellor: "misbrugsbehandler"
        case .jobcentreCaseWorker: "jobkonsulent"
        case .facilityManager: "forstander"
        case .teamLeader: "teamleder"
        case .secretary: "sekretær"
        case .other: "anden faggruppe"
        }
    }

    /// Whether the profession is an authorised health profession (registered with an authorisation ID).
    public var isHealthProfessional: Bool {
        switch self {
        case .nurse, .psychiatrist, .seniorConsultant, .physician, .psychologist, .physiotherapist,
            .occupationalTherapist, .psychomotorTherapist, .generalPractitioner, .socialAndHealthCareAssistant:
            true
        case .pharmacist, .socialWorker, .recoveryMentor, .socialEducator, .caseWorker, .addictionCounsellor,
            .jobcentreCaseWorker, .facilityManager, .teamLeader, .secretary, .other:
            false
        }
    }

    /// Whether the profession is a medical doctor.
    public var isDoctor: Bool {
        switch self {
        case .psychiatrist, .seniorConsultant, .physician, .generalPractitioner: true
        default: false
        }
    }

    /// The token written in JSON.
    public var description: String { rawValue }
}
