/// A Danish postal address.
public struct PostalAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Street lines, e.g. `["Kettegård Allé 30"]`; at least one, none empty.
    public let lines: [String]
    /// The four-digit postal code (*postnummer*).
    public let postalCode: String
    /// The postal district (*by*).
    public let city: String
    /// The municipality the address lies in, if known.
    public let municipality: MunicipalityCode?

    /// Creates an address.
    ///
    /// - Throws: ``ValidationError`` with code `address.lines-empty` for no or blank street lines,
    ///   `address.postal-code` unless the postal code is four digits 0555–9999, or `address.city-empty`.
    public init(lines: [String], postalCode: String, city: String, municipality: MunicipalityCode? = nil)
        throws(ValidationError)
    {
        guard !lines.isEmpty, lines.allSatisfy({ !$0.trimmed.isEmpty }) else {
            throw ValidationError(
                field: "lines", code: "address.lines-empty", rule: "an address has at least one non-blank street line")
        }
        guard postalCode.utf8.count == 4, Digits.isDigits(postalCode), let number = Int(postalCode),
            number >= 555
        else {
            throw ValidationError(
                field: "postalCode", code: "address.postal-code", rule: "a Danish postal code is four digits",
                offendingValue: postalCode)
        }
        guard !city.trimmed.isEmpty else {
            throw ValidationError(field: "city", code: "address.city-empty", rule: "the city must not be blank")
        }
        self.lines = lines
        self.postalCode = postalCode
        self.city = city
        self.municipality = municipality
    }

    private enum CodingKeys: String, CodingKey {
        case lines, postalCode, city, municipality
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let lines = try c.decode([String].self, forKey: .lines)
        let postalCode = try c.decode(String.self, forKey: .postalCode)
        let city = try c.decode(String.self, forKey: .city)
        let municipality = try c.decodeIfPresent(MunicipalityCode.self, forKey: .municipality)
        self = try decoder.validating {
            try PostalAddress(lines: lines, postalCode: postalCode, city: city, municipality: municipality)
        }
    }

    /// Lines, then `postal code city`, separated by commas.
    public var description: String { (lines + ["\(postalCode) \(city)"]).joined(separator: ", ") }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: Substring {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return view
    }
}
