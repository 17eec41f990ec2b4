import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Reads JSON files of Brobygger documents: one tagged document `{"kind": …, "document": {…}}`, an array of them,
/// or one bare document whose kind is recognised by decoding.
///
/// A tagged care plan may also carry `"resident": "<CPR number>"`: the plan is then bound to the stored resident
/// with that CPR number (its `resident` identifier replaced by the stored one), since resident identifiers are
/// made by the store when `residents.csv` is imported and so differ between stores.
public enum JSONDocumentFile {
    /// The most problems listed for one file; after that the rest of the file is not checked, and the last
    /// problem says so.
    public static let maximumProblems = 100

    /// The document kinds that may be bound to a resident by CPR number.
    public static let bindableKinds: Set<DocumentKind> = [CoordinatedCarePlan.documentKind]

    /// A document of a file and where it is: its array index (`[3]`), or `nil` when the file holds one document.
    public struct Entry: Sendable {
        /// The array index, as problems name it (`[3]`); `nil` for a file of one document.
        public var position: String?
        /// The document.
        public var document: AnyDocument
    }

    /// The documents of a file, or the problems that made it unreadable.
    ///
    /// - Parameter resident: Finds the stored resident with a CPR number, for documents bound by `"resident"`;
    ///   `nil` to keep the documents' own resident identifiers (checking a file without a store).
    /// - Throws: ``InputProblems``, as ``entries(_:file:limits:resident:)``.
    public static func read(
        _ data: Data, file: String, limits: IntakeLimits = .standard, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard, resident: ((CPRNumber) -> Resident.ID?)? = nil
    ) throws(InputProblems) -> [AnyDocument] {
        try entries(data, file: file, limits: limits, today: today, window: window, resident: resident).map(\.document)
    }

    /// The documents of a file with their array positions, or the problems that made it unreadable.
    ///
    /// An array is split into its elements on its bytes and each element is decoded alone, so memory stays
    /// proportional to the file and one document (issue 19: a 53 MB file peaked at 2.5 GB when the whole array was
    /// first made Foundation objects, then each document JSON again). Problems stop at ``maximumProblems``, the last
    /// saying from which element on the file was not checked (an array of ten million broken elements printed
    /// ten million lines).
    ///
    /// - Parameters:
    ///   - limits: The sizes accepted: the file (``IntakeLimits/fileBytes``) and each document
    ///     (``IntakeLimits/documentBytes``).
    ///   - today: The day of the import: every date (`YYYY-MM-DD`) and instant (`YYYY-MM-DDThh:mm…`) a document
    ///     holds, at any depth, must lie in `window` on it (issue 19: one date in 9999 moves a report's period).
    ///     `nil` checks no window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    ///   - resident: Finds the stored resident with a CPR number, for documents bound by `"resident"`; `nil` to
    ///     keep the documents' own resident identifiers (checking a file without a store).
    /// - Throws: ``InputProblems``: text that is not JSON, an element that is not a document of a known kind or
    ///   breaks its rules (naming the element and the field), a date or instant outside the plausible window
    ///   (naming the element and the field, `date.implausible`), a document beyond the size limit, and the same
    ///   document (kind and identifier) at two positions, naming both, whichever comes first.
    public static func entries(
        _ data: Data, file: String, limits: IntakeLimits = .standard, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard, resident: ((CPRNumber) -> Resident.ID?)? = nil
    ) throws(InputProblems) -> [Entry] {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        guard data.count <= limits.fileBytes else {
            throw InputProblems(problems: [limits.fileTooLarge(file, size: data.count)])
        }
        var entries: [Entry] = []
        var problems: [InputProblem] = []
        var positions: [String: String] = [:]
        // After the cap the rest is only counted, for the message.
        var unchecked: (first: String?, count: Int)?
        func take(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, index: Int?) -> Bool {
            guard problems.count < maximumProblems else {
                unchecked = (unchecked?.first ?? index.map { "[\($0)]" }, (unchecked?.count ?? 0) + 1)
                return true
            }
            let position = index.map { "[\($0)]" }
            guard range.count <= limits.documentBytes else {
                problems.append(
                    InputProblem(
                        file: file, line: nil, field: position,
                        rule: "the document takes \(IntakeLimits.grouped(range.count)) bytes, more than the limit of "
                            + "\(IntakeLimits.grouped(limits.documentBytes)) bytes per document (IntakeLimits.documentBytes)"
                    ))
                return true
            }
            let element = Data(UnsafeRawBufferPointer(rebasing: bytes[range]))
            let prefix = position ?? ""
            do {
                let item: Any
                do {
                    item = try JSONSerialization.jsonObject(with: element, options: [.fragmentsAllowed])
                } catch {
                    let reason = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
                    throw RowRule("not valid JSON (\(reason)); is the file complete?")
                }
                if let plausible, let implausible = Self.firstImplausibleDate(in: item, path: "", plausible: plausible)
                {
                    problems.append(
                        InputProblem(
                            file: file, line: nil,
                            field: [prefix, implausible.field.rawValue].filter { !$0.isEmpty }.joined(separator: "."),
                            rule: "\(implausible.rule) [\(implausible.code)]"
                                + (implausible.offendingValue.map { "; got \"\($0)\"" } ?? "")))
                    return true
                }
                let document = try document(from: item, path: prefix, resident: resident)
                let key = "\(document.kind.rawValue)/\(document.id)"
                if let earlier = positions[key] {
                    throw RowRule(
                        "the same \(document.kind) document (the same identifier) as \(earlier); a file names each "
                            + "document once")
                }
                positions[key] = position ?? "the file"
                entries.append(Entry(position: position, document: document))
            } catch let problem as RowRule {
                problems.append(InputProblem(file: file, line: nil, field: position, rule: problem.rule))
            } catch let error as DecodingError {
                problems.append(problem(error, file: file, prefix: prefix))
            } catch {
                problems.append(InputProblem(file: file, line: nil, field: position, rule: "\(error)"))
            }
            return true
        }
        let split = data.withUnsafeBytes { bytes in
            JSONArraySplitter.split(bytes) { range, index in
                take(bytes, range, index: index)
            }
        }
        if let unchecked {
            problems.append(
                InputProblem(
                    file: file, line: nil, field: unchecked.first,
                    rule: "\(maximumProblems) problems found; the \(unchecked.count) documents from here on were not "
                        + "checked; fix these first"))
        }
        if let failure = split {
            problems.append(
                InputProblem(
                    file: file, line: nil, field: nil, rule: "not valid JSON (\(failure)); is the file complete?"))
        }
        guard problems.isEmpty else { throw InputProblems(problems: problems) }
        return entries
    }

