import BrobyggerCore

extension FHIR.Identifier: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Whether the identifier is a person's (CPR, X-eCPR or D-eCPR): personal data, masked in every rendering.
    public var isPersonal: Bool {
        guard let system else { return false }
        return system == CPRNumber.fhirSystem || ReplacementPersonNumber.kind(forSystem: system) != nil
    }

    /// The value as it may be shown: `DDMMYY-xxxx` for a person's identifier, otherwise the value itself.
    public var displayValue: String? {
        guard let value else { return nil }
        return isPersonal ? PersonIdentifier.masking(value) : value
    }

    /// `system|value`, with a person's identifier masked.
    public var description: String { "\(system ?? "")|\(displayValue ?? "")" }

    /// `Identifier(system|value)`, with a person's identifier masked.
    public var debugDescription: String { "Identifier(\(description))" }

    /// Reflection (`dump`) shows the system and the masked value only.
    public var customMirror: Mirror {
        Mirror(self, children: ["system": system as Any, "value": displayValue as Any, "use": use as Any])
    }
}
