import Brobygger

/// One thing wrong with an input file: where (file, line, column or field) and which rule it breaks.
///
/// Input problems are what `brobygger import`, `rc report` and `validate` print, one per line, before exiting with
/// ``ExitCode/input``. The text never contains a CPR number unmasked: values are quoted only through the SDK's
/// masked descriptions.
struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as named on the command line.
    var file: String
    /// The 1-based line the problem is on (the first line of a multi-line record), if it concerns one.
    var line: Int?
    /// The column (a CSV column name, `column 3`, or a JSON field path), if known.
    var field: String?
    /// The rule that was broken, in English.
    var rule: String

    /// `file:line: field: rule`.
    var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(field): " }
        return PersonIdentifier.maskingNumbers(in: text + rule)
    }
}
