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
    /// proportional to the file and one batch of documents (issue 19: a 53 MB file peaked at 2.5 GB when the whole
    /// array was first made Foundation objects, then each document JSON again). Elements are decoded straight from
    /// their bytes, a batch at a time on every core; the documents and problems come out in the file's order whatever
    /// the cores (issue 18). Problems stop at ``maximumProblems``, the last saying from which element on the file was
    /// not checked (an array of ten million broken elements printed ten million lines).
    ///
    /// - Parameters:
    ///   - limits: The sizes accepted: the file (``IntakeLimits/fileBytes``) and each document
    ///     (``IntakeLimits/documentBytes``).
    ///   - today: The day of the import: every date (`YYYY-MM-DD`) and instant (`YYYY-MM-DDThh:mm…`) a document
    ///     holds, at any depth, must lie in `window` on it (issue 19: one date in 9999 moves a report's period).
    ///     `nil` checks no window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    ///   - resident: Finds the stored resident with a CPR number, for documents bound by `"resident"`; `nil` to
    ///     keep the documents' own resident identifiers (checking a file without a store). It is called one call at
    ///     a time, though from more than one thread.
    /// - Throws: ``InputProblems``: text that is not JSON, an element that is not a document of a known kind or
    ///   breaks its rules (naming the element and the field), a date or instant outside the plausible window
    ///   (naming the element and the field, `date.implausible`), a document beyond the size limit, and the same
    ///   document (kind and identifier) at two positions, naming both, whichever comes first.
    public static func entries(
        _ data: Data, file: String, limits: IntakeLimits = .standard, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard, resident: ((CPRNumber) -> Resident.ID?)? = nil
    ) throws(InputProblems) -> [Entry] {
        try entries(
            data, file: file, limits: limits, plausible: today.map { PlausibleDays(window, today: $0) },
            binding: resident.map(ResidentBinding.init), path: .direct)
    }

    /// How an element is decoded.
    enum DecodingPath: Sendable {
        /// From the element's bytes with `JSONDecoder` (``TaggedElement``); an element that fails, or that holds a
        /// date-shaped string the byte scan cannot clear, is read again by the tree path, which names its problem.
        case direct
        /// Parsed into Foundation objects, checked for implausible dates by walking the tree, then serialised again
        /// and decoded: the reading that names every problem.
        case tree
    }

    /// The most elements decoded in parallel at a time: enough to keep the cores busy, few enough that a file of
    /// broken elements stops being decoded soon after ``maximumProblems``.
    static let batchElements = 256

    /// The bytes of elements after which a batch is decoded though it holds fewer than ``batchElements``, so that
    /// the documents of one batch stay a small part of memory.
    static let batchBytes = 8 << 20

    /// ``entries(_:file:limits:today:window:resident:)`` by `path`.
    static func entries(
        _ data: Data, file: String, limits: IntakeLimits, plausible: PlausibleDays?, binding: ResidentBinding?,
        path: DecodingPath
    ) throws(InputProblems) -> [Entry] {
        guard data.count <= limits.fileBytes else {
            throw InputProblems(problems: [limits.fileTooLarge(file, size: data.count)])
        }
        var entries: [Entry] = []
        var problems: [InputProblem] = []
        var positions: [String: String] = [:]
        // After the cap the rest is only counted, for the message.
        var unchecked: (first: String?, count: Int)?
        var batch: [(range: Range<Int>, index: Int?)] = []
        var pending = 0
        func skip(_ index: Int?) {
            unchecked = (unchecked?.first ?? index.map { "[\($0)]" }, (unchecked?.count ?? 0) + 1)
        }
        func fold(_ bytes: UnsafeRawBufferPointer) {
            let outcomes = decode(
                bytes, batch, file: file, limits: limits, plausible: plausible, binding: binding, path: path)
            for (element, outcome) in zip(batch, outcomes) {
                guard problems.count < maximumProblems else {
                    skip(element.index)
                    continue
                }
                let position = element.index.map { "[\($0)]" }
                switch outcome {
                case .problem(let problem):
                    problems.append(problem)
                case .document(let document):
                    let key = "\(document.kind.rawValue)/\(document.id)"
                    if let earlier = positions[key] {
                        problems.append(
                            InputProblem(
                                file: file, line: nil, field: position,
                                rule: "the same \(document.kind) document (the same identifier) as \(earlier); a file "
                                    + "names each document once"))
                        continue
                    }
                    positions[key] = position ?? "the file"
                    entries.append(Entry(position: position, document: document))
                }
            }
            batch.removeAll(keepingCapacity: true)
            pending = 0
        }
        let split = data.withUnsafeBytes { bytes in
            let failure = JSONArraySplitter.split(bytes) { range, index in
                guard problems.count < maximumProblems else {
                    skip(index)
                    return true
                }
                batch.append((range, index))
                pending += range.count
                if batch.count == batchElements || pending >= batchBytes { fold(bytes) }
                return true
            }
            if !batch.isEmpty { fold(bytes) }
            return failure
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

    /// What an element is: its document, or its problem.
    enum Outcome: Sendable {
        case document(AnyDocument)
        case problem(InputProblem)
    }

    /// The outcomes of `batch`'s elements in their order, decoded in parallel.
    private static func decode(
        _ bytes: UnsafeRawBufferPointer, _ batch: [(range: Range<Int>, index: Int?)], file: String,
        limits: IntakeLimits, plausible: PlausibleDays?, binding: ResidentBinding?, path: DecodingPath
    ) -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: batch.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            // Each iteration reads its own element and writes its own slot: no two threads touch one slot, and the
            // file's bytes are only read.
            nonisolated(unsafe) let slots = buffer
            nonisolated(unsafe) let bytes = bytes
            DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
                let (range, index) = batch[slot]
                slots[slot] = outcome(
                    bytes, range, position: index.map { "[\($0)]" }, file: file, limits: limits, plausible: plausible,
                    binding: binding, path: path)
            }
        }
        return outcomes.map { $0! }
    }

    /// What one element is.
    private static func outcome(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, position: String?, file: String, limits: IntakeLimits,
        plausible: PlausibleDays?, binding: ResidentBinding?, path: DecodingPath
    ) -> Outcome {
        guard range.count <= limits.documentBytes else {
            return .problem(
                InputProblem(
                    file: file, line: nil, field: position,
                    rule: "the document takes \(IntakeLimits.grouped(range.count)) bytes, more than the limit of "
                        + "\(IntakeLimits.grouped(limits.documentBytes)) bytes per document (IntakeLimits.documentBytes)"
                ))
        }
        let element = UnsafeRawBufferPointer(rebasing: bytes[range])
        if path == .direct, plausible.map({ !mayHoldImplausibleDate(element, plausible: $0) }) ?? true {
            let decoder = JSONDecoder()
            if let binding { decoder.userInfo[TaggedElement.bindingKey] = binding }
            if let tagged = try? decoder.decode(TaggedElement.self, from: Data(element)) {
                return .document(tagged.document)
            }
        }
        return treeOutcome(Data(element), position: position, file: file, plausible: plausible, binding: binding)
    }

    /// What one element is, read as a tree of Foundation objects.
    private static func treeOutcome(
        _ element: Data, position: String?, file: String, plausible: PlausibleDays?, binding: ResidentBinding?
    ) -> Outcome {
        let prefix = position ?? ""
        do {
            let item: Any
            do {
                item = try JSONSerialization.jsonObject(with: element, options: [.fragmentsAllowed])
            } catch {
                let reason = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
                throw RowRule("not valid JSON (\(reason)); is the file complete?")
            }
            if let plausible, let implausible = Self.firstImplausibleDate(in: item, path: "", plausible: plausible) {
                return .problem(
                    InputProblem(
                        file: file, line: nil,
                        field: [prefix, implausible.field.rawValue].filter { !$0.isEmpty }.joined(separator: "."),
                        rule: "\(implausible.rule) [\(implausible.code)]"
                            + (implausible.offendingValue.map { "; got \"\($0)\"" } ?? "")))
            }
            return .document(try document(from: item, path: prefix, binding: binding))
        } catch let problem as RowRule {
            return .problem(InputProblem(file: file, line: nil, field: position, rule: problem.rule))
        } catch let error as DecodingError {
            return .problem(problem(error, file: file, prefix: prefix))
        } catch {
            return .problem(InputProblem(file: file, line: nil, field: position, rule: "\(error)"))
        }
    }

    /// Whether an element's bytes hold a string that may be a date or instant outside the plausible window, so that
    /// the tree walk must look (``firstImplausibleDate(in:path:plausible:)``).
    ///
    /// Every string is looked at, names included (a name never moves a report, but the tree walk then clears it): a
    /// date-shaped string whose year lies two years or more inside the window is plausible whatever its month, day
    /// or offset; one nearer the bounds is checked as the tree walk checks it. An escaped string is unescaped first
    /// unless its first ten bytes are plain and not date-shaped.
    static func mayHoldImplausibleDate(_ bytes: UnsafeRawBufferPointer, plausible: PlausibleDays) -> Bool {
        let quote = UInt8(ascii: "\"")
        let backslash = UInt8(ascii: "\\")
        let firstSafeYear = plausible.days.start.year + 2
        let lastSafeYear = plausible.days.end.map { $0.year - 2 } ?? Int.max
        let count = bytes.count
        var i = 0
        while i < count {
            guard bytes[i] == quote else {
                i += 1
                continue
            }
            let start = i + 1
            var end = start
            var escaped = false
            while end < count, bytes[end] != quote {
                if bytes[end] == backslash {
                    escaped = true
                    end += 2
                } else {
                    end += 1
                }
            }
            end = min(end, count)
            i = end + 1
            let length = end - start
            guard length >= 10, escaped || length <= 40 else { continue }
            func digit(_ offset: Int) -> Bool { bytes[start + offset] >= 0x30 && bytes[start + offset] <= 0x39 }
            let plainPrefix = !(0..<10).contains { bytes[start + $0] == backslash }
            if plainPrefix {
                guard (0..<4).allSatisfy(digit), bytes[start + 4] == 0x2D, digit(5), digit(6), bytes[start + 7] == 0x2D,
                    digit(8), digit(9)
                else { continue }
                let year = (0..<4).reduce(0) { $0 * 10 + Int(bytes[start + $1] - 0x30) }
                if year >= firstSafeYear, year <= lastSafeYear { continue }
            }
            let text: String
            if escaped {
                let token = Data(UnsafeRawBufferPointer(rebasing: bytes[(start - 1)..<min(end + 1, count)]))
                guard let unescaped = try? JSONSerialization.jsonObject(with: token, options: [.fragmentsAllowed]),
                    let string = unescaped as? String
                else { return true }
                text = string
            } else {
                text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            if implausibleDate(text, field: "", plausible: plausible) != nil { return true }
        }
        return false
    }

    /// The first string in `item`, depth first, that is a date (`YYYY-MM-DD`) or an ISO 8601 instant outside the
    /// plausible window, as the error naming its path. A string that only starts like a date (a text) is not a
    /// date; a date-shaped string that does not parse is left to the document's own decoding.
    static func firstImplausibleDate(in item: Any, path: String, plausible: PlausibleDays) -> ValidationError? {
        switch item {
        case let text as String:
            return implausibleDate(
                text, field: path.hasPrefix(".") ? String(path.dropFirst()) : path, plausible: plausible)
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

    /// The error of `text` when it is a date (`YYYY-MM-DD`) or an ISO 8601 instant (`YYYY-MM-DDThh:mm…`, 10 to 40
    /// bytes, no space) outside the plausible window, or `nil`.
    static func implausibleDate(_ text: String, field: String, plausible: PlausibleDays) -> ValidationError? {
        let utf8 = text.utf8
        guard utf8.count >= 10, utf8.count <= 40 else { return nil }
        let bytes = Array(utf8.prefix(11))
        func digit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        guard (0..<4).allSatisfy(digit), bytes[4] == 0x2D, digit(5), digit(6), bytes[7] == 0x2D, digit(8), digit(9)
        else { return nil }
        if utf8.count == 10 {
            guard let date = try? CalendarDate(iso8601: text) else { return nil }
            return plausible.problem(date, field: field)
        }
        guard bytes[10] == 0x54, !text.contains(" "), let instant = try? Instant(iso8601: text) else { return nil }
        return plausible.problem(instant, field: field)
    }

    private static func document(from item: Any, path: String, binding: ResidentBinding?) throws -> AnyDocument {
        guard let object = item as? [String: Any] else { throw RowRule("a document is a JSON object") }
        if let kind = object["kind"] as? String, var document = object["document"] {
            if let bound = object["resident"] {
                guard bindableKinds.contains(DocumentKind(rawValue: kind)) else {
                    throw RowRule("only a care-plan may be bound to a resident by \"resident\"")
                }
                guard let text = bound as? String, let cpr = try? CPRNumber(text) else {
                    throw RowRule("\"resident\" is the CPR number of a stored resident (10 digits)")
                }
                if let binding, var fields = document as? [String: Any] {
                    guard let id = binding.resident(cpr) else {
                        throw RowRule(
                            "no resident with the CPR number in \"resident\" in the store; import it with "
                                + "'brobygger import residents' first")
                    }
                    fields["resident"] = id.uuidString
                    document = fields
                }
            }
            // Foundation stops the process on a value that is not an object or array, so `"document": null` or
            // `"document": "text"` is refused here.
            guard JSONSerialization.isValidJSONObject(document) else {
                throw RowRule("\"document\" is a JSON object, the document itself")
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
