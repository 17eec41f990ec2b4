/// Where a rule comes from: a statute paragraph, a national definition, a regional agreement, a source document
/// and line, or a configuration value.
///
/// Every finding carries one, so that a finding can be shown to a nurse and to a lawyer alike.
public struct SourceCitation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind of source, which tells how binding the rule is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An Act or executive order (e.g. *psykiatriloven* §13a): binding law.
        case statute
        /// National guidance or guideline (e.g. Sundhedsstyrelsen's KIP guideline of 2014).
        case nationalGuideline
        /// A national statistical definition (e.g. Sundhedsdatastyrelsen's acute readmission).
        case nationalDefinition
        /// A regional or cross-sector agreement (e.g. a *sundhedsaftale* or a practice page).
        case regionalAgreement
        /// One of the project's source documents, cited by identifier and line.
        case seed
        /// A configurable value with a documented default.
        case configuration
        /// Established practice without a binding source.
        case practice
        /// A technical standard or specification (FHIR, MedCom, dk-core).
        case standard
    }

    /// The kind of source.
    public var kind: Kind
    /// The source itself, e.g. `psykiatriloven §13a stk. 1` or `seed 001`.
    public var reference: String
    /// Where in the source, e.g. `l.971` or `Tabel 1`.
    public var locator: String?

    /// Creates a citation.
    public init(kind: Kind, reference: String, locator: String? = nil) {
        self.kind = kind
        self.reference = reference
        self.locator = locator
    }

    /// A statute paragraph, e.g. `.statute("psykiatriloven §13a stk. 1")`.
    public static func statute(_ reference: String) -> SourceCitation {
        SourceCitation(kind: .statute, reference: reference)
    }

    /// A line range of one of the project's source documents, e.g. `.seed("001", lines: "971")`.
    ///
    /// - Parameters:
    ///   - id: The document's number, e.g. `001`.
    ///   - lines: The line or line range, e.g. `1087–1094`.
    public static func seed(_ id: String, lines: String) -> SourceCitation {
        SourceCitation(kind: .seed, reference: "seed \(id)", locator: "l.\(lines)")
    }

    /// A national guideline, e.g. the 2014 KIP guideline.
    public static func nationalGuideline(_ reference: String, locator: String? = nil) -> SourceCitation {
        SourceCitation(kind: .nationalGuideline, reference: reference, locator: locator)
    }

    /// A national statistical definition.
    public static func nationalDefinition(_ reference: String, locator: String? = nil) -> SourceCitation {
        SourceCitation(kind: .nationalDefinition, reference: reference, locator: locator)
    }

    /// A regional or cross-sector agreement.
    public static func regionalAgreement(_ reference: String, locator: String? = nil) -> SourceCitation {
        SourceCitation(kind: .regionalAgreement, reference: reference, locator: locator)
    }

    /// A configuration value and its documented default, e.g. `.configuration("followUpWeekdays", default: "5")`.
    public static func configuration(_ setting: String, default defaultValue: String? = nil) -> SourceCitation {
        SourceCitation(
            kind: .configuration,
            reference: "configuration \(setting)",
            locator: defaultValue.map { "default \($0)" }
        )
    }

    /// Established practice.
    public static func practice(_ reference: String) -> SourceCitation {
        SourceCitation(kind: .practice, reference: reference)
    }

    /// A technical standard, e.g. a FHIR or MedCom profile.
    public static func standard(_ reference: String, locator: String? = nil) -> SourceCitation {
        SourceCitation(kind: .standard, reference: reference, locator: locator)
    }

    /// The reference followed by the locator, e.g. `seed 001 l.971`.
    public var description: String {
        guard let locator else { return reference }
        return "\(reference) \(locator)"
    }
}
