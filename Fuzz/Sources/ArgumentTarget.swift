import BrobyggerCommandLine
import Foundation

/// The tool's command-line parser; the input is the arguments separated by zero bytes.
///
/// Properties: those of `FuzzEntryPoints.arguments`, and no usage error or help shows a CPR number of the
/// arguments unmasked.
enum ArgumentTarget {
    static func run(_ bytes: [UInt8]) {
        let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        let outcome = FuzzEntryPoints.arguments(bytes.isEmpty ? [] : arguments)
        require(outcome.violations.isEmpty, outcome.violations.joined(separator: "; "))
        let personal = PersonalNumbers(in: bytes)
        for message in outcome.messages { personal.requireMasked(message, in: "a command-line message") }
    }
}
