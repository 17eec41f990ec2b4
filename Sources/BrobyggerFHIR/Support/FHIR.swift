/// The namespace of the FHIR R4 JSON model: resources (`FHIR.Patient`, `FHIR.Bundle` …), data types
/// (`FHIR.Identifier`, `FHIR.Reference` …), primitives (`FHIR.ID`, `FHIR.DateTime`) and code systems
/// (`FHIR.EncounterStatus` …).
///
/// The types are written by hand for exactly the resources Brobygger exchanges, so the module stays small and every
/// type is a `Sendable` value. They are faithful to FHIR JSON rather than to a profile: every element that a type
/// does not model (a primitive's `_field` extension, an element of a later FHIR release, a vendor's addition) is kept
/// verbatim in `additionalElements` and written back on encoding, and every code is an open enum that keeps codes it
/// does not know. Decoding therefore never loses data, and encoding what was decoded gives the same JSON tree.
///
/// The namespace keeps FHIR's names (`Identifier`, `Provenance`, `Bundle`) apart from the domain's
/// (`BrobyggerCore.Identifier`, `BrobyggerCore.Provenance`, `Foundation.Bundle`).
public enum FHIR {
    /// The FHIR release these types follow.
    public static let version = "4.0.1"
}
