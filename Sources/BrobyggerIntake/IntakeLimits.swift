import BrobyggerCore

/// The sizes the intake accepts: one field, one row, the columns of a row, one file and one JSON document.
///
/// A file beyond any limit is refused with an ``InputProblem`` naming the file, the line (or the JSON array index),
/// the field and the limit, before the rest of it is read: a 2 GB file is refused from its size alone, and a 1 MB
/// name or a row of a million columns as soon as the reader reaches the limit, so memory stays bounded by the
/// limits, not by the file (issue 19: a 1 MB name field and a row of 10^6 columns were accepted, and a file was
/// read whole before anything was checked).
///
/// The defaults are far above what the interchange formats need (the longest field of `discharge_documents.csv`, a
/// list of offers, is a few hundred bytes; the national year's `events.csv` is under 20 MB), and each limit is
/// configuration a service may lower or raise within its range:
///
/// | Limit | Default | Range |
/// |---|---|---|
/// | ``fieldBytes`` | 65,536 (64 KiB) | 1 – 2^31 − 1 |
/// | ``rowBytes`` | 1,048,576 (1 MiB) | 1 – 2^31 − 1 |
/// | ``columnsPerRow`` | 256 | 1 – 1,000,000 |
/// | ``fileBytes`` | 1,073,741,824 (1 GiB) | 1 – 2^31 − 1 (field positions are 32-bit) |
/// | ``documentBytes`` | 16,777,216 (16 MiB) | 1 – 2^31 − 1 |
public struct IntakeLimits: Hashable, Sendable, Codable {
    /// The most bytes one CSV field may hold (after its quotes are removed, before doubled quotes are undone).
    public let fieldBytes: Int
    /// The most bytes one CSV record may span, its line end and the line breaks of quoted fields included.
    public let rowBytes: Int
    /// The most fields one CSV record, the header included, may have.
    public let columnsPerRow: Int
    /// The most bytes one input file may hold, CSV or JSON.
    public let fileBytes: Int
    /// The most bytes one JSON document (one element of a documents array, or the whole file when it holds one)
    /// may take.
    public let documentBytes: Int

    /// The range of the byte limits: at least one byte, and field positions are 32-bit.
    public static let byteRange = 1...Int(Int32.max)
    /// The range of ``columnsPerRow``.
    public static let columnsRange = 1...1_000_000

    /// The defaults: 64 KiB per field, 1 MiB per row, 256 columns, 1 GiB per file, 16 MiB per JSON document.
    public static let standard = IntakeLimits(
        unchecked: 65_536, rowBytes: 1_048_576, columnsPerRow: 256, fileBytes: 1_073_741_824,
        documentBytes: 16_777_216)

    /// Creates limits, each defaulting to ``standard``'s.
    ///
    /// - Throws: ``ValidationError`` with code `intake.limit-out-of-range` naming the limit outside its range
    ///   (``byteRange`` for the byte limits, ``columnsRange`` for the columns).
    public init(
        fieldBytes: Int = IntakeLimits.standard.fieldBytes, rowBytes: Int = IntakeLimits.standard.rowBytes,
        columnsPerRow: Int = IntakeLimits.standard.columnsPerRow, fileBytes: Int = IntakeLimits.standard.fileBytes,
        documentBytes: Int = IntakeLimits.standard.documentBytes
    ) throws(ValidationError) {
        for (field, value) in [
            ("fieldBytes", fieldBytes), ("rowBytes", rowBytes), ("fileBytes", fileBytes),
            ("documentBytes", documentBytes),
        ] where !Self.byteRange.contains(value) {
            throw ValidationError(
                field: FieldPath(field), code: "intake.limit-out-of-range",
                rule: "a size limit lies in 1–\(Self.byteRange.upperBound) bytes", offendingValue: String(value))
        }
        guard Self.columnsRange.contains(columnsPerRow) else {
            throw ValidationError(
                field: "columnsPerRow", code: "intake.limit-out-of-range",
                rule: "the columns per row lie in 1–\(Self.columnsRange.upperBound)",
                offendingValue: String(columnsPerRow))
        }
        self.init(
            unchecked: fieldBytes, rowBytes: rowBytes, columnsPerRow: columnsPerRow, fileBytes: fileBytes,
            documentBytes: documentBytes)
    }

    private init(unchecked fieldBytes: Int, rowBytes: Int, columnsPerRow: Int, fileBytes: Int, documentBytes: Int) {
        self.fieldBytes = fieldBytes
        self.rowBytes = rowBytes
        self.columnsPerRow = columnsPerRow
        self.fileBytes = fileBytes
        self.documentBytes = documentBytes
    }

    private enum CodingKeys: String, CodingKey {
        case fieldBytes, rowBytes, columnsPerRow, fileBytes, documentBytes
    }

    /// Decodes through the validating initialiser; missing keys take the defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        let fieldBytes = try container.decodeIfPresent(Int.self, forKey: .fieldBytes) ?? standard.fieldBytes
        let rowBytes = try container.decodeIfPresent(Int.self, forKey: .rowBytes) ?? standard.rowBytes
        let columns = try container.decodeIfPresent(Int.self, forKey: .columnsPerRow) ?? standard.columnsPerRow
        let fileBytes = try container.decodeIfPresent(Int.self, forKey: .fileBytes) ?? standard.fileBytes
        let documentBytes = try container.decodeIfPresent(Int.self, forKey: .documentBytes) ?? standard.documentBytes
        self = try decoder.validating {
            try IntakeLimits(
                fieldBytes: fieldBytes, rowBytes: rowBytes, columnsPerRow: columns, fileBytes: fileBytes,
                documentBytes: documentBytes)
        }
    }

    /// The problem of a file larger than ``fileBytes``.
    func fileTooLarge(_ file: String, size: Int) -> InputProblem {
        InputProblem(
            file: file, line: nil, field: nil,
            rule: "the file holds \(Self.grouped(size)) bytes, more than the limit of \(Self.grouped(fileBytes)) "
                + "bytes per file (IntakeLimits.fileBytes); split it into smaller files")
    }

    /// The rule broken by a field of `size` bytes (`nil`: more than the limit) beyond ``fieldBytes``.
    func fieldRule(size: Int? = nil) -> String {
        "the field holds " + (size.map { "\(Self.grouped($0)) bytes, more than" } ?? "more than")
            + " the limit of \(Self.grouped(fieldBytes)) bytes per field (IntakeLimits.fieldBytes)"
    }

    /// The rule broken by a record of more than ``columnsPerRow`` fields.
    var columnsRule: String {
        "the record has more than \(Self.grouped(columnsPerRow)) fields, the limit of columns per row "
            + "(IntakeLimits.columnsPerRow)"
    }

    /// The rule broken by a record of more than ``rowBytes`` bytes.
    var rowRule: String {
        "the record takes more than \(Self.grouped(rowBytes)) bytes, the limit per row (IntakeLimits.rowBytes)"
    }

    /// `n` with thousands separators (`2,306,867,200`), so that no size reads as a CPR number in a message (and
    /// is masked as one).
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return n < 0 ? "-" + result : result
    }
}
