import BrobyggerAgreements
import BrobyggerCore
import Foundation

/// A collaboration agreement (*samarbejdsaftale*) as a FHIR R4 DocumentReference.
///
/// Why a DocumentReference and not a CarePlan: the agreement is a signed document between organisations (a region's
/// psychiatric centre, a municipality, a facility) about how they work together, not a plan of care for a patient,
/// and a CarePlan needs a patient or group as its subject. A DocumentReference indexes a document and carries it in
/// one or more formats, which is what receivers need: metadata to find and file it, the text to read, and the
/// structured agreement for systems that can use it. Brobygger does not model DocumentReference, so the resource is
/// written as JSON and kept in `FHIR.Resource.other(resourceType:json:)`, which round-trips it unchanged.
///
/// Elements: `masterIdentifier` the agreement's UUID (system `http://brobygger.dk/fhir/NamingSystem/collaboration-agreement`),
/// `id` the same UUID, `status` `current`, `docStatus` `preliminary` for a draft and `final` (one signed version) or
/// `amended` (several), `type` `collaboration-agreement` in `…/CodeSystem/document-type`, `category` the template
/// (`…/CodeSystem/agreement-template`, the template's identifier and version), `description` the template's Danish
/// title, `custodian` and `author` the parties as `Organization/<uuid>` with their names, `context.period` the
/// period in force (from the current version's effective day to the end of a termination), and two `content`
/// entries: the agreement rendered for people (`text/markdown`, Danish, through `AgreementRenderer`) and the
/// agreement itself as Brobygger JSON (``jsonContentType``), which is authoritative.
///
/// Nothing is lost for a Brobygger receiver: `CollaborationAgreement(documentReference:)` reads the JSON content
/// back, through the agreement's validating decoder. A receiver without Brobygger reads the metadata and the
/// rendered text.
public enum CollaborationAgreementDocumentReference {
    /// The content type of the structured agreement.
    public static let jsonContentType = "application/vnd.brobygger.collaboration-agreement+json"

    /// The DocumentReference of an agreement.
    ///
    /// - Throws: ``FHIRError/invalidValue(path:code:rule:offendingValue:)`` with code `fhir.encoding` when the
    ///   agreement cannot be encoded (it always can: its types are `Codable`).
    public static func resource(_ agreement: CollaborationAgreement) throws(FHIRError) -> FHIR.Resource {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let structured: Data
        do {
            structured = try encoder.encode(agreement)
        } catch {
            throw .invalidValue(
                path: "content[1].attachment.data", code: "fhir.encoding", rule: "the agreement is written as JSON",
                offendingValue: nil)
        }
        let text = AgreementRenderer(language: .danish, format: .markdown).render(agreement)
        let uuid = agreement.id.uuidString
        let parties = (agreement.history?.currentDocument.terms ?? agreement.draft?.terms)?.parties ?? []
        let references: [JSONValue] = parties.map {
            .object([
                "reference": .string("Organization/\($0.organisation.id.uuidString)"),
                "display": .string($0.organisation.name),
            ])
        }
        let versions = agreement.history?.versions.count ?? 0
        var json: JSONObject = [
            "resourceType": .string("DocumentReference"), "id": .string(uuid),
            "masterIdentifier": .object([
                "system": .string(BrobyggerFHIRTerminology.namingSystem("collaboration-agreement")),
                "value": .string(uuid),
            ]),
            "status": .string("current"),
            "docStatus": .string(versions == 0 ? "preliminary" : versions == 1 ? "final" : "amended"),
            "type": .object([
                "coding": .array([
                    .object([
                        "system": .string(BrobyggerFHIRTerminology.codeSystem("document-type")),
                        "code": .string("collaboration-agreement"), "display": .string("samarbejdsaftale"),
                    ])
                ])
            ]),
            "category": .array([
                .object([
                    "coding": .array([
                        .object([
                            "system": .string(BrobyggerFHIRTerminology.codeSystem("agreement-template")),
                            "code": .string(agreement.template.identifier),
                            "version": .string(String(agreement.template.version)),
                        ])
                    ])
                ])
            ]),
            "description": .string(agreement.template.title.danish),
            "author": .array(references),
            "content": .array([
                .object([
                    "attachment": .object([
                        "contentType": .string("text/markdown; charset=utf-8"), "language": .string("da"),
                        "title": .string(agreement.template.title.danish),
                        "data": .string(Data(text.utf8).base64EncodedString()),
                    ])
                ]),
                .object([
                    "attachment": .object([
                        "contentType": .string(jsonContentType),
                        "data": .string(structured.base64EncodedString()),
                    ])
                ]),
            ]),
        ]
        if let first = references.first { json["custodian"] = first }
        if let current = agreement.history?.currentDocument {
            var period: JSONObject = ["start": .string(current.effectiveFrom.iso8601)]
            if let end = agreement.endDate { period["end"] = .string(end.iso8601) }
            json["context"] = .object(["period": .object(period)])
        }
        return .other(resourceType: "DocumentReference", json: json)
    }
}

extension CollaborationAgreement {
    /// The agreement a DocumentReference written by `CollaborationAgreementDocumentReference.resource(_:)` carries:
    /// its Brobygger JSON content, decoded and validated.
    ///
    /// - Throws: ``FHIRError`` naming the element: `resourceType` when the resource is not a DocumentReference,
    ///   `content` without the Brobygger JSON attachment, `content[i].attachment.data` that is not base64 or not a
    ///   valid agreement (with the decoder's path), or `masterIdentifier.value` when it names another agreement.
    public init(documentReference resource: FHIR.Resource) throws(FHIRError) {
        guard case .other("DocumentReference", let json) = resource else {
            throw .wrongResourceType(path: .root, expected: "DocumentReference", found: resource.resourceType)
        }
        guard case .array(let contents)? = json["content"] else { throw .missingElement(path: "content") }
        var found: (Data, FieldPath)?
        for (index, content) in contents.enumerated() {
            guard case .object(let entry) = content, case .object(let attachment)? = entry["attachment"],
                attachment["contentType"] == .string(CollaborationAgreementDocumentReference.jsonContentType)
            else { continue }
            let path = FieldPath("content").appending(index: index).appending("attachment.data")
            guard case .string(let base64)? = attachment["data"], let data = Data(base64Encoded: base64) else {
                throw .invalidValue(
                    path: path, code: "fhir.base64", rule: "attachment data is base64", offendingValue: nil)
            }
            found = (data, path)
            break
        }
        guard let (data, path) = found else {
            throw .missingElement(path: "content")
        }
        let agreement: CollaborationAgreement
        do {
            agreement = try JSONDecoder().decode(CollaborationAgreement.self, from: data)
        } catch {
            throw FHIRError.from(decoding: error).nested(under: path)
        }
        if case .object(let master)? = json["masterIdentifier"], let value = master["value"],
            value != .string(agreement.id.uuidString)
        {
            throw .invalidValue(
                path: "masterIdentifier.value", code: "brobygger.agreement-identifier",
                rule: "the DocumentReference's identifier is the agreement's", offendingValue: value.stringValue)
        }
        self = agreement
    }
}
