/// Brobygger's own FHIR namespace: the code systems, extensions and identifier systems for what no national or HL7
/// terminology covers (a *botilbud*'s legal basis, a course event's kind, the §13a/§13b basis of a discharge
/// document, an RC survey's answer options …).
///
/// Every URL starts with one base, ``baseURL``, so that a receiver can tell Brobygger's definitions from dk-core's
/// and MedCom's at a glance, and so that the namespace can be moved in one place. Code systems live under
/// `/CodeSystem/`, extensions under `/StructureDefinition/`, identifier systems under `/NamingSystem/`. Codes are
/// the domain types' own tokens (`OrganisationKind.rawValue`, `CourseEventKind.rawValue` …), so a value's code in
/// FHIR is the code it has in Brobygger's JSON.
public enum BrobyggerFHIRTerminology {
    /// The base of every Brobygger code system, extension and identifier system.
    public static let baseURL = "http://brobygger.dk/fhir"

    /// The URL of a Brobygger code system, such as `http://brobygger.dk/fhir/CodeSystem/course-event-kind`.
    public static func codeSystem(_ name: String) -> String { "\(baseURL)/CodeSystem/\(name)" }

    /// The URL of a Brobygger extension, such as `http://brobygger.dk/fhir/StructureDefinition/acting-municipality`.
    public static func extensionURL(_ name: String) -> String { "\(baseURL)/StructureDefinition/\(name)" }

    /// The URL of a Brobygger identifier system, such as `http://brobygger.dk/fhir/NamingSystem/episode-of-care`.
    public static func namingSystem(_ name: String) -> String { "\(baseURL)/NamingSystem/\(name)" }

    /// The SKS code system (*Sundhedsvæsenets Klassifikations System*), in which Danish ICD-10 diagnosis codes such
    /// as `DF200` are written (`urn:oid:1.2.208.176.2.4`, as dk-core writes it).
    public static let sksSystem = "urn:oid:1.2.208.176.2.4"

    /// The v3 ActCode system, for an Encounter's class (`IMP`, `EMER`).
    public static let actCodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
}
