import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Property: for every public Codable value, `decode(encode(x)) == x` and `encode(decode(encode(x)))` is the same
/// bytes as `encode(x)`. Checked for every storable document of every kind, and through `ValueCensus` for every
/// Brobygger value inside them and inside the generated reports, registers and boards, over several seeds.
struct JSONRoundTripPropertyTests {
    /// Every document of every kind round-trips on its own, in a stored revision and in a revision history.
    @Test(arguments: PropertyCorpus.seeds)
    func everyStorableDocumentRoundTrips(seed: UInt64) throws {
        let corpus = try #require(PropertyCorpus.all[seed])
        var failures: [String] = []
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Ejnar", family: "Egholm")),
            instant: try Instant(date: CalendarDate(iso8601: "2026-03-02"), hour: 9))
        for (kind, index, document) in corpus.allDocuments {
            if let failure = PropertyJSON.roundTripFailure(document) {
                failures.append("seed \(seed), \(kind)[\(index)]: \(failure)")
            }
            if let failure = Self.revisionFailure(document, provenance: provenance) {
                failures.append("seed \(seed), \(kind)[\(index)] as a revision: \(failure)")
            }
        }
        // A case that only re-encodes in another order counts too: the same document must be written the same way.
        #expect(
            failures.isEmpty,
            "\(failures.count) failing cases; the first:\n\(failures.prefix(3).joined(separator: "\n"))")
        // Hundreds of cases: every kind is represented, most by dozens of documents.
        #expect(corpus.allDocuments.count >= 400)
        for (kind, documents) in corpus.documents {
            #expect(!documents.isEmpty, "seed \(seed) generated no \(kind)")
        }
    }

    /// The document inside a `Revision` and a two-version `RevisionHistory`, as stores keep it.
    static func revisionFailure<Document: StorableDocument>(_ document: Document, provenance: Provenance) -> String? {
        let history = RevisionHistory(initial: document, provenance: provenance)
        guard let later = try? history.appending(document, provenance: provenance) else {
            return "appending a version failed"
        }
        return PropertyJSON.roundTripFailure(history.current) ?? PropertyJSON.roundTripFailure(later)
    }

    /// Every Brobygger value inside the documents and the generated reports round-trips on its own.
    @Test(arguments: PropertyCorpus.seeds)
    func everyValueInsideRoundTrips(seed: UInt64) throws {
        let corpus = try #require(PropertyCorpus.all[seed])
        let census = Self.census(of: corpus)
        #expect(census.failures.isEmpty, "seed \(seed):\n\(census.summary())")
        // Values holding a `Set` or a dictionary with non-string keys encode them in a fixed order, so the same
        // value is written the same way in every process (a hash-order encoding differs with the hash seed).
        #expect(census.hashOrdered.isEmpty, "encodings in hash order: \(census.hashOrdered.keys.sorted())")
        #expect(census.cases.count >= 100, "the corpus reaches only \(census.cases.count) types")
    }

    /// The census of everything in a corpus.
    static func census(of corpus: PropertyCorpus) -> ValueCensus {
        var census = ValueCensus()
        for (kind, index, document) in corpus.allDocuments { census.check(document, label: "\(kind)[\(index)]") }
        for (label, value) in corpus.values { census.check(value, label: label) }
        return census
    }
}
