import BrobyggerCore

/// One item of the readmission-risk screening checklist: the 29 factors VIVE 2023 associates with frequent or
/// unintended readmission, grouped as the report groups them (VIVE 2023, afsnit 1.3 and Boks 1.2–1.4).
public enum ReadmissionRiskFactor: String, Sendable, Hashable, Codable, CaseIterable {
    /// D1 Schizophrenia or related disorders (at discharge).
    case schizophrenia = "D1"
    /// D2 Personality disorder.
    case personalityDisorder = "D2"
    /// D3 Bipolar disorder without illness insight.
    case bipolarWithoutInsight = "D3"
    /// D4 Autism, in an affective state.
    case autismInAffect = "D4"
    /// D5 Lack of illness insight leading to medication failure.
    case lackOfInsightMedicationFailure = "D5"
    /// D6 Low cognitive functioning.
    case lowCognitiveFunctioning = "D6"
    /// D7 Self-harm.
    case selfHarm = "D7"
    /// D8 Outward-reacting behaviour.
    case outwardReactingBehaviour = "D8"
    /// D9 Substance dependence, alcohol or drug misuse.
    case substanceDependence = "D9"
    /// D10 Younger age.
    case youngerAge = "D10"
    /// D11 Anxious elderly person with medication failure whose network has fallen away.
    case anxiousElderlyLostNetwork = "D11"
    /// S1 Lives alone (no other adults).
    case livesAlone = "S1"
    /// S2 Social isolation and loneliness.
    case socialIsolation = "S2"
    /// S3 Homeless, discharged to the street, or no home at discharge.
    case homelessAtDischarge = "S3"
    /// S4 In transition between housing forms.
    case housingTransition = "S4"
    /// S5 Resident of a *botilbud*.
    case facilityResident = "S5"
    /// S6 Lives in an urban municipality.
    case urbanMunicipality = "S6"
    /// S7 On disability pension or cash benefit.
    case transferIncome = "S7"
    /// S8 Admitted on social indication.
    case socialIndication = "S8"
    /// S9 Linked to forensic psychiatry.
    case forensicPsychiatry = "S9"
    /// C1 Previous contact with somatic or psychiatric hospital services.
    case priorHospitalContact = "C1"
    /// C2 Short previous admission (0–3 days).
    case shortPreviousStay = "C2"
    /// C3 Previous discharge outside daytime.
    case dischargedOutsideDaytime = "C3"
    /// C4 Previous discharge at a weekend.
    case dischargedAtWeekend = "C4"
    /// C5 Needs help outside regular opening hours.
    case needsHelpOutsideOpeningHours = "C5"
    /// C6 Needs support across municipal and regional offers.
    case needsCrossSectorSupport = "C6"
    /// C7 Stands between two offers.
    case betweenTwoOffers = "C7"
    /// C8 Little contact with general practice.
    case littleGeneralPracticeContact = "C8"
    /// C9 Long case processing delays housing at discharge.
    case longCaseProcessing = "C9"

    /// The checklist's groups.
    public enum Group: String, Sendable, Hashable, Codable, CaseIterable {
        /// Diagnosis and illness-related characteristics (*demografiske og sygdomsrelaterede karakteristika*).
        case diagnosisAndIllness
        /// Social circumstances.
        case social
        /// Circumstances of the course (*forløbsmæssige omstændigheder*).
        case course
    }

    /// The group the item belongs to.
    public var group: Group {
        switch rawValue.first {
        case "D": .diagnosisAndIllness
        case "S": .social
        default: .course
        }
    }

