import BrobyggerCore

extension CollaborationAgreement: StorableDocument {
    /// Stores file collaboration agreements under this kind.
    public static let documentKind: DocumentKind = "collaboration-agreement"

    /// The terms in force or, for a draft, the terms proposed.
    private var currentTerms: AgreementTerms? { history?.currentDocument.terms ?? draft?.terms }

    /// Listed by template and by every party organisation (the psychiatric centre, the facility, the team).
    public var indexKeys: [IndexKey] {
        var keys = [IndexKey("template", template.identifier)]
        for party in currentTerms?.parties ?? [] { keys.append(IndexKey("party", party.organisation.id)) }
        return keys
    }

    /// From the first version's effective date to the end date, when notice has been given.
    public var indexPeriod: DayRange? {
        guard let start = history?.versions.first?.document.effectiveFrom else { return nil }
        return try? DayRange(start: start, end: endDate)
    }
}
