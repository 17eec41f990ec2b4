import Foundation

/// The fuzz targets: each groups related parsers of outside input and asserts their properties. The first input
/// byte picks the parser inside a target, so one libFuzzer run covers the group.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// CPR, replacement (eCPR), SOR, GLN, CVR, authorisation and municipality identifiers.
    case identifiers
    /// The JSON decoders of every storable document (and a stored revision).
    case documents
    /// The FHIR R4 JSON reader: bundles and every resource in them.
    case fhir
    /// MedCom hospital-notification ingest.
    case medcom
    /// The tool's flat-file reader (RFC 4180), its CSV import formats, RC response files and JSON document files.
    case imports
    /// The tool's command-line parser and help.
    case arguments
    /// The JSON decoders of the regional policies and configurations, and the analyses they drive.
    case policies
    /// Every renderer of stored text: no output may hold a control character, whatever the document holds.
    case renderers

    /// What the target covers, for `--list` and the README.
    var summary: String {
        switch self {
        case .identifiers: "CPR, eCPR, person identifier, SOR, GLN, CVR, authorisation ID and municipality parsing"
        case .documents: "JSON decoding of every StorableDocument and of a stored revision"
        case .fhir: "FHIR bundle (and resource) JSON reader, against JSONDecoder and its own encoder"
        case .medcom: "MedCom hospital notifications, CareCommunications and acknowledgements from bundle JSON"
        case .imports: "RFC 4180 reader, the five CSV import formats, RC responses, JSON documents, MedCom import"
        case .arguments: "brobygger's argument parser and help"
        case .policies: "JSON decoding of the readmission, follow-up, care-plan and target-group policies and their use"
        case .renderers: "every renderer of stored text (Markdown, HTML, SVG/XML, CSV, terminal): no control character"
        }
    }

    /// Runs one input through the target's parsers and checks their properties.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .identifiers: IdentifierTarget.run(bytes)
        case .documents: DocumentTarget.run(bytes)
        case .fhir: FHIRTarget.run(bytes)
        case .medcom: MedComTarget.run(bytes)
        case .imports: ImportTarget.run(bytes)
        case .arguments: ArgumentTarget.run(bytes)
        case .policies: PolicyTarget.run(bytes)
        case .renderers: RendererTarget.run(bytes)
        }
    }
}
