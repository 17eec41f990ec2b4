import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import Foundation

/// Ready-made parties, terms and signatures for tests and examples of collaboration agreements.
///
/// Every value is fixed (identifiers, dates, names), so renderings and tests are reproducible. The organisations are
/// fictional apart from the public CVR numbers of Region Hovedstaden and Københavns Kommune; the intensified-effort
/// criteria are examples of the kind seed 000 describes, not criteria any team has agreed.
public enum AgreementFixtures {
    /// A fixed identifier `00000000-0000-0000-0000-<number in 12 hex digits>`.
    public static func identifier<Owner>(_ number: Int, as owner: Owner.Type = Owner.self) -> Identifier<Owner> {
        let hex = String(number, radix: 16)
        let uuid = UUID(uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - hex.count) + hex)!
        return Identifier(rawValue: uuid)
    }

    /// A date from `YYYY-MM-DD`; traps on a malformed literal, which is a mistake in the test itself.
    public static func date(_ iso8601: String) -> CalendarDate {
        try! CalendarDate(iso8601: iso8601)
    }

    /// A psychiatric centre in Region Hovedstaden, with SOR, GLN and the region's CVR.
    public static let psychiatricCentre = try! Organisation(
        id: identifier(0xC1), kind: .psychiatricCentre, name: "Psykiatrisk Center Amager",
        identifiers: OrganisationIdentifiers(
            sor: try! SORCode("123456789012"), gln: try! GLN("5790001234560"), cvr: try! CVRNumber("29190623"),
            region: .hovedstaden),
        address: PostalAddress(lines: ["Digevej 110"], postalCode: "2300", city: "København S"))

    /// The centre's outreach team (*botilbudsteam*).
    public static let outreachTeam = try! Organisation(
        id: identifier(0xC2), kind: .outreachTeam, name: "Botilbudsteam Amager",
        identifiers: OrganisationIdentifiers(sor: try! SORCode("123456789013")), partOf: identifier(0xC1))

    /// A municipal residential facility.
    public static let facility = facility(named: "Botilbuddet Strandengen", number: 0xF1)

    /// A municipal residential facility in Københavns Kommune with the given name.
    public static func facility(named name: String, number: Int) -> Organisation {
        try! Organisation(
            id: identifier(number), kind: .residentialFacility, name: name,
            identifiers: OrganisationIdentifiers(
                gln: try! GLN("5790006543216"), cvr: try! CVRNumber("64942212"),
                municipality: try! MunicipalityCode("0101")),
            address: PostalAddress(lines: ["Strandengen 12"], postalCode: "2300", city: "København S"))
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

    /// Terms for the cross-sector collaboration model with example criteria and a Wednesday overview meeting.
    public static func collaborationModelTerms(facility: Organisation = facility) -> AgreementTerms {
        AgreementTerms(
            parties: parties(facility: facility),
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
        signature(for: psychiatricCentre, by: "Mette", "Lund", position: "Centerchef", on: date)
    }

    /// The facility manager's signature on `date`.
    public static func facilitySignature(for facility: Organisation = facility, on date: CalendarDate)
        -> AgreementSignature
    {
        signature(for: facility, by: "Jonas", "Krogh", position: "Forstander", on: date)
    }

    /// Provenance for a change recorded at noon Copenhagen time on `date` by a team leader.
    public static func provenance(on date: CalendarDate, reason: String? = nil) -> Provenance {
        Provenance(
            author: Author(name: try! PersonName(given: "Sara", family: "Holm"), organisation: psychiatricCentre.id),
            instant: try! Instant(date: date, hour: 12), reason: reason)
    }
}
