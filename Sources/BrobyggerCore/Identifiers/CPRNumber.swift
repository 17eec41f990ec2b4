/// A Danish civil registration number (*CPR-nummer*): `DDMMYY-SSSS`.
///
/// Rules (dk-core `DkCoreCprIdentifier`; CPR-kontoret):
/// - ten digits, optionally written with a hyphen after the sixth;
/// - the first six are the birth date; the century follows from the seventh digit: 0–3 → 1900s; 4 or 9 → 2000–2036
///   when YY ≤ 36, else 1900s; 5–8 → 2000–2057 when YY ≤ 57, else 1858–1899;
/// - the date must exist in the resolved century (29 February only in a leap year of that century, so
///   `290200-4xxx` (2000) is valid and `290200-0xxx` (1900) is not);
/// - no modulus-11 check: it was dropped in 2007, and numbers without it are issued;
/// - the last digit is odd for men and even for women.
///
/// A CPR number is personal data. Every textual rendering (`description`, `debugDescription`, `dump`, errors) shows
/// only `DDMMYY-xxxx`. The full number is available through ``unmaskedValue`` and ``unmaskedFormatted`` only, and
/// through encoding (so that stores and messages can carry it).
public struct CPRNumber: NationalIdentifier, Comparable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// dk-core's system for CPR: `urn:oid:1.2.208.176.1.2`.
    public static let fhirSystem = "urn:oid:1.2.208.176.1.2"

    private let digits: String

    /// Parses `DDMMYYSSSS` or `DDMMYY-SSSS`.
    ///
    /// - Throws: ``ValidationError`` with code `cpr.format` (not ten digits) or `cpr.invalid-date` (the birth date
    ///   does not exist in the century the seventh digit gives). The offending value is masked.
    public init(_ text: String) throws(ValidationError) {
        var compact = text
        // The hyphen is the seventh byte; the bytes before it need not be six characters (text that is not ASCII), so
        // it is removed by its byte place. Removing an ASCII byte leaves valid UTF-8.
        let utf8 = text.utf8
        if utf8.count == 11, utf8[utf8.index(utf8.startIndex, offsetBy: 6)] == 45 {
            var bytes = Array(utf8)
            bytes.remove(at: 6)
            compact = String(decoding: bytes, as: UTF8.self)
        }
        guard compact.utf8.count == 10, let values = Digits.values(Substring(compact)) else {
            throw ValidationError(
                field: .root, code: "cpr.format", rule: "a CPR number is ten digits, DDMMYY-SSSS or DDMMYYSSSS",
                offendingValue: Digits.maskPersonal(text))
        }
        let day = values[0] * 10 + values[1]
        let month = values[2] * 10 + values[3]
        let twoDigitYear = values[4] * 10 + values[5]
        let year = Self.year(twoDigitYear: twoDigitYear, seventhDigit: values[6])
        do {
            _ = try CalendarDate(year: year, month: month, day: day)
        } catch {
            throw ValidationError(
                field: .root, code: "cpr.invalid-date",
                rule: "the first six digits must be a date that exists in the century given by the seventh digit "
                    + "(resolved year \(year))",
                offendingValue: Digits.maskPersonal(compact))
        }
        self.digits = compact
    }

    /// The full year from the two-digit year and the seventh digit (CPR-kontoret's table).
    static func year(twoDigitYear yy: Int, seventhDigit: Int) -> Int {
        switch seventhDigit {
        case 0...3: 1900 + yy
        case 4, 9: yy <= 36 ? 2000 + yy : 1900 + yy
        default: yy <= 57 ? 2000 + yy : 1800 + yy
        }
    }

    /// Decodes the number (with or without hyphen); a malformed number fails with a masked message.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try CPRNumber(text) }
    }

    /// Encodes the ten digits. Encoded data is personal data: store and transmit it accordingly.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }

    /// The ten digits, unmasked. Personal data: use only where the full number is needed (a register look-up,
    /// an outgoing message), never in logs or messages.
    public var unmaskedValue: String { digits }

    /// `DDMMYY-SSSS`, unmasked. Personal data, as ``unmaskedValue``.
    public var unmaskedFormatted: String { "\(digits.prefix(6))-\(digits.suffix(4))" }

    /// The ten digits (``NationalIdentifier`` conformance); unmasked, as ``unmaskedValue``.
    public var value: String { digits }

    /// `DDMMYY-xxxx`.
    public var masked: String { "\(digits.prefix(6))-xxxx" }

    /// The birth date.
    public var birthDate: CalendarDate {
        let v = Array(digits.utf8).map { Int($0 - 48) }
        let year = Self.year(twoDigitYear: v[4] * 10 + v[5], seventhDigit: v[6])
        return CalendarDate(
            daysSinceEpoch: CalendarDate.dayNumber(year: year, month: v[2] * 10 + v[3], day: v[0] * 10 + v[1]))
    }

    /// The administrative sex: odd last digit male, even female.
    public var administrativeSex: AdministrativeSex {
        let last = Int(digits.utf8.last! - 48)
        return last % 2 == 1 ? .male : .female
    }

    /// Age in whole years on `date`.
    public func age(on date: CalendarDate) -> Int {
        let birth = birthDate.components
        let now = date.components
        var age = now.year - birth.year
        if (now.month, now.day) < (birth.month, birth.day) { age -= 1 }
        return age
    }

    /// `DDMMYY-xxxx`.
    public var description: String { masked }

    /// `CPRNumber(DDMMYY-xxxx)`.
    public var debugDescription: String { "CPRNumber(\(masked))" }

    /// Reflection shows only the masked form, so `dump` never prints the full number.
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    /// Orders by the digits.
    public static func < (lhs: CPRNumber, rhs: CPRNumber) -> Bool { lhs.digits < rhs.digits }
}
