import BrobyggerCore
import Foundation

extension FHIR {
    /// Any FHIR resource, decoded by its `resourceType`: one case per resource Brobygger models, and `.other` for
    /// the rest, kept as raw JSON so that a bundle holding resources this module does not know still round-trips.
    public indirect enum Resource: Hashable, Sendable, Codable {
        /// A `Bundle`.
        case bundle(Bundle)
        /// A `MessageHeader`.
        case messageHeader(MessageHeader)
        /// A `Patient`.
        case patient(Patient)
        /// A `Organization`.
        case organization(Organization)
        /// A `Practitioner`.
        case practitioner(Practitioner)
        /// A `PractitionerRole`.
        case practitionerRole(PractitionerRole)
        /// A `CareTeam`.
        case careTeam(CareTeam)
        /// A `CarePlan`.
        case carePlan(CarePlan)
        /// A `Goal`.
        case goal(Goal)
        /// A `Consent`.
        case consent(Consent)
        /// A `EpisodeOfCare`.
        case episodeOfCare(EpisodeOfCare)
        /// A `Encounter`.
        case encounter(Encounter)
        /// A `Provenance`.
        case provenance(Provenance)
        /// A `Questionnaire`.
        case questionnaire(Questionnaire)
        /// A `QuestionnaireResponse`.
        case questionnaireResponse(QuestionnaireResponse)
        /// A `Communication`.
        case communication(Communication)
        /// A resource of a type this module does not model, kept verbatim (including its `resourceType`).
        case other(resourceType: String, json: JSONObject)

        /// The `resourceType`.
        public var resourceType: String {
            switch self {
            case .bundle: "Bundle"
            case .messageHeader: "MessageHeader"
            case .patient: "Patient"
            case .organization: "Organization"
            case .practitioner: "Practitioner"
            case .practitionerRole: "PractitionerRole"
            case .careTeam: "CareTeam"
            case .carePlan: "CarePlan"
            case .goal: "Goal"
            case .consent: "Consent"
            case .episodeOfCare: "EpisodeOfCare"
            case .encounter: "Encounter"
            case .provenance: "Provenance"
            case .questionnaire: "Questionnaire"
            case .questionnaireResponse: "QuestionnaireResponse"
            case .communication: "Communication"
            case .other(let resourceType, _): resourceType
            }
        }

        /// The resource's logical id, if it has a valid one.
        public var id: ID? {
            switch self {
            case .bundle(let resource): resource.id
            case .messageHeader(let resource): resource.id
            case .patient(let resource): resource.id
            case .organization(let resource): resource.id
            case .practitioner(let resource): resource.id
            case .practitionerRole(let resource): resource.id
            case .careTeam(let resource): resource.id
            case .carePlan(let resource): resource.id
            case .goal(let resource): resource.id
            case .consent(let resource): resource.id
            case .episodeOfCare(let resource): resource.id
            case .encounter(let resource): resource.id
            case .provenance(let resource): resource.id
            case .questionnaire(let resource): resource.id
            case .questionnaireResponse(let resource): resource.id
            case .communication(let resource): resource.id
            case .other(_, let json): json["id"]?.stringValue.flatMap { ID(rawValue: $0) }
            }
        }

        /// Decodes the resource named by `resourceType`.
        ///
        /// - Throws: ``FHIRError/wrongResourceType(path:expected:found:)`` when `resourceType` is missing or not a
        ///   string.
        public init(from decoder: any Decoder) throws {
            self = try Self(decoding: decoder)
        }

        /// Encodes the resource.
        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .bundle(let resource): try resource.encode(to: encoder)
            case .messageHeader(let resource): try resource.encode(to: encoder)
            case .patient(let resource): try resource.encode(to: encoder)
            case .organization(let resource): try resource.encode(to: encoder)
            case .practitioner(let resource): try resource.encode(to: encoder)
            case .practitionerRole(let resource): try resource.encode(to: encoder)
            case .careTeam(let resource): try resource.encode(to: encoder)
            case .carePlan(let resource): try resource.encode(to: encoder)
            case .goal(let resource): try resource.encode(to: encoder)
            case .consent(let resource): try resource.encode(to: encoder)
            case .episodeOfCare(let resource): try resource.encode(to: encoder)
            case .encounter(let resource): try resource.encode(to: encoder)
            case .provenance(let resource): try resource.encode(to: encoder)
            case .questionnaire(let resource): try resource.encode(to: encoder)
            case .questionnaireResponse(let resource): try resource.encode(to: encoder)
            case .communication(let resource): try resource.encode(to: encoder)
            case .other(_, let json): try json.encode(to: encoder)
            }
        }
    }
}

