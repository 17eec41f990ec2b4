import Foundation

/// Walks values with `Mirror` and round-trips every Brobygger value found inside them on its own, counting the
/// cases per type: so one generated document tests each of the many value types it is made of, and the census tells
/// which public Codable types the generated data reaches.
struct ValueCensus {
    /// How many values of each type (by its name without module, e.g. `CarePlanEffort` or `CourseEvent.Amendment`)
    /// were round-tripped.
    private(set) var cases: [String: Int] = [:]
    /// The failing cases by type name, each with the path to the value.
    private(set) var failures: [String: [String]] = [:]
    /// Types whose second encoding differed from the first only in the order of array elements (hash order).
    private(set) var hashOrdered: [String: Int] = [:]
    /// Values of one type round-tripped at most this often (the walk still descends into the rest).
    var limitPerType = 150

    /// Round-trips `value` and every Brobygger value inside it.
    mutating func check(_ value: Any, label: String) {
        walk(value, path: label, depth: 0)
    }

    private mutating func walk(_ value: Any, path: String, depth: Int) {
        let type = Swift.type(of: value)
        var qualified = String(reflecting: type)
        // A type declared in an extension in another module reads `(extension in Module):Owner.Type`.
        if qualified.hasPrefix("(extension in "), let colon = qualified.firstIndex(of: ":") {
            qualified = String(qualified[qualified.index(after: colon)...])
        }
        if qualified.hasPrefix("Brobygger"), let codable = value as? any Codable & Equatable {
            let name = Self.name(ofType: qualified)
            if cases[name, default: 0] < limitPerType {
                cases[name, default: 0] += 1
                if let failure = PropertyJSON.roundTripFailure(codable) {
                    if failure.hasPrefix(PropertyJSON.orderOnly) {
                        hashOrdered[name, default: 0] += 1
                    } else {
                        failures[name, default: []].append("\(path): \(failure)")
                    }
                }
            }
        }
        guard depth < 40 else { return }
        let mirror = Mirror(reflecting: value)
        for (index, child) in mirror.children.enumerated() {
            walk(child.value, path: path + "." + (child.label ?? String(index)), depth: depth + 1)
        }
    }

    /// The failures, one line per type with its count and its first case.
    func summary() -> String {
        failures.keys.sorted().map { name in
            "\(name): \(failures[name]!.count) failing cases; the first:\n\(failures[name]![0])"
        }.joined(separator: "\n\n")
    }

    /// `BrobyggerCore.Identifier<BrobyggerResidents.Resident>` → `Identifier`;
    /// `BrobyggerResidents.CourseEvent.Amendment` → `CourseEvent.Amendment`.
    static func name(ofType qualified: String) -> String {
        var text = qualified
        if let generic = text.firstIndex(of: "<") { text = String(text[..<generic]) }
        let parts = text.split(separator: ".")
        return parts.dropFirst().joined(separator: ".")
    }
}
