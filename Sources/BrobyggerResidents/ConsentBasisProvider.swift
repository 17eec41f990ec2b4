import BrobyggerCore
import Foundation

/// Access bases from the residents' consents to share (VIVE 2023, afsnit 5.2.2.2), for the `AccessGateway`.
///
/// A consent in force that names the reader's organisation, organisation kind, professional or relative, and covers
/// the information a field group holds, is a `.consent` basis. A consent whose condition needs a person's judgement
/// (a described condition) is not: the gateway refuses, and the decision stays with a person. A consent given while
/// admitted counts only while `isAdmitted` says the resident is.
public struct ConsentBasisProvider: AccessBasisProvider {
    /// The consents.
    public let register: ConsentRegister
    /// Whether a resident is admitted on a date, for consents that hold only during admission.
    public let isAdmitted: @Sendable (Resident.ID, CalendarDate) -> Bool

    /// Creates a provider over a consent register.
    public init(
        register: ConsentRegister,
        isAdmitted: @escaping @Sendable (Resident.ID, CalendarDate) -> Bool = { _, _ in false }
    ) {
        self.register = register
        self.isAdmitted = isAdmitted
    }

    /// The information a field group holds, in the consent vocabulary; `nil` for groups no consent can open
    /// (identity, contact, care plans, discharge documents and purely private matters have their own bases).
    public static func information(for group: FieldGroup) -> SharedInformation? {
        switch group {
        case .goalsAndWishes: .goalsAndWishes
        case .effortIntensity: .effortIntensity
        case .psychiatricTreatment: .psychiatricTreatment
        case .socialSupport: .socialSupport
        case .admissionsAndDischarges: .admissionsAndDischarges
        case .diagnoses: .diagnoses
        case .medication: .medication
        default: nil
        }
    }

    /// The kind of organisation a role acts for.
    public static func organisationKind(of role: AccessRole) -> OrganisationKind {
        switch role {
        case .facilityStaff: .residentialFacility
        case .teamNurse, .teamDoctor: .outreachTeam
        case .wardStaff: .ward
        case .municipalCaseWorker: .municipality
        case .resident, .proxy, .administrator: .other
        }
    }

    /// Stands for "no organisation" (a relative reading as proxy): the nil UUID, which no consent names.
    private static let noOrganisation = Organisation.ID(
        rawValue: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

    /// The consent bases the reader has for a group about a resident on a date.
    public func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]
    {
        guard let information = Self.information(for: group), let key = subject.resident,
            let resident = try? Resident.ID(uuidString: key)
        else { return [] }
        let viewer = InformationViewer(
            organisation: accessor.organisation ?? Self.noOrganisation,
            organisationKind: Self.organisationKind(of: accessor.role), professional: accessor.professional,
            relative: accessor.relative)
        let decision = register.decision(
            for: information, about: resident, viewer: viewer, recordedBy: nil, on: date,
            isAdmitted: isAdmitted(resident, date))
        if case .permitted(let consent) = decision { return [.consent(reference: consent.storageKey)] }
        return []
    }
}

/// Access bases from residents' designations of a proxy (*stedfortræder*): a proxy acting for the resident while
/// the designation is in force.
public struct ProxyBasisProvider: AccessBasisProvider {
    /// Each resident's designated proxy.
    public let designations: [Resident.ID: DesignatedProxy]

    /// Creates a provider from residents.
    public init(residents: [Resident]) {
        var designations: [Resident.ID: DesignatedProxy] = [:]
        for resident in residents { designations[resident.id] = resident.proxy }
        self.designations = designations
    }

    /// A `.designatedProxy` basis when the reader is the resident's proxy in force on the date.
    public func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]
    {
        guard accessor.role == .proxy, let relative = accessor.relative, let key = subject.resident,
            let resident = try? Resident.ID(uuidString: key), let proxy = designations[resident],
            proxy.relative == relative, proxy.isInForce(on: date)
        else { return [] }
        return [.designatedProxy(relative: relative)]
    }
}