extension FHIR.Resource {
    /// The resource as a `Bundle`, or `nil` if it is another type.
    public var bundle: FHIR.Bundle? {
        if case .bundle(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `MessageHeader`, or `nil` if it is another type.
    public var messageHeader: FHIR.MessageHeader? {
        if case .messageHeader(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Patient`, or `nil` if it is another type.
    public var patient: FHIR.Patient? {
        if case .patient(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Organization`, or `nil` if it is another type.
    public var organization: FHIR.Organization? {
        if case .organization(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Practitioner`, or `nil` if it is another type.
    public var practitioner: FHIR.Practitioner? {
        if case .practitioner(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `PractitionerRole`, or `nil` if it is another type.
    public var practitionerRole: FHIR.PractitionerRole? {
        if case .practitionerRole(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `CareTeam`, or `nil` if it is another type.
    public var careTeam: FHIR.CareTeam? {
        if case .careTeam(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `CarePlan`, or `nil` if it is another type.
    public var carePlan: FHIR.CarePlan? {
        if case .carePlan(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Goal`, or `nil` if it is another type.
    public var goal: FHIR.Goal? {
        if case .goal(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Consent`, or `nil` if it is another type.
    public var consent: FHIR.Consent? {
        if case .consent(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `EpisodeOfCare`, or `nil` if it is another type.
    public var episodeOfCare: FHIR.EpisodeOfCare? {
        if case .episodeOfCare(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Encounter`, or `nil` if it is another type.
    public var encounter: FHIR.Encounter? {
        if case .encounter(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Provenance`, or `nil` if it is another type.
    public var provenance: FHIR.Provenance? {
        if case .provenance(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Questionnaire`, or `nil` if it is another type.
    public var questionnaire: FHIR.Questionnaire? {
        if case .questionnaire(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `QuestionnaireResponse`, or `nil` if it is another type.
    public var questionnaireResponse: FHIR.QuestionnaireResponse? {
        if case .questionnaireResponse(let resource) = self { return resource }
        return nil
    }

    /// The resource as a `Communication`, or `nil` if it is another type.
    public var communication: FHIR.Communication? {
        if case .communication(let resource) = self { return resource }
        return nil
    }
}

extension FHIR.Resource: FHIRNodeDecodable {
    /// Reads the resource named by `resourceType` from a parsed JSON tree.
    init(node: JSONNode) throws(FHIRError) {
        guard case .object = node else { throw .typeMismatch(path: .root, expected: "an object") }
        guard case .string(let resourceType)? = node.member("resourceType") else {
            throw .wrongResourceType(path: .root, expected: "a resource", found: nil)
        }
        switch resourceType {
        case "Bundle": self = .bundle(try FHIR.Bundle(node: node))
        case "MessageHeader": self = .messageHeader(try FHIR.MessageHeader(node: node))
        case "Patient": self = .patient(try FHIR.Patient(node: node))
        case "Organization": self = .organization(try FHIR.Organization(node: node))
        case "Practitioner": self = .practitioner(try FHIR.Practitioner(node: node))
        case "PractitionerRole": self = .practitionerRole(try FHIR.PractitionerRole(node: node))
        case "CareTeam": self = .careTeam(try FHIR.CareTeam(node: node))
        case "CarePlan": self = .carePlan(try FHIR.CarePlan(node: node))
        case "Goal": self = .goal(try FHIR.Goal(node: node))
        case "Consent": self = .consent(try FHIR.Consent(node: node))
        case "EpisodeOfCare": self = .episodeOfCare(try FHIR.EpisodeOfCare(node: node))
        case "Encounter": self = .encounter(try FHIR.Encounter(node: node))
        case "Provenance": self = .provenance(try FHIR.Provenance(node: node))
        case "Questionnaire": self = .questionnaire(try FHIR.Questionnaire(node: node))
        case "QuestionnaireResponse": self = .questionnaireResponse(try FHIR.QuestionnaireResponse(node: node))
        case "Communication": self = .communication(try FHIR.Communication(node: node))
        default:
            guard case .object(let members) = try JSONValue(node: node) else {
                throw .typeMismatch(path: .root, expected: "an object")
            }
            self = .other(resourceType: resourceType, json: members)
        }
    }
}
