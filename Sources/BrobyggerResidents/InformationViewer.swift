import BrobyggerCore

/// Someone who wants to see information about a resident: a professional in an organisation, or a relative.
public struct InformationViewer: Sendable, Hashable, Codable {
    /// The organisation the viewer works in (for a relative, the organisation presenting the view).
    public var organisation: Organisation.ID
    /// The kind of that organisation.
    public var organisationKind: OrganisationKind
    /// The professional, if the viewer is one.
    public var professional: Professional.ID?
    /// The relative, if the viewer is one.
    public var relative: Relative.ID?

    /// Creates a viewer.
    public init(
        organisation: Organisation.ID, organisationKind: OrganisationKind, professional: Professional.ID? = nil,
        relative: Relative.ID? = nil
    ) {
        self.organisation = organisation
        self.organisationKind = organisationKind
        self.professional = professional
        self.relative = relative
    }
}
