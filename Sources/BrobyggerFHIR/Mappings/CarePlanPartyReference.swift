import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

/// A party of a coordinated care plan (`CarePlanParty`) as a FHIR reference, and back.
///
/// The resident is `Patient/<resident uuid>`; a relative `RelatedPerson/<uuid>`; a professional
/// `Practitioner/<uuid>`; an organisation `Organization/<uuid>`. A reference's `display` is the name; the parts a
/// reference cannot hold travel in Brobygger extensions on the reference: `party-name` (the person's name as a
/// HumanName) and `party-organisation` (a professional's or an organisation's id, kind and name).
enum CarePlanPartyReference {
    static func reference(_ party: CarePlanParty, resident: Resident.ID) -> FHIR.Reference {
        switch party {
        case .resident:
            return MappingSupport.reference("Patient", resident)
        case .relative(let id, let name):
            var reference = MappingSupport.reference("RelatedPerson", id)
            reference.display = name.formatted
            reference.extension = [MappingSupport.extension("party-name", .humanName(FHIR.HumanName(name: name)))]
            return reference
        case .professional(let id, let name, let organisation):
            var reference = MappingSupport.reference("Practitioner", id)
            reference.display = name.formatted
            reference.extension = [
                MappingSupport.extension("party-name", .humanName(FHIR.HumanName(name: name))),
                organisationExtension(organisation),
            ]
            return reference
        case .organisation(let organisation):
            var reference = MappingSupport.reference("Organization", organisation.id)
            reference.display = organisation.name
            reference.extension = [organisationExtension(organisation)]
            return reference
        }
    }

    static func organisationExtension(_ organisation: CarePlanOrganisation) -> FHIR.Extension {
        MappingSupport.complex(
            "party-organisation",
            [
                ("organisation", .reference(MappingSupport.reference("Organization", organisation.id))),
                ("kind", .code(organisation.kind.rawValue)), ("name", .string(organisation.name)),
            ])
    }

    static func party(_ reference: FHIR.Reference?, at path: FieldPath) throws(FHIRError) -> CarePlanParty {
        guard let text = reference?.reference else { throw .missingElement(path: path.appending("reference")) }
        let extensions = reference?.extension ?? []
        func name() throws(FHIRError) -> PersonName {
            guard let (item, namePath) = MappingSupport.extensions("party-name", in: extensions, at: path).first,
                case .humanName(let humanName)? = item.value
            else { throw .missingElement(path: path.appending("extension")) }
            do {
                return try humanName.personName()
            } catch {
                throw error.nested(under: namePath.appending("valueHumanName"))
            }
        }
        func organisation() throws(FHIRError) -> CarePlanOrganisation {
            guard
                let (item, itemPath) = MappingSupport.extensions("party-organisation", in: extensions, at: path).first,
                case .reference(let organisationReference)? = item.part("organisation")
            else { throw .missingElement(path: path.appending("extension")) }
            let id: Organisation.ID = try MappingSupport.identifier(
                organisationReference, type: "Organization", at: itemPath.appending("extension(organisation)"))
            guard let kindCode = item.text("kind"), let kind = OrganisationKind(rawValue: kindCode) else {
                throw .missingElement(path: itemPath.appending("extension(kind)"))
            }
            return try MappingSupport.validating(at: itemPath) { () throws(ValidationError) in
                try CarePlanOrganisation(id: id, kind: kind, name: item.text("name") ?? "")
            }
        }
        switch text.split(separator: "/").first {
        case "Patient":
            return .resident
        case "RelatedPerson":
            let id: Relative.ID = try MappingSupport.identifier(reference, type: "RelatedPerson", at: path)
            return .relative(id, name: try name())
        case "Practitioner":
            let id: Professional.ID = try MappingSupport.identifier(reference, type: "Practitioner", at: path)
            return .professional(id, name: try name(), organisation: try organisation())
        case "Organization":
            return .organisation(try organisation())
        default:
            throw .invalidValue(
                path: path.appending("reference"), code: "brobygger.care-plan-party",
                rule: "a party is a Patient, RelatedPerson, Practitioner or Organization", offendingValue: text)
        }
    }
}
