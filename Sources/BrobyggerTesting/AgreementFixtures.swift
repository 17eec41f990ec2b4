import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import Foundation

/// Ready-made parties, terms and signatures for tests and examples of collaboration agreements.
///
/// The parties come from ``SampleNetwork`` (Psykiatrisk Center Strandparken, its outreach team and Bostedet
/// Kastanjehuset), so agreements line up with the other modules' fixtures. Every value is fixed (identifiers, dates,
/// names), so renderings and tests are reproducible. The intensified-effort criteria are examples of the kind Region
/// Hovedstadens Psykiatri describes, not criteria any team has agreed.
public enum AgreementFixtures {
    /// The sample network the parties are taken from.
    public static let network = SampleNetwork()

    /// The seed of the identifiers this type makes, apart from the sample network's.
    public static let identifierSeed: UInt32 = 0xA6

    /// A fixed identifier: the `number`th of a ``SequentialIdentifierSource`` with ``identifierSeed``.
    public static func identifier<Owner>(_ number: Int, as owner: Owner.Type = Owner.self) -> Identifier<Owner> {
        Identifier(rawValue: SequentialIdentifierSource.uuid(seed: identifierSeed, value: UInt64(number)))
    }

    /// A date from `YYYY-MM-DD`; traps on a malformed literal, which is a mistake in the test itself.
    public static func date(_ iso8601: String) -> CalendarDate {
        try! CalendarDate(iso8601: iso8601)
    }

    /// The psychiatric centre (Psykiatrisk Center Strandparken).
    public static var psychiatricCentre: Organisation { network.psychiatricCentre }

    /// The centre's outreach team (Botilbudsteam Strandparken).
    public static var outreachTeam: Organisation { network.outreachTeam }

    /// The long-term residential facility (Bostedet Kastanjehuset).
    public static var facility: Organisation { network.longTermFacility }

    /// Another residential facility in Københavns Kommune with the given name, identified by `number`.
    public static func facility(named name: String, number: Int) -> Organisation {
        let copenhagen = try! MunicipalityCode("0101")
        return try! Organisation(
            id: identifier(number), kind: .residentialFacility, name: name,
            identifiers: OrganisationIdentifiers(municipality: copenhagen),
            address: PostalAddress(lines: ["Eksempelvej \(number)"], postalCode: "2300", city: "København S"))
    }

    /// The parties of a Region Hovedstaden agreement: centre, team and `facility`.
    public static func parties(facility: Organisation = facility) -> [AgreementParty] {
        [
            AgreementParty(role: .psychiatricCentre, organisation: psychiatricCentre),
            AgreementParty(role: .outreachTeam, organisation: outreachTeam),
            AgreementParty(role: .facility, organisation: facility),
        ]
    }

    /// Example criteria for joint intensified effort, one acute and one sub-acute.
    public static let exampleCriteria: [IntensifiedEffortCriterion] = [
        try! IntensifiedEffortCriterion(
            id: "medication-refusal", title: "Afviser medicin i mere end to døgn",
            details: "Botilbuddet kontakter teamet samme dag.", acuity: .acute),
        try! IntensifiedEffortCriterion(
            id: "withdrawal", title: "Trækker sig fra fællesskab og aftaler",
            details: "Tages op på næste beboeroverbliksmøde.", acuity: .subacute),
    ]

    /// Terms of a Region Hovedstaden agreement with every required section filled and two local supplements.
    public static func regionHovedstadenTerms(facility: Organisation = facility) -> AgreementTerms {
        AgreementTerms(
            parties: parties(facility: facility),
            parameterValues: [.onSiteWeekday: .weekday(.tuesday), .managementMeetingsPerYear: .integer(4)],
            sectionTexts: [
                .personalData: "Parterne behandler kun de oplysninger, der er nødvendige for behandlingen og "
                    + "støtten, efter sundhedsloven og serviceloven.",
                .confidentialityAndConsent: "Begge parter har tavshedspligt. Beboerens samtykke til videregivelse "
                    + "registreres i journalen og kan til enhver tid trækkes tilbage.",
                .contacts: "Botilbudsteamet: tlf. 12 34 56 78 (hverdage 8-15).\n\nBotilbuddet: tlf. 87 65 43 21.",
            ],
            localSupplements: [
                try! LocalSupplement(
                    kind: .visitSchedule, text: "Teamet kommer tirsdag kl. 9-14 og deltager i morgenmødet kl. 9."),
                try! LocalSupplement(
                    kind: .medicationOrdering,
                    text: "Botilbuddet bestiller medicin via apoteket torsdag; teamet ajourfører FMK senest onsdag."),
            ])
    }

    /// Terms for the cross-sector collaboration model with example criteria, a Wednesday overview meeting and four
    /// joint competence-development activities a year.
    public static func collaborationModelTerms(facility: Organisation = facility) -> AgreementTerms {
        AgreementTerms(
            parties: parties(facility: facility),
            parameterValues: [.competenceActivitiesPerYear: .integer(4)],
            intensifiedEffortCriteria: exampleCriteria,
            overviewMeeting: try! OverviewMeetingSchedule(weekday: .wednesday, meetingsPerWeek: 1))
    }

    /// A signature for `organisation` on `date`.
    public static func signature(
        for organisation: Organisation, by given: String, _ family: String, position: String, on date: CalendarDate
    ) -> AgreementSignature {
        AgreementSignature(
            party: organisation.id, signatory: try! PersonName(given: given, family: family), position: position,
            date: date)
    }

    /// The centre manager's signature on `date`.
    public static func centreSignature(on date: CalendarDate) -> AgreementSignature {
        signature(for: psychiatricCentre, by: "Birgitte", "Dahl", position: "centerchef", on: date)
    }

    /// The facility manager's signature on `date`.
    public static func facilitySignature(for facility: Organisation = facility, on date: CalendarDate)
        -> AgreementSignature
    {
        signature(for: facility, by: "Henrik", "Bach", position: "forstander", on: date)
    }

    /// Provenance for a change recorded at noon Copenhagen time on `date` by the team's nurse.
    public static func provenance(on date: CalendarDate, reason: String? = nil) -> Provenance {
        Provenance(
            author: Author(network.teamNurse),
            instant: try! Instant(date: date, hour: 12), reason: reason)
    }
}