    /// The Danish wording in the source.
    public var danishTerm: String {
        switch self {
        case .schizophrenia: "skizofreni og beslægtede lidelser"
        case .personalityDisorder: "personlighedsforstyrrelse"
        case .bipolarWithoutInsight: "bipolar lidelse uden sygdomserkendelse"
        case .autismInAffect: "autisme, som er i affekt"
        case .lackOfInsightMedicationFailure: "manglende sygdomserkendelse og deraf medicinsvigt"
        case .lowCognitiveFunctioning: "lav kognitiv funktionsevne"
        case .selfHarm: "selvskadeproblematikker"
        case .outwardReactingBehaviour: "udadreagerende adfærd"
        case .substanceDependence: "afhængighed af rusmidler"
        case .youngerAge: "yngre patienter"
        case .anxiousElderlyLostNetwork: "angste ældre med medicinsvigt, hvor netværket er faldet bort"
        case .livesAlone: "bor alene i eget hjem"
        case .socialIsolation: "social isolation og ensomhed"
        case .homelessAtDischarge: "hjemløshed; ingen bolig ved udskrivning"
        case .housingTransition: "i overgang mellem boformer"
        case .facilityResident: "beboer på botilbud"
        case .urbanMunicipality: "bopæl i en bykommune"
        case .transferIncome: "på overførselsindkomst (førtidspension/kontanthjælp)"
        case .socialIndication: "indlægges med social indikation"
        case .forensicPsychiatry: "tilknytning til retspsykiatrien"
        case .priorHospitalContact: "tidligere kontakt til det somatiske eller psykiatriske sygehusvæsen"
        case .shortPreviousStay: "kort forudgående indlæggelse (0–3 dage)"
        case .dischargedOutsideDaytime: "udskrivning uden for dagstid"
        case .dischargedAtWeekend: "udskrivning i weekenden"
        case .needsHelpOutsideOpeningHours: "behov for hjælp uden for regulære åbningstider"
        case .needsCrossSectorSupport: "behov for støtte på tværs af kommunale og regionale tilbud"
        case .betweenTwoOffers: "står mellem to tilbud"
        case .littleGeneralPracticeContact: "mindre kontakt til almen praksis"
        case .longCaseProcessing: "lang sagsbehandlingstid"
        }
    }

    /// Where VIVE 2023 names the item: the sections and boxes (*Boks*) of its chapter on readmissions.
    public var source: SourceCitation {
        let locator: String =
            switch self {
            case .schizophrenia: "afsnit 1.3; afsnit 1.3.2, Boks 1.2"
            case .personalityDisorder: "afsnit 1.3 og 1.3.2"
            case .bipolarWithoutInsight: "afsnit 1.3.2, Boks 1.3"
            case .autismInAffect: "afsnit 1.3.2, Boks 1.3"
            case .lackOfInsightMedicationFailure: "afsnit 1.3; afsnit 1.3.2, Boks 1.3"
            case .lowCognitiveFunctioning: "afsnit 1.3; afsnit 1.3.2, Boks 1.3"
            case .selfHarm: "afsnit 1.3; afsnit 1.3.2, Boks 1.3"
            case .outwardReactingBehaviour: "afsnit 1.3 og 1.3.3"
            case .substanceDependence: "afsnit 1.3; afsnit 1.3.2, Boks 1.3"
            case .youngerAge: "afsnit 1.3.2, Boks 1.2"
            case .anxiousElderlyLostNetwork: "afsnit 1.3.2, Boks 1.3"
            case .livesAlone: "afsnit 1.3; afsnit 1.3.2, Boks 1.2"
            case .socialIsolation: "afsnit 1.3 og 1.3.2"
            case .homelessAtDischarge: "afsnit 1.3 og 1.3.2"
            case .housingTransition: "afsnit 1.3; afsnit 1.3.2, Boks 1.3; afsnit 1.3.3, Boks 1.4"
            case .facilityResident: "afsnit 1.3.2"
            case .urbanMunicipality: "afsnit 1.3.2, Boks 1.2"
            case .transferIncome: "afsnit 1.3; afsnit 1.3.2, Boks 1.2"
            case .socialIndication: "afsnit 1.3.2, Boks 1.3"
            case .forensicPsychiatry: "afsnit 1.3.2"
            case .priorHospitalContact: "afsnit 1.3.2, Boks 1.2"
            case .shortPreviousStay: "afsnit 1.3 og 1.3.1; afsnit 1.3.3, Boks 1.4"
            case .dischargedOutsideDaytime: "afsnit 1.3.3, Boks 1.4"
            case .dischargedAtWeekend: "afsnit 1.3.3, Boks 1.4"
            case .needsHelpOutsideOpeningHours: "afsnit 1.3"
            case .needsCrossSectorSupport: "afsnit 1.3"
            case .betweenTwoOffers: "afsnit 1.3"
            case .littleGeneralPracticeContact: "afsnit 1.3.3, Boks 1.4"
            case .longCaseProcessing: "afsnit 1.3.2"
            }
        return .document(.vive2023, locator: locator)
    }
}