    /// The first string in `item`, depth first, that is a date (`YYYY-MM-DD`) or an ISO 8601 instant outside the
    /// plausible window, as the error naming its path. A string that only starts like a date (a text) is not a
    /// date; a date-shaped string that does not parse is left to the document's own decoding.
    static func firstImplausibleDate(in item: Any, path: String, plausible: PlausibleDays) -> ValidationError? {
        switch item {
        case let text as String:
            let utf8 = text.utf8
            guard utf8.count >= 10, utf8.count <= 40 else { return nil }
            let bytes = Array(utf8.prefix(11))
            func digit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            guard (0..<4).allSatisfy(digit), bytes[4] == 0x2D, digit(5), digit(6), bytes[7] == 0x2D, digit(8), digit(9)
            else { return nil }
            let field = path.hasPrefix(".") ? String(path.dropFirst()) : path
            if utf8.count == 10 {
                guard let date = try? CalendarDate(iso8601: text) else { return nil }
                return plausible.problem(date, field: field)
            }
            guard bytes[10] == 0x54, !text.contains(" "), let instant = try? Instant(iso8601: text) else { return nil }
            return plausible.problem(instant, field: field)
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let problem = firstImplausibleDate(in: object[key]!, path: path + "." + key, plausible: plausible) {
                    return problem
                }
            }
            return nil
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let problem = firstImplausibleDate(in: element, path: path + "[\(index)]", plausible: plausible) {
                    return problem
                }
            }
            return nil
        default:
            return nil
        }
    }

    private static func document(
        from item: Any, path: String, resident: ((CPRNumber) -> Resident.ID?)?
    ) throws -> AnyDocument {
        guard let object = item as? [String: Any] else { throw RowRule("a document is a JSON object") }
        if let kind = object["kind"] as? String, var document = object["document"] {
            if let binding = object["resident"] {
                guard bindableKinds.contains(DocumentKind(rawValue: kind)) else {
                    throw RowRule("only a care-plan may be bound to a resident by \"resident\"")
                }
                guard let text = binding as? String, let cpr = try? CPRNumber(text) else {
                    throw RowRule("\"resident\" is the CPR number of a stored resident (10 digits)")
                }
                if let resident, var fields = document as? [String: Any] {
                    guard let id = resident(cpr) else {
                        throw RowRule(
                            "no resident with the CPR number in \"resident\" in the store; import it with "
                                + "'brobygger import residents' first")
                    }
                    fields["resident"] = id.uuidString
                    document = fields
                }
            }
            let data = try JSONSerialization.data(withJSONObject: document)
            return try AnyDocument.decode(kind: DocumentKind(rawValue: kind), from: data)
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        var firstError: DecodingError?
        for kind in AnyDocument.kinds {
            do {
                return try AnyDocument.decode(kind: kind, from: data)
            } catch let error as DecodingError {
                firstError = firstError ?? error
            }
        }
        throw RowRule(
            "not a Brobygger document of any known kind (" + AnyDocument.kinds.map(\.rawValue).joined(separator: ", ")
                + "); tag it as {\"kind\": …, \"document\": …}"
                + (firstError.map { "; as a \(AnyDocument.kinds[0]): \(reason($0).1)" } ?? ""))
    }

    private static func problem(_ error: DecodingError, file: String, prefix: String) -> InputProblem {
        let (path, rule) = reason(error)
        let field = [prefix, prefix.isEmpty && path.isEmpty ? "" : "document", path].filter { !$0.isEmpty }
            .joined(separator: ".")
        return InputProblem(file: file, line: nil, field: field.isEmpty ? nil : field, rule: rule)
    }

    /// The field path and the rule of a decoding error.
    public static func reason(_ error: DecodingError) -> (String, String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "a required field is missing")
        case .valueNotFound(_, let context):
            return (path(context.codingPath), "a required value is null")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected a value of type \(type)")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
