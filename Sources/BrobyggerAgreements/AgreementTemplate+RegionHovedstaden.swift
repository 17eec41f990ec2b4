import BrobyggerCore

extension AgreementTemplate {
    /// Region Hovedstaden's collaboration agreement between a psychiatric centre (with its outreach team) and a
    /// residential facility (*Skabelon til samarbejdsaftale om botilbudsbetjening*), Erfaringsopsamling 2024, Bilag 2.
    ///
    /// Eleven sections in the source's order: parties, purpose, tasks, scope, services, collaboration structure,
    /// processing of personal data, confidentiality and consent, contact details, duration, signatures. The three
    /// headings the source leaves empty (personal data, confidentiality and consent, contact details,
    /// Bilag 2) must be filled by each agreement. The section texts are the
    /// library's own wording of the source's content, in Danish and English.
    ///
    /// Parameters and defaults: fixed on-site days a week (default 1, at least 1, Bilag 2, “Ydelser”) and the weekday
    /// (agreed locally), days a week at the facility's morning meeting (default 1, at least 1, Bilag 2,
    /// “Samarbejde”), management meetings a year (no default, Bilag 2, “Samarbejde”), communication channel (default
    /// MedCom correspondence messages, Bilag 2, “Samarbejde”) and months of notice to the end of a month (default 3,
    /// Bilag 2, “Varighed”). Local supplements: contact routines, visit schedule, points of attention, facility rules,
    /// medication ordering (Bilag 2).
    public static let regionHovedstadenFacilityTeam: AgreementTemplate = {
        let parameters: [TemplateParameter] = [
            onSiteDaysParameter, onSiteWeekdayParameter, morningMeetingsParameter, managementMeetingsParameter,
            communicationChannelParameter,
            noticeMonthsParameter(source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Varighed”")),
        ]
        return try! AgreementTemplate(
            identifier: "region-hovedstaden.facility-team", version: 1,
            title: LocalizedText(
                danish: "Samarbejdsaftale om botilbudsbetjening",
                english: "Collaboration agreement on outreach services to a residential facility"),
            source: .document(.erfaringsopsamling2024, locator: "Bilag 2"),
            sections: [
                partiesSection(source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Aftaleparter”")),
                AgreementSection(
                    key: .purpose, heading: LocalizedText(danish: "Formål", english: "Purpose"),
                    clauses: [
                        .paragraph(
                            danish: "Samarbejdet skal slå bro mellem botilbuddets socialfaglige arbejde og "
                                + "behandlingspsykiatriens sundhedsfaglige arbejde. Beboeren skal opleve "
                                + "behandlingen og den sociale hjælp og støtte som én sammenhængende service, "
                                + "som kom den fra samme organisation.",
                            english: "The collaboration is to bridge the facility's social-care work and the "
                                + "health-care work of treatment psychiatry, so that the resident experiences "
                                + "treatment and social help and support as one service, as if it came from a "
                                + "single organisation."),
                        .paragraph(
                            danish: "Beboerne skal kunne tilbydes intensiv pleje og behandling uden at forlade "
                                + "botilbuddet, og indlæggelse på et psykiatrisk sengeafsnit skal sættes i gang, når "
                                + "der er behov for det.",
                            english: "Residents are to be able to receive intensive care and treatment at the "
                                + "facility itself, and admission to a psychiatric ward is to be initiated when it "
                                + "is needed."),
                        .paragraph(
                            danish: "Parterne forventer, at samarbejdet sammen med en tidlig indsats kan være med "
                                + "til, at færre af botilbuddets beboere bliver indlagt eller tvangsindlagt.",
                            english: "Together with early intervention, the parties expect the collaboration to "
                                + "help reduce the number of admissions and compulsory admissions among the "
                                + "facility's residents."),
                    ],
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Formål”")),
                AgreementSection(
                    key: .tasks, heading: LocalizedText(danish: "Opgaver", english: "Tasks"),
                    clauses: [
                        .paragraph(
                            danish: "Det psykiatriske center har to hovedopgaver:",
                            english: "The psychiatric centre has two main tasks:"),
                        .bullet(
                            danish: "at udrede og behandle botilbuddets beboere psykiatrisk, udgående og om "
                                + "nødvendigt opsøgende",
                            english: "psychiatric assessment and treatment of the facility's residents, as an "
                                + "outreach service and, where needed, an assertive one"),
                        .bullet(
                            danish: "at rådgive botilbuddets medarbejdere og udvikle deres kompetencer",
                            english: "advice to the facility's staff and development of their competences"),
                        .paragraph(
                            danish: "Desuden koordinerer det psykiatriske center og botilbuddet i fællesskab "
                                + "samarbejdet med de øvrige aktører omkring den enkelte beboer.",
                            english: "In addition, the psychiatric centre and the facility jointly coordinate the "
                                + "work of the other actors around each resident."),
                    ],
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2")),
                AgreementSection(
                    key: .scope, heading: LocalizedText(danish: "Omfang", english: "Scope"),
                    clauses: [
                        .paragraph(
                            danish: "Samarbejdet gælder i princippet alle botilbuddets beboere, men først og "
                                + "fremmest de beboere, der allerede er i et behandlingsforløb på det "
                                + "psykiatriske center.",
                            english: "In principle the collaboration covers all of the facility's residents, but "
                                + "first and foremost those already in a course of treatment at the psychiatric "
                                + "centre.")
                    ],
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Omfang”")),
                AgreementSection(
                    key: .services, heading: LocalizedText(danish: "Ydelser", english: "Services"),
                    clauses: [
                        .paragraph(
                            danish: "Det psykiatriske center leverer overordnet disse ydelser til botilbuddet:",
                            english: "In outline, the psychiatric centre provides these services to the facility:"),
                        .bullet(
                            danish: "Centret er til stede på botilbuddet mindst {on-site-days-per-week} om ugen "
                                + "(fast ugedag: {on-site-weekday}). Den faste tilstedeværelse er grundlaget for "
                                + "samarbejdet med både den enkelte beboer og personalet. Centrets medarbejdere "
                                + "holder selvstændigt individuelle samtaler, hvor beboerens kontaktperson, en "
                                + "eventuel misbrugskonsulent og eventuelt pårørende kan deltage sammen med "
                                + "beboeren.",
                            english: "The centre is present at the facility at least {on-site-days-per-week} a week "
                                + "(fixed weekday: {on-site-weekday}). This fixed presence is the basis of the "
                                + "work with each resident and with the staff. The centre's staff hold individual "
                                + "conversations on their own, which the resident's contact person, any addiction "
                                + "counsellor and any relatives may join together with the resident."),
                        .bullet(
                            danish: "Ud over den faste tilstedeværelse kan centret aflægge akutte besøg på "
                                + "botilbuddet og i perioder komme flere gange om ugen hos de beboere, der har "
                                + "brug for intensiveret behandling.",
                            english: "Besides the fixed presence, the centre can make acute visits to the facility "
                                + "and, for periods, visit individual residents with an intensified need for "
                                + "treatment several times a week."),
                        .bullet(
                            danish: "Centret giver personalet sparring og er til rådighed for det ved at",
                            english: "The centre supports the staff and is available to them by"),
                        .subBullet(
                            danish: "deltage i botilbuddets morgenmøder",
                            english: "taking part in the facility's morning meetings"),
                        .subBullet(
                            danish: "kunne træffes både ved fysisk tilstedeværelse og på mail og telefon",
                            english: "being reachable in person as well as by email and telephone"),
                        .subBullet(
                            danish: "give medarbejderne faglig sparring",
                            english: "giving the staff professional guidance"),
                    ],
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”")),
                AgreementSection(
                    key: .collaboration, heading: LocalizedText(danish: "Samarbejde", english: "Collaboration"),
                    clauses: [
                        .paragraph(
                            danish: "Parterne etablerer en fast samarbejdsstruktur, hvor",
                            english: "The parties set up a fixed collaboration structure in which"),
                        .bullet(
                            danish: "en medarbejder fra botilbuddet og, for beboere med misbrug, eventuelt en "
                                + "kontaktperson fra misbrugsbehandlingen deltager i botilbudsteamets ambulante "
                                + "besøg på botilbuddet",
                            english: "a member of the facility's staff and, for residents with substance misuse, "
                                + "possibly a contact person from addiction treatment take part in the outreach "
                                + "team's outpatient visits at the facility"),
                        .bullet(
                            danish: "botilbudsteamet fast deltager i botilbuddets morgenmøder mindst "
                                + "{morning-meetings-per-week} om ugen",
                            english: "the outreach team regularly takes part in the facility's morning meetings at "
                                + "least {morning-meetings-per-week} a week"),
                        .bullet(
                            danish: "botilbuddets ledelse og botilbudsteamets afsnitsledelse holder faste "
                                + "samarbejdsmøder ({management-meetings-per-year} om året)",
                            english: "the facility's management and the outreach team's section management hold "
                                + "regular collaboration meetings ({management-meetings-per-year} a year)"),
                        .bullet(danish: "der holdes netværksmøder", english: "network meetings are held"),
                        .bullet(
                            danish: "parterne arbejder hen imod at kommunikere via {communication-channel}",
                            english: "the parties work towards communicating through {communication-channel}"),
                    ],
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Samarbejde”")),
                AgreementSection(
                    key: .personalData,
                    heading: LocalizedText(
                        danish: "Behandling af personoplysninger", english: "Processing of personal data"),
                    purpose: LocalizedText(
                        danish: "Beskriv, hvilke personoplysninger om beboerne parterne behandler og udveksler, til "
                            + "hvilket formål og på hvilket grundlag.",
                        english: "Describe which personal data about residents the parties process and exchange, for "
                            + "what purpose and on what basis."),
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Behandling af personoplysninger”")),
                AgreementSection(
                    key: .confidentialityAndConsent,
                    heading: LocalizedText(
                        danish: "Tavshedspligt og samtykke mv.", english: "Confidentiality, consent etc."),
                    purpose: LocalizedText(
                        danish: "Beskriv parternes tavshedspligt, og hvordan beboerens samtykke til videregivelse "
                            + "af oplysninger indhentes, registreres og kan trækkes tilbage.",
                        english: "Describe the parties' duty of confidentiality and how the resident's consent to "
                            + "sharing information is obtained, recorded and can be withdrawn."),
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Tavshedspligt og samtykke mv.”")),
                AgreementSection(
                    key: .contacts, heading: LocalizedText(danish: "Kontaktoplysninger", english: "Contact details"),
                    purpose: LocalizedText(
                        danish: "Angiv begge parters kontaktpersoner med telefonnumre og mailadresser, herunder "
                            + "hvordan botilbudsteamet træffes i dagtid.",
                        english: "Give both parties' contact persons with telephone numbers and email addresses, "
                            + "including how to reach the outreach team in the daytime."),
                    source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Kontaktoplysninger”")),
                AgreementSection(
                    key: .duration, heading: LocalizedText(danish: "Varighed", english: "Duration"),
                    clauses: [
                        .paragraph(
                            danish: "Aftalen gælder uden tidsbegrænsning. Hver af parterne kan opsige den med "
                                + "{notice-months} varsel til udgangen af en måned.",
                            english: "The agreement runs for an unlimited period. Either party may terminate it "
                                + "with {notice-months} notice to the end of a month.")
                    ],
                    content: .duration, source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Varighed”")),
                signaturesSection(source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Underskrifter”")),
            ],
            parameters: parameters, requiredPartyRoles: [.psychiatricCentre, .facility], minimumPartyCount: 2,
            signatureRule: .roles([.psychiatricCentre, .facility]), supplementSlots: LocalSupplementKind.allCases)
    }()

    static func partiesSection(source: SourceCitation) -> AgreementSection {
        AgreementSection(
            key: .parties, heading: LocalizedText(danish: "Aftaleparter", english: "Parties"),
            clauses: [
                .paragraph(
                    danish: "Denne samarbejdsaftale er indgået mellem følgende parter:",
                    english: "This collaboration agreement is made between the following parties:")
            ],
            content: .parties, source: source)
    }

    static func signaturesSection(source: SourceCitation) -> AgreementSection {
        AgreementSection(
            key: .signatures, heading: LocalizedText(danish: "Underskrifter", english: "Signatures"),
            content: .signatures, source: source)
    }

    static func noticeMonthsParameter(source: SourceCitation) -> TemplateParameter {
        try! TemplateParameter(
            key: .noticeMonths,
            label: LocalizedText(danish: "Opsigelsesvarsel i måneder", english: "Notice in months"),
            kind: .integer(
                minimum: 1, maximum: 12,
                unit: QuantityUnit(
                    singular: LocalizedText(danish: "måneds", english: "month's"),
                    plural: LocalizedText(danish: "måneders", english: "months'"))),
            defaultValue: .integer(3), isRequired: true, section: .duration, source: source)
    }

    private static let onSiteDaysParameter = try! TemplateParameter(
        key: .onSiteDaysPerWeek,
        label: LocalizedText(danish: "Faste dage på botilbuddet pr. uge", english: "Fixed on-site days a week"),
        kind: .integer(
            minimum: 1, maximum: 7,
            unit: QuantityUnit(
                singular: LocalizedText(danish: "fast dag", english: "fixed day"),
                plural: LocalizedText(danish: "faste dage", english: "fixed days"))),
        defaultValue: .integer(1), isRequired: true, section: .services,
        source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”"))

    private static let onSiteWeekdayParameter = try! TemplateParameter(
        key: .onSiteWeekday,
        label: LocalizedText(danish: "Fast ugedag på botilbuddet", english: "Fixed on-site weekday"),
        kind: .weekday, defaultValue: nil, isRequired: false, section: .services,
        source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Ydelser”"))

    private static let morningMeetingsParameter = try! TemplateParameter(
        key: .morningMeetingsPerWeek,
        label: LocalizedText(
            danish: "Dage pr. uge med deltagelse i morgenmøde", english: "Morning-meeting days a week"),
        kind: .integer(
            minimum: 1, maximum: 7,
            unit: QuantityUnit(
                singular: LocalizedText(danish: "dag", english: "day"),
                plural: LocalizedText(danish: "dage", english: "days"))),
        defaultValue: .integer(1), isRequired: true, section: .collaboration,
        source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Samarbejde”"))

    private static let managementMeetingsParameter = try! TemplateParameter(
        key: .managementMeetingsPerYear,
        label: LocalizedText(danish: "Ledelsesmøder pr. år", english: "Management meetings a year"),
        kind: .integer(
            minimum: 1, maximum: 52,
            unit: QuantityUnit(
                singular: LocalizedText(danish: "gang", english: "time"),
                plural: LocalizedText(danish: "gange", english: "times"))),
        defaultValue: nil, isRequired: false, section: .collaboration,
        source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Samarbejde”"))

    private static let communicationChannelParameter = try! TemplateParameter(
        key: .communicationChannel,
        label: LocalizedText(danish: "Kommunikationsvej", english: "Communication channel"),
        kind: .choice(options: [
            ParameterOption(
                known: "medcom-correspondence",
                label: LocalizedText(
                    danish: "MedComs korrespondancemeddelelser", english: "MedCom correspondence messages")),
            ParameterOption(
                known: "secure-email", label: LocalizedText(danish: "sikker mail", english: "secure email")),
            ParameterOption(
                known: "telephone", label: LocalizedText(danish: "telefon", english: "telephone")),
        ]),
        defaultValue: .choice("medcom-correspondence"), isRequired: true, section: .collaboration,
        source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Samarbejde”"))
}
