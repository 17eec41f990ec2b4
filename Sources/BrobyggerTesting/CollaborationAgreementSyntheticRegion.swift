import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents

extension SyntheticRegion {
    /// Derives signed collaboration agreements (*samarbejdsaftaler*) between the region's psychiatric centres, their
    /// outreach teams and the facilities the teams serve, deterministically.
    ///
    /// Agreement *n* is made for facility *n* (cycling through the facilities when `count` exceeds them) on the
    /// Region Hovedstaden facility–team template (Erfaringsopsamling 2024, Bilag 2): both signing parties sign in the
    /// first quarter of the period and version 1 takes effect the following Monday. Every third agreement is amended
    /// by a second signed version and every tenth then receives notice from the facility, so the histories have the
    /// shapes real registers hold. Every agreement is valid by construction.
    ///
    /// - Throws: `ValidationError` when the region has no facility served by a team, or `count` is negative.
    public func collaborationAgreements(count: Int = 1_000, seed: UInt64 = 0xA6_2026) throws(ValidationError)
        -> [CollaborationAgreement]
    {
        guard count >= 0 else {
            throw ValidationError(
                field: "count", code: "agreement.generator-count", rule: "the count is not negative",
                offendingValue: String(count))
        }
        let organisationsByID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let served: [(facility: Organisation, team: Organisation, centre: Organisation)] = facilities.compactMap {
            facility in
            guard let team = facility.outreachTeam.flatMap({ organisationsByID[$0] }),
                let centre = team.partOf.flatMap({ organisationsByID[$0] }),
                let organisation = organisationsByID[facility.id]
            else { return nil }
            return (organisation, team, centre)
        }
        guard !served.isEmpty || count == 0 else {
            throw ValidationError(
                field: "facilities", code: "agreement.generator-empty",
                rule: "the region has facilities served by a team")
        }
        var random = SyntheticRegionRandom(seed: seed)
        let author = Author(name: try PersonName(given: "Synthetic", family: "Register"))
        var agreements: [CollaborationAgreement] = []
        agreements.reserveCapacity(count)
        for index in 0..<count {
            let parties = served[index % served.count]
            func terms(visitDay: (day: Weekday, name: String)) throws(ValidationError) -> AgreementTerms {
                AgreementTerms(
                    parties: [
                        AgreementParty(role: .psychiatricCentre, organisation: parties.centre),
                        AgreementParty(role: .outreachTeam, organisation: parties.team),
                        AgreementParty(role: .facility, organisation: parties.facility),
                    ],
                    parameterValues: [
                        .onSiteWeekday: .weekday(visitDay.day), .managementMeetingsPerYear: .integer(random.int(2...6)),
                    ],
                    sectionTexts: [
                        .personalData: "Parterne behandler kun de oplysninger, der er nødvendige for behandlingen og "
                            + "støtten, efter sundhedsloven og serviceloven.",
                        .confidentialityAndConsent: "Begge parter har tavshedspligt. Beboerens samtykke til "
                            + "videregivelse registreres i journalen og kan til enhver tid trækkes tilbage.",
                        .contacts: "\(parties.team.name): tlf. \(random.int(20...99)) \(random.int(10...99)) "
                            + "\(random.int(10...99)) \(random.int(10...99)).\n\n\(parties.facility.name): "
                            + "tlf. \(random.int(20...99)) \(random.int(10...99)) \(random.int(10...99)) "
                            + "\(random.int(10...99)).",
                    ],
                    localSupplements: [
                        try LocalSupplement(
                            kind: .visitSchedule,
                            text: "Teamet kommer \(visitDay.name) kl. 9-14 og deltager i morgenmødet kl. 9.")
                    ])
            }
            func sign(_ agreement: inout CollaborationAgreement, on date: CalendarDate) throws(ValidationError) {
                try agreement.sign(
                    AgreementSignature(
                        party: parties.centre.id, signatory: try PersonName(given: "Birgitte", family: "Dahl"),
                        position: "centerchef", date: date))
                try agreement.sign(
                    AgreementSignature(
                        party: parties.facility.id, signatory: try PersonName(given: "Henrik", family: "Bach"),
                        position: "forstander", date: date.adding(days: random.int(0...5))))
            }
            let weekdays: [(day: Weekday, name: String)] = [
                (.monday, "mandag"), (.tuesday, "tirsdag"), (.wednesday, "onsdag"), (.thursday, "torsdag"),
                (.friday, "fredag"),
            ]
            var agreement = CollaborationAgreement(
                id: random.nextIdentifier(), template: .regionHovedstadenFacilityTeam,
                terms: try terms(visitDay: random.pick(weekdays)))
            let signed = period.start.adding(days: random.int(0...80))
            try sign(&agreement, on: signed)
            // The Monday after the last signature (at most five days after the first).
            let afterSignatures = signed.adding(days: 6)
            try agreement.activate(
                effectiveFrom: afterSignatures.adding(days: (8 - afterSignatures.weekday.rawValue) % 7),
                provenance: Provenance(author: author, instant: try Instant(date: signed.adding(days: 5), hour: 12)))
            if index % 3 == 0 {
                let amended = signed.adding(days: 120 + random.int(0...60))
                try agreement.propose(try terms(visitDay: random.pick(weekdays)), note: "Ny besøgsdag")
                try sign(&agreement, on: amended)
                try agreement.activate(
                    effectiveFrom: amended.adding(days: 10),
                    provenance: Provenance(
                        author: author, instant: try Instant(date: amended.adding(days: 5), hour: 12)))
                if index % 10 == 0 {
                    try agreement.terminate(
                        TerminationNotice(
                            givenOn: amended.adding(days: 60), givenBy: parties.facility.id,
                            reason: "Botilbuddet lukker"))
                }
            }
            agreements.append(agreement)
        }
        return agreements
    }
}
