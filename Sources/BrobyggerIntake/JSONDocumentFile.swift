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
    /// The most problems listed for one file; after that the rest of the file is not checked.
    public static let maximumProblems = 100

    /// The document kinds that may be bound to a resident by CPR number.
    public static let bindableKinds: Set<DocumentKind> = [CoordinatedCarePlan.documentKind]

    /// The documents of a file, or the problems that made it unreadable.
    ///
    /// - Parameter resident: Finds the stored resident with a CPR number, for documents bound by `"resident"`;
    ///   `nil` to keep the documents' own resident identifiers (checking a file without a store).
    public static func read(
        _ data: Data, file: String, resident: ((CPRNumber) -> Resident.ID?)? = nil
    ) throws(InputProblems) -> [AnyDocument] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let reason = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw InputProblems(problems: [
                InputProblem(
                    file: file, line: nil, field: nil, rule: "not valid JSON (\(reason)); is the file complete?")
            ])
        }
        var documents: [AnyDocument] = []
        var problems: [InputProblem] = []
        let items: [(String, Any)]
        if let array = object as? [Any] {
            items = array.enumerated().map { ("[\($0.offset)]", $0.element) }
        } else {
            items = [("", object)]
        }
        for (position, (prefix, item)) in items.enumerated() {
            // An error flood (every document of a huge file broken the same way) stops at a bounded list.
            guard problems.count < maximumProblems else {
                problems.append(
                    InputProblem(
                        file: file, line: nil, field: prefix.isEmpty ? nil : prefix,
                        rule: "\(maximumProblems) problems found; the \(items.count - position) documents from here "
                            + "on were not checked; fix these first"))
                break
            }
            do {
                documents.append(try document(from: item, path: prefix, resident: resident))
            } catch let problem as RowRule {
                problems.append(
                    InputProblem(file: file, line: nil, field: prefix.isEmpty ? nil : prefix, rule: problem.rule))
            } catch let error as DecodingError {
                problems.append(problem(error, file: file, prefix: prefix))
            } catch {
                problems.append(InputProblem(file: file, line: nil, field: nil, rule: "\(error)"))
            }
        }
        guard problems.isEmpty else { throw InputProblems(problems: problems) }
        return documents
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
