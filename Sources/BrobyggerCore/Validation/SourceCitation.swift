/// Where a rule comes from: a statute paragraph, a national definition, a regional agreement, a public document
/// with its section, table or appendix, or a configuration value.
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
        /// A public report from the package's bibliography (``SourceDocument``), cited by name and by section,
        /// table or appendix. Citations stored by earlier versions under the kind `seed` decode as this kind.
        case document
        /// A configurable value with a documented default.
        case configuration
        /// Established practice without a binding source.
        case practice
        /// A technical standard or specification (FHIR, MedCom, dk-core).
        case standard

        /// The name earlier versions stored for ``document``.
        static let legacySeedName = "seed"

        /// The kind earlier versions gave a source document; documents are now cited as ``document``.
        @available(*, deprecated, renamed: "document")
        public static let seed = Kind.document

        /// Decodes a kind by its name; `seed`, the name earlier versions stored for ``document``, decodes as it.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let name = try container.decode(String.self)
            if name == Self.legacySeedName {
                self = .document
                return
            }
            guard let kind = Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Unknown citation kind \(name)")
            }
            self = kind
        }
    }

    /// The kind of source.
    public var kind: Kind
    /// The source itself, e.g. `psykiatriloven §13a stk. 1` or a document's ``SourceDocument/citation``.
    public var reference: String
    /// Where in the source, e.g. `afsnit 4.3.2`, `Bilag 3` or `Tabel 1`.
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

    /// A public document and where in it, e.g. `.document(.erfaringsopsamling2024, locator: "Bilag 3")`.
    ///
    /// - Parameters:
    ///   - document: The document, from the package's bibliography.
    ///   - locator: The section (`afsnit 4.3.2`), table, appendix (`Bilag 2, “Ydelser”`) or heading a reader finds
    ///     the passage under; `nil` for the document as a whole.
    public static func document(_ document: SourceDocument, locator: String? = nil) -> SourceCitation {
        SourceCitation(kind: .document, reference: document.citation, locator: locator)
    }

    /// The document a ``Kind/document`` citation names; `nil` for other kinds and for unknown documents.
    public var document: SourceDocument? {
        kind == .document ? SourceDocument(citation: reference) : nil
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

    /// The reference followed by the locator, e.g. `psykiatriloven §13a stk. 1` or
    /// `Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams, Bilag 3`.
    public var description: String {
        guard let locator else { return reference }
        return kind == .document ? "\(reference), \(locator)" : "\(reference) \(locator)"
    }

    private enum CodingKeys: String, CodingKey {
        case kind, reference, locator
    }

    /// Decodes a citation; one stored by an earlier version as `seed NNN` with a line locator (`l.971`) becomes the
    /// public document with the section that holds those lines.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindName = try container.decode(String.self, forKey: .kind)
        let reference = try container.decode(String.self, forKey: .reference)
        let locator = try container.decodeIfPresent(String.self, forKey: .locator)
        if kindName == Kind.legacySeedName {
            self = SourceCitation.legacySeed(reference: reference, locator: locator)
            return
        }
        guard let kind = Kind(rawValue: kindName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "Unknown citation kind \(kindName)")
        }
        self.init(kind: kind, reference: reference, locator: locator)
    }

    /// Encodes the kind, the reference and the locator.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(reference, forKey: .reference)
        try container.encodeIfPresent(locator, forKey: .locator)
    }
}
