import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Round trips of the public Codable values the synthetic data does not contain: generated here from seeds.
struct ExplicitRoundTripPropertyTests {
    /// The types these tests round-trip.
    static let coveredTypes: Set<String> = []
}
