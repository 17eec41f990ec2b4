import BrobyggerCore

extension FHIR.Patient {
    /// A dk-core patient identified by a CPR or replacement number, optionally with an official name.
    ///
    /// - Parameters:
    ///   - id: The resource id.
    ///   - personIdentifier: The CPR number or replacement number.
    ///   - name: The person's name, written as the official name (dk-core requires its family name).
    public init(id: FHIR.ID? = nil, personIdentifier: PersonIdentifier, name: PersonName? = nil) {
        self.init(
            id: id, identifier: [FHIR.Identifier(personIdentifier)],
            name: name.map { [FHIR.HumanName(name: $0)] } ?? [])
    }

    /// The person's CPR number, or else replacement number, read from the dk-core identifier slices; `nil` when the
    /// patient has neither.
    ///
    /// A CPR number is preferred to a replacement number, as dk-core orders the slices.
    ///
    /// - Throws: ``FHIRError`` at `identifier[i].value` when a CPR or eCPR identifier is missing its value or breaks
    ///   its rules (the offending value masked).
    public func personIdentifier() throws(FHIRError) -> PersonIdentifier? {
        var replacement: PersonIdentifier?
        for (index, identifier) in identifier.enumerated() {
            let person: PersonIdentifier?
            do {
                person = try identifier.personIdentifier()
            } catch {
                throw error.nested(under: FieldPath("identifier").appending(index: index))
            }
            switch person {
            case .cpr?: return person
            case .replacement?: if replacement == nil { replacement = person }
            case nil: continue
            }
        }
        return replacement
    }
}

extension PersonIdentifier {
    /// The person identifier of a FHIR patient (dk-core CPR, X-eCPR or D-eCPR identifier).
    ///
    /// - Throws: ``FHIRError/missingElement(path:)`` at `identifier` when the patient has none, or the error of
    ///   `FHIR.Patient.personIdentifier()`.
    public init(_ patient: FHIR.Patient) throws(FHIRError) {
        guard let person = try patient.personIdentifier() else {
            throw .missingElement(path: "identifier")
        }
        self = person
    }
}
