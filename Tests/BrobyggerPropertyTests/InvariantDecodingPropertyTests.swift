import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Property: JSON can never build a value its initialiser would reject. A valid encoding of a generated document is
/// broken in one place (a seeded choice among every place the rule applies), and decoding must fail with a
/// `DecodingError.dataCorrupted` whose coding path ends at exactly that field and whose description names the rule's
/// stable code, without ever repeating a full CPR number.
struct InvariantDecodingPropertyTests {
    /// One step of a path into a JSON tree.
    enum Step: Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }
    }

    /// A way to break an invariant in a JSON object: returns the broken object and the key that now breaks it, or
    /// `nil` where the rule does not apply.
    struct Mutation: CustomStringConvertible, Sendable {
        let description: String
        /// The document kinds it applies to.
        let kinds: Set<DocumentKind>
        /// The code the error must name (a prefix: `cpr.` accepts every CPR rule).
        let code: String
        /// The fewest cases the corpus must give (hundreds, except where a region has only a few such documents).
        var minimumCases = 100
        let mutate: @Sendable ([String: Any]) -> (object: [String: Any], key: String)?
    }

    static let mutations: [Mutation] = [
        Mutation(
            description: "an effort due before it starts", kinds: [CoordinatedCarePlan.documentKind],
            code: "careplan.effort-due-before-start"
        ) { object in
            guard let start = object["start"] as? String, object["due"] != nil, object["title"] != nil,
                let day = CalendarDate(start)
            else { return nil }
            var broken = object
            broken["due"] = day.adding(days: -1).iso8601
            return (broken, "due")
        },
        Mutation(
            description: "a CPR number with an impossible birth date", kinds: [ResidentRecord.documentKind],
            code: "cpr."
        ) { object in
            guard let person = object["person"] as? String, person.count == 10 else { return nil }
            var broken = object
            broken["person"] = "32" + person.dropFirst(2)
            return (broken, "person")
        },
        Mutation(
            description: "an unknown municipality code",
            kinds: [ResidentRecord.documentKind, ResidentialFacility.documentKind], code: "municipality."
        ) { object in
            for key in ["actingMunicipality", "municipality"] where object[key] is String {
                var broken = object
                broken[key] = "0001"
                return (broken, key)
            }
            return nil
        },
        Mutation(
            description: "a GAF score above 100", kinds: [ResidentRecord.documentKind], code: "gaf.out-of-range"
        ) { object in
            guard object["assessedOn"] != nil, object["value"] is Int else { return nil }
            var broken = object
            broken["value"] = 101
            return (broken, "value")
        },
        Mutation(
            description: "a period that ends before it starts", kinds: [ResidentRecord.documentKind],
            code: "range.end-before-start"
        ) { object in
            guard let start = (object["start"] as? String).flatMap(CalendarDate.init), object["title"] == nil,
                object.count <= 2
            else { return nil }
            var broken = object
            broken["end"] = start.adding(days: -3).iso8601
            return (broken, "end")
        },
        Mutation(
            description: "a survey round that closes before it opens",
            kinds: [RelationalCoordinationRoundResponses.documentKind], code: "rc.round.closes-before-opens",
            minimumCases: 6
        ) { object in
            guard let opens = (object["opens"] as? String).flatMap(CalendarDate.init), object["closes"] != nil else {
                return nil
            }
            var broken = object
            broken["closes"] = opens.adding(days: -1).iso8601
            return (broken, "closes")
        },
        Mutation(
            description: "a facility without places", kinds: [ResidentialFacility.documentKind],
            code: "facility.invalid-capacity", minimumCases: 30
        ) { object in
            guard object["capacity"] is Int, object["legalBasis"] != nil else { return nil }
            var broken = object
            broken["capacity"] = 0
            return (broken, "capacity")
        },
    ]

    /// Decodes a document of a kind as its type.
    static func decode(_ kind: DocumentKind, _ data: Data) throws {
        let decoder = JSONDecoder()
        switch kind {
        case CoordinatedCarePlan.documentKind: _ = try decoder.decode(CoordinatedCarePlan.self, from: data)
        case ResidentRecord.documentKind: _ = try decoder.decode(ResidentRecord.self, from: data)
        case ResidentialFacility.documentKind: _ = try decoder.decode(ResidentialFacility.self, from: data)
        case RelationalCoordinationRoundResponses.documentKind:
            _ = try decoder.decode(RelationalCoordinationRoundResponses.self, from: data)
        default: Issue.record("no decoder for \(kind)")
        }
    }

    @Test(arguments: mutations)
    func decodingRejectsABrokenInvariantAndNamesTheField(_ mutation: Mutation) throws {
        var cases = 0
        for seed in PropertyCorpus.seeds {
            let corpus = try #require(PropertyCorpus.all[seed])
            var random = SyntheticRegionRandom(seed: seed)
            for kind in mutation.kinds.sorted() {
                for (index, document) in (corpus.documents[kind] ?? []).enumerated() {
                    let data = try PropertyJSON.encoder().encode(document)
                    let tree = try JSONSerialization.jsonObject(with: data)
                    var sites: [[Step]] = []
                    Self.collect(tree, path: [], mutation: mutation, into: &sites)
                    guard !sites.isEmpty else { continue }
                    let site = random.pick(sites)
                    let (broken, key) = Self.apply(mutation, at: site, in: tree)
                    let brokenData = try JSONSerialization.data(withJSONObject: broken)
                    let expectedPath = (site + [.key(key)]).map(\.description)
                    let label = "seed \(seed), \(kind)[\(index)], \(mutation) at \(expectedPath.joined(separator: "."))"
                    cases += 1
                    do {
                        try Self.decode(kind, brokenData)
                        Issue.record("\(label): decoded without error")
                    } catch DecodingError.dataCorrupted(let context) {
                        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
                        #expect(path == expectedPath, "\(label): the error names \(path.joined(separator: "."))")
                        #expect(
                            context.debugDescription.contains("[\(mutation.code)"),
                            "\(label): \(context.debugDescription)")
                        let digits = Self.cprNumbers(in: data)
                        #expect(
                            !digits.contains { context.debugDescription.contains($0) },
                            "\(label): the error repeats a CPR number")
                    } catch {
                        Issue.record("\(label): \(error)")
                    }
                }
            }
        }
        #expect(cases >= mutation.minimumCases, "only \(cases) cases for \(mutation)")
    }

    /// The paths of every object in `tree` the mutation applies to.
    static func collect(_ tree: Any, path: [Step], mutation: Mutation, into sites: inout [[Step]]) {
        if let object = tree as? [String: Any] {
            if mutation.mutate(object) != nil { sites.append(path) }
            for key in object.keys.sorted() {
                collect(object[key]!, path: path + [.key(key)], mutation: mutation, into: &sites)
            }
        } else if let array = tree as? [Any] {
            for (index, element) in array.enumerated() {
                collect(element, path: path + [.index(index)], mutation: mutation, into: &sites)
            }
        }
    }

    /// The tree with the object at `path` mutated, and the key that breaks the rule.
    static func apply(_ mutation: Mutation, at path: [Step], in tree: Any) -> (tree: Any, key: String) {
        guard let first = path.first else {
            let result = mutation.mutate(tree as! [String: Any])!
            return (result.object, result.key)
        }
        switch first {
        case .key(let key):
            var object = tree as! [String: Any]
            let (inner, broken) = apply(mutation, at: Array(path.dropFirst()), in: object[key]!)
            object[key] = inner
            return (object, broken)
        case .index(let index):
            var array = tree as! [Any]
            let (inner, broken) = apply(mutation, at: Array(path.dropFirst()), in: array[index])
            array[index] = inner
            return (array, broken)
        }
    }

    /// The ten-digit `person` values in an encoding: the CPR numbers it carries.
    static func cprNumbers(in data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        let pattern = try! NSRegularExpression(pattern: "\"person\":\"([0-9]{10})\"")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
