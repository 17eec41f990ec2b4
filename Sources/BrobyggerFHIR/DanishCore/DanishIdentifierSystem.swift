import BrobyggerCore

/// The FHIR identifier systems of dk-core (HL7 Denmark), and how Brobygger reads them.
///
/// GLN/EAN location numbers are written with `http://www.gs1.org/gln` (dk-core today); MedCom's examples and earlier
/// dk-core builds use `https://www.gs1.org/gln`, and both are accepted on reading.
public enum DanishIdentifierSystem {
    /// CPR number (*CPR-nummer*), `urn:oid:1.2.208.176.1.2`, use `official`.
    public static let cpr = CPRNumber.fhirSystem
    /// National replacement number (X-eCPR), use `temp`.
    public static let xECPR = ReplacementPersonNumber.xECPRSystem
    /// SOR code (*Sundhedsvæsenets Organisationsregister*), `urn:oid:1.2.208.176.1.1`.
    public static let sor = SORCode.fhirSystem
    /// GLN/EAN location number (*lokationsnummer*), as dk-core writes it.
    public static let gln = GLN.fhirSystem
    /// The GLN system as MedCom's examples write it.
    public static let glnAlternative = GLN.alternativeFHIRSystem
    /// CVR number.
    public static let cvr = CVRNumber.fhirSystem
    /// Municipality code (*kommunekode*), dk-core's code system.
    public static let municipality = MunicipalityCode.fhirSystem
    /// Region code, ISO 3166-2 (`DK-81` … `DK-85`).
    public static let region = Region.fhirSystem
    /// dk-core's extension carrying a municipality code on an address.
    public static let municipalityExtension = "http://hl7.dk/fhir/core/StructureDefinition/dk-core-municipalityCodes"

    /// Whether `system` is a GLN system, in either spelling.
    public static func isGLN(_ system: String?) -> Bool {
        system == gln || system == glnAlternative
    }

    /// Whether `system` is the CPR system or an eCPR system.
    public static func isPerson(_ system: String?) -> Bool {
        guard let system else { return false }
        return system == cpr || ReplacementPersonNumber.kind(forSystem: system) != nil
    }
}
