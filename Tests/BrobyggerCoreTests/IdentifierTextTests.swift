import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

/// Identifiers read and write their text without Foundation's parser; they must agree with Foundation exactly.
@Suite("Identifier text")
struct IdentifierTextTests {
    struct Owner {}

    @Test("reading and writing agree with Foundation for a thousand identifiers, in either case")
    func agreesWithFoundation() throws {
        for n in UInt64(0)..<1_000 {
            let uuid = n.isMultiple(of: 2) ? UUID() : SequentialIdentifierSource.uuid(seed: 9, value: n)
            let identifier = Identifier<Owner>(rawValue: uuid)
            #expect(identifier.uuidString == uuid.uuidString.lowercased())
            #expect(try Identifier<Owner>(uuidString: uuid.uuidString).rawValue == uuid)
            #expect(try Identifier<Owner>(uuidString: uuid.uuidString.lowercased()).rawValue == uuid)
            let decoded = try JSONDecoder().decode(Identifier<Owner>.self, from: JSONEncoder().encode(identifier))
            #expect(decoded == identifier)
        }
    }

    @Test(
        "text that is not a UUID is refused as Foundation refuses it",
        arguments: [
            "", "0", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
            "123e4567e89b-12d3-a456-4266141740000", "123e4567-e89b-12d3-a456_426614174000",
            "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}",
            " 123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400é",
        ])
    func refusesWhatFoundationRefuses(text: String) {
        #expect(UUID(uuidString: text) == nil)
        #expect(throws: ValidationError.self) { try Identifier<Owner>(uuidString: text) }
    }
}
