import Foundation

extension Array where Element == FHIR.Extension {
    /// The first extension with a URL, or `nil`.
    public func first(url: String) -> FHIR.Extension? {
        first { $0.url == url }
    }
}

extension FHIR {
    /// The URL of the `itemWeight` extension: the numeric score of an answer option or a coding (formerly
    /// `ordinalValue`); http://hl7.org/fhir/StructureDefinition/itemWeight.
    public static let itemWeightExtension = "http://hl7.org/fhir/StructureDefinition/itemWeight"
    /// The URL of `ordinalValue`, the name `itemWeight` had before; read, never written.
    public static let ordinalValueExtension = "http://hl7.org/fhir/StructureDefinition/ordinalValue"

    /// The weight in an extension list: `itemWeight`, else the older `ordinalValue`.
    static func itemWeight(in extensions: [Extension]) -> Decimal? {
        for url in [itemWeightExtension, ordinalValueExtension] {
            switch extensions.first(url: url)?.value {
            case .decimal(let value)?: return value
            case .integer(let value)?: return Decimal(value)
            default: continue
            }
        }
        return nil
    }

    /// The extension list with the weight set (or removed with `nil`), written as `itemWeight`.
    static func settingItemWeight(_ weight: Decimal?, in extensions: [Extension]) -> [Extension] {
        var result = extensions.filter { $0.url != itemWeightExtension && $0.url != ordinalValueExtension }
        if let weight { result.append(Extension(url: itemWeightExtension, value: .decimal(weight))) }
        return result
    }
}

extension FHIR.Questionnaire.Item.AnswerOption {
    /// The score of the option (`itemWeight` extension, or the older `ordinalValue` when reading), so that the
    /// scoring of an instrument travels with it.
    public var itemWeight: Decimal? {
        get { FHIR.itemWeight(in: `extension`) }
        set { `extension` = FHIR.settingItemWeight(newValue, in: `extension`) }
    }
}

extension FHIR.Coding {
    /// The score of the coded answer (`itemWeight` extension, or the older `ordinalValue` when reading).
    public var itemWeight: Decimal? {
        get { FHIR.itemWeight(in: `extension`) }
        set { `extension` = FHIR.settingItemWeight(newValue, in: `extension`) }
    }
}
