import BrobyggerCore
import Foundation

extension FHIR.Organization {
    /// The code system for `OrganisationKind` in `Organization.type`: Brobygger's own, because no national code
    /// system distinguishes a *botilbud* from an outreach team; the codes are `OrganisationKind`'s tokens
    /// (`facility`, `outreach_team` …).
    public static let organisationKindSystem = BrobyggerFHIRTerminology.codeSystem("organisation-kind")

    /// The dk-core organisation for a domain organisation.
    ///
    /// The id is the organisation's UUID; identifiers are written in dk-core's slices (SOR and GLN as MedCom requires
    /// them, CVR, municipality and region codes); the kind is a `type` coding in `organisationKindSystem`; the parent
    /// is a `partOf` reference `Organization/<uuid>`; the address carries the municipality in dk-core's extension;
    /// phone, e-mail and secure-messaging address become `telecom` entries (`phone`, `email`, `other`). Nothing is
    /// lost: `Organisation(_:)` gives the same organisation back.
    public init(_ organisation: Organisation) {
        var identifiers: [FHIR.Identifier] = []
        let register = organisation.identifiers
        if let sor = register.sor { identifiers.append(FHIR.Identifier(sor)) }
        if let gln = register.gln { identifiers.append(FHIR.Identifier(gln)) }
        if let cvr = register.cvr { identifiers.append(FHIR.Identifier(cvr)) }
        if let municipality = register.municipality { identifiers.append(FHIR.Identifier(municipality)) }
        if let region = register.region { identifiers.append(FHIR.Identifier(region)) }
        var telecom: [FHIR.ContactPoint] = []
        if let contact = organisation.contact {
            if let phone = contact.phone { telecom.append(FHIR.ContactPoint(system: .phone, value: phone, use: .work)) }
            if let email = contact.email { telecom.append(FHIR.ContactPoint(system: .email, value: email, use: .work)) }
            if let secure = contact.secureMessaging {
                telecom.append(FHIR.ContactPoint(system: .other, value: secure, use: .work))
            }
        }
        self.init(
            id: FHIR.ID(rawValue: organisation.id.uuidString),
            identifier: identifiers,
            type: [
                FHIR.CodeableConcept(coding: [
                    FHIR.Coding(
                        system: Self.organisationKindSystem, code: organisation.kind.rawValue,
                        display: organisation.kind.danishName)
                ])
            ],
            name: organisation.name,
            telecom: telecom,
            address: organisation.address.map { [FHIR.Address($0)] } ?? [],
            partOf: organisation.partOf.map { FHIR.Reference(reference: "Organization/\($0.uuidString)") })
    }

    /// The register identifiers in the dk-core slices (SOR, GLN in either system spelling, CVR, municipality and
    /// region codes); identifiers of other systems are ignored, and of each kind the first one counts.
    ///
    /// - Throws: ``FHIRError`` at `identifier[i].value` when an identifier of a known system is missing its value
    ///   or breaks its register's rules.
    public func organisationIdentifiers() throws(FHIRError) -> OrganisationIdentifiers {
        var result = OrganisationIdentifiers()
        for (index, identifier) in identifier.enumerated() {
            let path = FieldPath("identifier").appending(index: index)
            guard let system = identifier.system else { continue }
            let known = [SORCode.fhirSystem, CVRNumber.fhirSystem, MunicipalityCode.fhirSystem, Region.fhirSystem]
            guard known.contains(system) || DanishIdentifierSystem.isGLN(system) else { continue }
            guard let value = identifier.value else { throw .missingElement(path: path.appending("value")) }
            do {
                switch system {
                case SORCode.fhirSystem: if result.sor == nil { result.sor = try SORCode(value) }
                case CVRNumber.fhirSystem: if result.cvr == nil { result.cvr = try CVRNumber(value) }
                case MunicipalityCode.fhirSystem:
                    if result.municipality == nil { result.municipality = try MunicipalityCode(value) }
                case Region.fhirSystem: if result.region == nil { result.region = try Region(isoCode: value) }
                default: if result.gln == nil { result.gln = try GLN(value) }
                }
            } catch {
                throw FHIRError(error, at: path.appending("value"))
            }
        }
        return result
    }
}

extension FHIR.Address {
    /// The FHIR address of a Danish postal address, with the municipality in dk-core's extension.
    public init(_ address: PostalAddress) {
        let municipality = address.municipality.map {
            FHIR.Extension(
                url: DanishIdentifierSystem.municipalityExtension,
                value: .codeableConcept(
                    FHIR.CodeableConcept(coding: [
                        FHIR.Coding(system: MunicipalityCode.fhirSystem, code: $0.value, display: $0.name)
                    ])))
        }
        self.init(
            line: address.lines, city: address.city, postalCode: address.postalCode,
            extension: municipality.map { [$0] } ?? [])
    }

