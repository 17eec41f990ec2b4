import Foundation

/// Reads the reference CSV files copied into the test bundle: `#` lines are comments, the first other line is the
/// header, fields follow RFC 4180 quoting.
struct ReferenceCSV {
    let header: [String]
    let rows: [[String: String]]

    init(resource name: String) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
            .map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let names = Self.fields(lines[0])
        header = names
        rows = lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(names, Self.fields(line)))
        }
    }

    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(current)
                current = ""
            default: current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
