import Brobygger
import Foundation
import Testing

@testable import BrobyggerIntake

@Suite("Stable identifiers")
struct StableIdentifierTests {
    @Test(
        "SHA-1 matches the FIPS 180-4 test vectors",
        arguments: [
            ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
            ),
        ])
    func sha1(_ input: String, _ digest: String) {
        #expect(SHA1.hash(Array(input.utf8)).map { String(format: "%02x", $0) }.joined() == digest)
    }

    @Test("a UUID is kept; other ids give the same version 5 UUID per kind every time")
    func identifiers() {
        let uuid = "3f2b8c1e-0a4d-4e6f-9b1a-2c3d4e5f6a7b"
        #expect(StableIdentifier.make(uuid, kind: "organisation", as: Organisation.self).uuidString == uuid)
        let ward: Organisation.ID = StableIdentifier.make("ward-7", kind: "organisation")
        #expect(ward == StableIdentifier.make("ward-7", kind: "organisation"))
        #expect(ward != StableIdentifier.make("ward-7", kind: "event", as: Organisation.self))
        #expect(Array(ward.uuidString)[14] == "5")
        #expect("89ab".contains(Array(ward.uuidString)[19]))
    }
}
