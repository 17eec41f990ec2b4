import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// One thing wrong with an input file: where (file, line, column or field) and which rule it breaks.
///
/// Input problems are what `brobygger import`, `rc report` and `validate` print, one per line, before exiting with
/// ``ExitCode/input``. The text never contains a CPR number unmasked: values are quoted only through the SDK's
/// masked descriptions.
public struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as named on the command line.
    public var file: String
    /// The 1-based line the problem is on (the first line of a multi-line record), if it concerns one.
    public var line: Int?
    /// The column (a CSV column name, `column 3`, or a JSON field path), if known.
    public var field: String?
    /// The rule that was broken, in English.
    public var rule: String

    /// A problem at `file`, `line` and `field` breaking `rule`.
    public init(file: String, line: Int?, field: String?, rule: String) {
        self.file = file
        self.line = line
        self.field = field
        self.rule = rule
    }

    /// `file:line: field: rule`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(field): " }
        return PersonIdentifier.maskingNumbers(in: text + rule)
    }
}
