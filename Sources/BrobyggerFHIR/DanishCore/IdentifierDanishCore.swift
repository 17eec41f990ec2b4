import BrobyggerCore

extension FHIR.Identifier {
    /// The dk-core identifier of a person: a CPR number with use `official`, or a replacement number (X-eCPR,
    /// D-eCPR) with use `temp`.
    public init(_ person: PersonIdentifier) {
        switch person {
        case .cpr(let number): self.init(use: .official, system: CPRNumber.fhirSystem, value: number.unmaskedValue)
        case .replacement(let number): self.init(use: .temp, system: number.fhirSystem, value: number.unmaskedValue)
        }
    }

    /// The dk-core CPR identifier, use `official`.
    public init(_ cpr: CPRNumber) {
        self.init(PersonIdentifier.cpr(cpr))
    }

    /// The dk-core X-eCPR or D-eCPR identifier, use `temp`.
    public init(_ replacement: ReplacementPersonNumber) {
        self.init(PersonIdentifier.replacement(replacement))
    }

    /// The dk-core SOR identifier, use `official`.
    public init(_ sor: SORCode) {
        self.init(use: .official, system: SORCode.fhirSystem, value: sor.value)
    }

    /// The dk-core GLN/EAN identifier, with the system `http://www.gs1.org/gln`.
    public init(_ gln: GLN) {
        self.init(system: GLN.fhirSystem, value: gln.value)
    }

    /// The dk-core CVR identifier.
    public init(_ cvr: CVRNumber) {
        self.init(system: CVRNumber.fhirSystem, value: cvr.value)
    }

    /// The dk-core municipality-code identifier (*kommunekode*).
    public init(_ municipality: MunicipalityCode) {
        self.init(system: MunicipalityCode.fhirSystem, value: municipality.value)
    }

    /// The dk-core region identifier, ISO 3166-2 (`DK-84`).
    public init(_ region: Region) {
        self.init(system: Region.fhirSystem, value: region.isoCode)
    }

    /// The person identifier this identifier carries, `nil` when its system is neither CPR nor eCPR.
    ///
    /// - Throws: ``FHIRError/missingElement(path:)`` at `value` when the value is missing, or
    ///   ``FHIRError/invalidValue(path:code:rule:offendingValue:)`` at `value` (masked) when it breaks the rules of
    ///   its system.
    public func personIdentifier() throws(FHIRError) -> PersonIdentifier? {
        guard let system, DanishIdentifierSystem.isPerson(system) else { return nil }
        guard let value else { throw .missingElement(path: "value") }
        do {
            if system == CPRNumber.fhirSystem { return .cpr(try CPRNumber(value)) }
            guard let kind = ReplacementPersonNumber.kind(forSystem: system) else { return nil }
            return .replacement(try ReplacementPersonNumber(value, kind: kind))
        } catch {
            throw FHIRError(error, at: "value")
        }
    }
}
