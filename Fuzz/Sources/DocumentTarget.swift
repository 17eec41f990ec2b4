import Brobygger
import Foundation

/// The JSON decoder of every storable document, and of a stored revision (what a file store reads back).
///
/// Properties: a decoded document encodes, decodes again and is equal (its invariants were checked on decoding, so
/// re-decoding cannot fail); its storage key and index keys can be computed; no decoding error shows a CPR number
/// of the input.
enum DocumentTarget {
    /// The decoders, in the order the first input byte selects them.
    static let decoders: [(name: String, decode: @Sendable (Data, PersonalNumbers) -> Void)] = [
        ("resident-record", roundTrip(ResidentRecord.self)),
        ("facility", roundTrip(ResidentialFacility.self)),
        ("team", roundTrip(OutreachTeam.self)),
        ("organisation", roundTrip(Organisation.self)),
        ("care-plan", roundTrip(CoordinatedCarePlan.self)),
        ("discharge-agreement", roundTrip(DischargeAgreement.self)),
        ("coordination-plan", roundTrip(CoordinationPlan.self)),
        ("collaboration-agreement", roundTrip(CollaborationAgreement.self)),
        ("rc-round-responses", roundTrip(RelationalCoordinationRoundResponses.self)),
        ("organisation-revision", roundTripRevision(Organisation.self)),
    ]

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let input = bytes.dropFirst()
        decoders[Int(selector) % decoders.count].decode(Data(input), PersonalNumbers(in: input))
    }

    static func roundTrip<Document: StorableDocument>(_ type: Document.Type)
        -> @Sendable (Data, PersonalNumbers) -> Void
    {
        { data, personal in
            let document: Document
            do {
                document = try JSONDecoder().decode(Document.self, from: data)
            } catch {
                personal.requireMasked(error: error, in: "the \(Document.self) decoding error")
                return
            }
            requireJSONRoundTrip(document, "\(Document.self)")
            require(!Document.documentKind.rawValue.isEmpty, "a document kind has a name")
            _ = document.id.storageKey
            _ = document.indexKeys
            _ = document.indexPeriod
        }
    }

    static func roundTripRevision<Document: StorableDocument>(_ type: Document.Type)
        -> @Sendable (Data, PersonalNumbers) -> Void
    {
        { data, personal in
            let revision: Revision<Document>
            do {
                revision = try JSONDecoder().decode(Revision<Document>.self, from: data)
            } catch {
                personal.requireMasked(error: error, in: "the revision decoding error")
                return
            }
            require(revision.number >= 1, "a revision number starts at 1")
            requireJSONRoundTrip(revision, "Revision<\(Document.self)>")
        }
    }
}