    /// The municipality code in dk-core's address extension, if any.
    ///
    /// - Throws: ``FHIRError`` at `extension[i]` when the extension holds no valid municipality code.
    public func municipalityCode() throws(FHIRError) -> MunicipalityCode? {
        for (index, item) in `extension`.enumerated() where item.url == DanishIdentifierSystem.municipalityExtension {
            let path = FieldPath("extension").appending(index: index)
            let code: String?
            switch item.value {
            case .codeableConcept(let concept)?:
                code = concept.coding.first { $0.system == MunicipalityCode.fhirSystem }?.code
            case .coding(let coding)?: code = coding.code
            case .code(let text)?: code = text
            default: code = nil
            }
            guard let code else { throw .missingElement(path: path.appending("value[x]")) }
            do {
                return try MunicipalityCode(code)
            } catch {
                throw FHIRError(error, at: path.appending("value[x]"))
            }
        }
        return nil
    }
}

extension Organisation {
    /// The domain organisation of a dk-core organisation, the inverse of `FHIR.Organization.init(_:)`.
    ///
    /// Lost on the way in: identifiers of systems outside dk-core's slices, every address but the first, the
    /// `text` of an address, contact persons, aliases, endpoints, extensions other than the municipality code.
    ///
    /// - Parameters:
    ///   - organization: The FHIR organisation.
    ///   - id: The domain id to use; by default the FHIR id, which must then be a UUID.
    ///   - kind: The kind when `type` carries no `organisationKindSystem` coding.
    /// - Throws: ``FHIRError`` naming the element: `id` when it is missing or not a UUID (and no `id` is given),
    ///   `name` when missing, `identifier[i].value` for an invalid register identifier, `address[0]…` for an
    ///   address Brobygger cannot hold, `partOf.reference` when the parent is not `Organization/<uuid>`.
    public init(_ organization: FHIR.Organization, id: Organisation.ID? = nil, kind: OrganisationKind = .other)
        throws(FHIRError)
    {
        let resolvedID: Organisation.ID
        if let id {
            resolvedID = id
        } else {
            guard let text = organization.id?.rawValue else { throw .missingElement(path: "id") }
            guard let uuid = UUID(uuidString: text) else {
                throw .invalidValue(
                    path: "id", code: "organisation.id-not-uuid",
                    rule: "a domain organisation's id is a UUID; pass an id for other FHIR ids", offendingValue: text)
            }
            resolvedID = Organisation.ID(rawValue: uuid)
        }
        guard let name = organization.name else { throw .missingElement(path: "name") }
        var resolvedKind = kind
        for concept in organization.type {
            for coding in concept.coding where coding.system == FHIR.Organization.organisationKindSystem {
                if let code = coding.code, let known = OrganisationKind(rawValue: code) { resolvedKind = known }
            }
        }
        let identifiers = try organization.organisationIdentifiers()
        var address: PostalAddress?
        if let first = organization.address.first {
            let path = FieldPath("address[0]")
            guard let postalCode = first.postalCode else { throw .missingElement(path: path.appending("postalCode")) }
            guard let city = first.city else { throw .missingElement(path: path.appending("city")) }
            let municipality: MunicipalityCode?
            do {
                municipality = try first.municipalityCode()
            } catch {
                throw error.nested(under: path)
            }
            do {
                address = try PostalAddress(
                    lines: first.line, postalCode: postalCode, city: city, municipality: municipality)
            } catch {
                throw FHIRError(error, at: path)
            }
        }
        var partOf: Organisation.ID?
        if let reference = organization.partOf?.reference {
            guard reference.hasPrefix("Organization/"),
                let uuid = UUID(uuidString: String(reference.dropFirst("Organization/".count)))
            else {
                throw .invalidValue(
                    path: "partOf.reference", code: "organisation.part-of-reference",
                    rule: "the parent is referenced as Organization/<uuid>", offendingValue: reference)
            }
            partOf = Organisation.ID(rawValue: uuid)
        }
        var contact = ContactDetails()
        for point in organization.telecom {
            switch point.system {
            case .phone?: if contact.phone == nil { contact.phone = point.value }
            case .email?: if contact.email == nil { contact.email = point.value }
            case .other?: if contact.secureMessaging == nil { contact.secureMessaging = point.value }
            default: continue
            }
        }
        do {
            try self.init(
                id: resolvedID, kind: resolvedKind, name: name, identifiers: identifiers, address: address,
                partOf: partOf, contact: contact.isEmpty ? nil : contact)
        } catch {
            throw FHIRError(error, at: .root)
        }
    }
}
