import BrobyggerCore
import BrobyggerResidents

extension FHIR.Organization {
    /// The Organization for a residential facility (*botilbud*).
    ///
    /// - `id`: the facility's UUID; `name`; `type`: the organisation kind `facility` in
    ///   `http://brobygger.dk/fhir/CodeSystem/organisation-kind`, the legal basis in `…/facility-legal-basis`
    ///   (`sel107`, `sel108`, `abl105`, with the statute as display) and the owner in `…/facility-owner`.
    /// - Brobygger extensions for what an Organization has no element for: `municipality` (the municipality the
    ///   facility lies in, a dk-core municipality coding), `capacity` (places, an integer), one
    ///   `approved-target-group` coding per approved target group (`…/CodeSystem/target-group`), `outreach-team`
    ///   and one `linked-ward` per ward as `Organization/<uuid>` references.
    ///
    /// Nothing is lost: `ResidentialFacility(_:)` gives the same facility back.
    public init(_ facility: ResidentialFacility) {
        var extensions: [FHIR.Extension] = [
            MappingSupport.extension(
                "municipality",
                .coding(FHIR.Coding(system: MunicipalityCode.fhirSystem, code: facility.municipality.value))),
            MappingSupport.extension("capacity", .integer(facility.capacity)),
        ]
        for group in facility.approvedTargetGroups.sorted() {
            extensions.append(
                MappingSupport.extension(
                    "approved-target-group",
                    .coding(MappingSupport.coding("target-group", group.rawValue, display: group.danishName))))
        }
        if let team = facility.outreachTeam {
            extensions.append(
                MappingSupport.extension("outreach-team", .reference(MappingSupport.reference("Organization", team))))
        }
        for ward in facility.linkedWards {
            extensions.append(
                MappingSupport.extension("linked-ward", .reference(MappingSupport.reference("Organization", ward))))
        }
        self.init(
            id: MappingSupport.id(facility.id),
            type: [
                FHIR.CodeableConcept(coding: [
                    FHIR.Coding(
                        system: FHIR.Organization.organisationKindSystem,
                        code: OrganisationKind.residentialFacility.rawValue,
                        display: OrganisationKind.residentialFacility.danishName)
                ]),
                MappingSupport.concept(
                    "facility-legal-basis", facility.legalBasis.rawValue, display: facility.legalBasis.statute),
                MappingSupport.concept("facility-owner", facility.owner.rawValue, display: facility.owner.danishName),
            ],
            name: facility.name, extension: extensions)
    }
}

extension ResidentialFacility {
    /// The facility an Organization describes, the inverse of `FHIR.Organization.init(_:)` for a facility.
    ///
    /// Lost on the way in: identifiers, addresses, telecom, `partOf` and contacts (a facility's register data lives
    /// in its `Organisation`, mapped by `Organisation(_:id:kind:)`), and unknown codings.
    ///
    /// - Throws: ``FHIRError`` naming the element: `id` when it is not a UUID, `name`, `type` without a legal basis
    ///   or owner, `extension` without the municipality or capacity, an invalid reference, or a domain rule
    ///   (`facility.invalid-capacity`, `facility.no-target-group`).
    public init(_ organization: FHIR.Organization) throws(FHIRError) {
        let id: ResidentialFacility.ID = try MappingSupport.identifier(organization.id, at: "id")
        guard let name = organization.name else { throw .missingElement(path: "name") }
        guard
            let (basisCode, basisPath) = MappingSupport.code(
                in: organization.type, system: "facility-legal-basis", at: "type")
        else {
            throw .profileViolation(
                path: "type", code: "brobygger.facility-legal-basis-missing",
                rule:
                    "a facility's Organization gives its legal basis (serviceloven §107, §108 or almenboligloven §105)")
        }
        guard let basis = FacilityLegalBasis(rawValue: basisCode) else {
            throw .invalidValue(
                path: basisPath.appending("code"), code: "brobygger.facility-legal-basis",
                rule: "the legal basis is sel107, sel108 or abl105", offendingValue: basisCode)
        }
        guard
            let (ownerCode, ownerPath) = MappingSupport.code(
                in: organization.type, system: "facility-owner", at: "type")
        else {
            throw .profileViolation(
                path: "type", code: "brobygger.facility-owner-missing",
                rule: "a facility's Organization gives its owner")
        }
        guard let owner = FacilityOwner(rawValue: ownerCode) else {
            throw .invalidValue(
                path: ownerPath.appending("code"), code: "brobygger.facility-owner",
                rule: "the owner is municipal, regional or private", offendingValue: ownerCode)
        }
        guard
            let (municipalityItem, municipalityPath) = MappingSupport.extensions(
                "municipality", in: organization.extension, at: .root
            ).first, case .coding(let coding)? = municipalityItem.value, let municipalityCode = coding.code
        else {
            throw .profileViolation(
                path: "extension", code: "brobygger.municipality-missing",
                rule: "a facility's Organization gives the municipality it lies in")
        }
        let municipality = try MappingSupport.validating(at: municipalityPath.appending("valueCoding.code")) {
            () throws(ValidationError) in try MunicipalityCode(municipalityCode)
        }
        guard
            let (capacityItem, _) = MappingSupport.extensions("capacity", in: organization.extension, at: .root).first,
            case .integer(let capacity)? = capacityItem.value
        else {
            throw .profileViolation(
                path: "extension", code: "brobygger.capacity-missing",
                rule: "a facility's Organization gives its number of places")
        }
        var groups: Set<TargetGroup> = []
        for (item, _) in MappingSupport.extensions("approved-target-group", in: organization.extension, at: .root) {
            if case .coding(let coding)? = item.value, let code = coding.code {
                groups.insert(TargetGroup(rawValue: code))
            }
        }
        var team: Organisation.ID?
        if let (item, path) = MappingSupport.extensions("outreach-team", in: organization.extension, at: .root).first {
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            team = try MappingSupport.identifier(reference, type: "Organization", at: path.appending("valueReference"))
        }
        var wards: [Organisation.ID] = []
        for (item, path) in MappingSupport.extensions("linked-ward", in: organization.extension, at: .root) {
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            wards.append(
                try MappingSupport.identifier(reference, type: "Organization", at: path.appending("valueReference")))
        }
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try ResidentialFacility(
                id: id, name: name, legalBasis: basis, owner: owner, municipality: municipality, capacity: capacity,
                approvedTargetGroups: groups, outreachTeam: team, linkedWards: wards)
        }
    }
}
