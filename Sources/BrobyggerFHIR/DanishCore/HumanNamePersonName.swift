import BrobyggerCore

extension FHIR.HumanName {
    /// The official name of a person: family name, and the given names as one `given` entry.
    public init(name: PersonName, use: FHIR.NameUse = .official) {
        self.init(
            use: use, family: name.family.isEmpty ? nil : name.family, given: name.given.isEmpty ? [] : [name.given])
    }

    /// The name as a `PersonName`: the given names joined by spaces, and the family name.
    ///
    /// - Throws: ``FHIRError/invalidValue(path:code:rule:offendingValue:)`` when `PersonName` rejects the parts
    ///   (both blank).
    public func personName() throws(FHIRError) -> PersonName {
        do {
            return try PersonName(given: given.joined(separator: " "), family: family ?? "")
        } catch {
            throw FHIRError(error, at: .root)
        }
    }
}
