import BrobyggerCommandLine
import Foundation

/// The tool's input files: the RFC 4180 reader on its own, then each import format (the five CSV kinds, RC
/// responses, JSON documents, MedCom bundles) planned against the demo region.
///
/// Properties: those of `FuzzEntryPoints.csv` and `FuzzEntryPoints.importFile`, and no problem, finding or report
/// shows a CPR number of the input unmasked.
enum ImportTarget {
    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let input = Data(bytes.dropFirst())
        let choice = Int(selector) % (FuzzEntryPoints.importKinds.count + 1)
        let outcome =
            choice == 0
            ? FuzzEntryPoints.csv(input)
            : FuzzEntryPoints.importFile(kind: FuzzEntryPoints.importKinds[choice - 1], data: input)
        let what = choice == 0 ? "csv" : FuzzEntryPoints.importKinds[choice - 1]
        require(outcome.violations.isEmpty, "\(what): \(outcome.violations.joined(separator: "; "))")
        let personal = PersonalNumbers(in: bytes.dropFirst())
        for message in outcome.messages { personal.requireMasked(message, in: "a \(what) import message") }
    }
}
