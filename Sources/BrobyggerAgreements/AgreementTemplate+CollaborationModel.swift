import BrobyggerCore

extension AgreementTemplate {
    /// The cross-sector collaboration model of Region Hovedstaden's project with Københavns Kommune and Den Sociale
    /// Virksomhed (Region Hovedstadens Psykiatri, “Tværsektorielt puljefinansieret projekt”; “Styrket samarbejde om
    /// sikkerhed for medarbejdere”), as an agreement between a facility and its outreach team.
    ///
    /// Region Hovedstaden intends the model to be written into the teams' existing collaboration agreements (Region
    /// Hovedstadens Psykiatri, “Tværsektorielt puljefinansieret projekt”; “Udbredelse af tværsektoriel
    /// samarbejdsmodel”); as a template it holds: the weekly resident-overview meeting (“A. Fælles
    /// beboeroverbliksmøder”); the resident-overview board and its fixed columns (“A. Fælles beboeroverbliksmøder”);
    /// the criteria for joint intensified effort, agreed by both parties (“A. Fælles beboeroverbliksmøder”), which an
    /// agreement must list; joint competence development aimed at the relational-coordination dimensions (“B. Fælles
    /// kompetenceudviklingsaktiviteter”); and shared safety procedures, risk assessment and de-escalation (“Styrket
    /// samarbejde om sikkerhed for medarbejdere”). Agreements made from it feed the resident-overview board through
    /// ``CollaborationAgreementRegister``.
    public static let crossSectorCollaborationModel: AgreementTemplate = {
        try! AgreementTemplate(
            identifier: "region-hovedstaden.cross-sector-collaboration-model", version: 1,
            title: LocalizedText(
                danish: "Tværsektoriel samarbejdsmodel for botilbud og botilbudsteam",
                english: "Cross-sector collaboration model for a residential facility and its outreach team"),
            source: .document(.regionHovedstadenCrossSectorNote, locator: "“Tværsektorielt puljefinansieret projekt”"),
            sections: [
                partiesSection(
                    source: .document(
                        .regionHovedstadenCrossSectorNote, locator: "“Tværsektorielt puljefinansieret projekt”")),
                AgreementSection(
                    key: .purpose, heading: LocalizedText(danish: "Formål", english: "Purpose"),
                    clauses: [
                        .paragraph(
                            danish: "Samarbejdsmodellen skal så vidt muligt forebygge, at beboernes tilstand "
                                + "forværres, og dermed mindske deres behov for indlæggelser, genindlæggelser og "
                                + "tvangsindlæggelser. Parterne arbejder for:",
                            english: "The collaboration model is to prevent, as far as possible, the residents' "
                                + "condition from worsening, and so reduce their need for admissions, "
                                + "readmissions and compulsory admissions. The parties work for:"),
                        .bullet(
                            danish:
                                "et koordineret og sammenhængende forløb for beboerne på tværs af regionspsykiatrien "
                                + "og botilbuddet",
                            english: "a coordinated, coherent course for the residents across regional psychiatry "
                                + "and the facility"),
                        .bullet(
                            danish: "at arbejdet tager udgangspunkt i fælles mål for beboerens forløb og en fælles "
                                + "forståelse af situationen",
                            english: "work that starts from shared goals for the resident's course and a shared "
                                + "understanding of the situation"),
                        .bullet(
                            danish: "en helhedsorienteret indsats med fokus på recovery og meningsfuld deltagelse i "
                                + "samfundet",
                            english: "a holistic effort focused on recovery and meaningful participation in society"),
                        .bullet(
                            danish: "at tidlige tegn på forværring bliver set og fulgt op, så både den "
                                + "socialpsykiatriske indsats og den ambulante psykiatriske behandling kan "
                                + "intensiveres",
                            english: "early signs of deterioration being noticed and acted on, so that both the "
                                + "social-psychiatric effort and the outpatient psychiatric treatment can be "
                                + "intensified"),
                    ],
                    source: .document(
                        .regionHovedstadenCrossSectorNote, locator: "“Tværsektorielt puljefinansieret projekt”")),
                AgreementSection(
                    key: .overviewMeeting,
                    heading: LocalizedText(
                        danish: "Fælles beboeroverbliksmøde", english: "Joint resident-overview meeting"),
                    clauses: [
                        .paragraph(
                            danish: "Medarbejdere fra botilbudsteamet og botilbuddet mødes hver uge til et fælles "
                                + "beboeroverbliksmøde, inspireret af F-ACT-teamenes tavlemøder. På mødet får "
                                + "parterne overblik over, hvilke fælles beboere der lige nu opfylder kriterierne "
                                + "for intensiveret indsats, de koordinerer den intensiverede indsats, og de "
                                + "fordeler opgaverne med at koordinere med andre samarbejdspartnere.",
                            english: "Staff of the outreach team and of the facility meet every week at a joint "
                                + "resident-overview meeting, modelled on the board meetings of F-ACT teams. At the "
                                + "meeting the parties see which shared residents currently meet the criteria for "
                                + "intensified effort, coordinate that effort, and divide the work of coordinating "
                                + "with other partners."),
                        .paragraph(
                            danish: "Mødet kan også rumme fælles risikovurderinger og aftaler om håndtering og "
                                + "deeskalering.",
                            english: "The meeting can also hold joint risk assessments and agreements on handling "
                                + "and de-escalation."),
                    ],
                    content: .overviewMeeting,
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")),
                AgreementSection(
                    key: .overviewBoard,
                    heading: LocalizedText(danish: "Beboeroverblikstavlen", english: "The resident-overview board"),
                    clauses: [
                        .paragraph(
                            danish: "Møderne struktureres med en fælles beboeroverblikstavle med faste kolonner:",
                            english: "The meetings are structured by a shared resident-overview board with fixed "
                                + "columns:"),
                        .bullet(danish: "beboerens mål og ønsker", english: "the resident's goals and wishes"),
                        .bullet(
                            danish: "hvilke kriterier der udløser en intensiveret indsats",
                            english: "which criteria trigger intensified effort"),
                        .bullet(
                            danish: "planlagte socialpsykiatriske og ambulante psykiatriske indsatser i den kommende "
                                + "uge",
                            english: "planned social-psychiatric and outpatient psychiatric interventions for the "
                                + "coming week"),
                        .bullet(
                            danish: "hvem der udfører indsatserne, og sammen med hvem",
                            english: "who carries out the interventions, and together with whom"),
                        .paragraph(
                            danish: "Tavlen giver et samlet overblik over de beboere, der til enhver tid har brug "
                                + "for en intensiveret indsats, sikrer at de rette medarbejdere ved, hvad indsatsen "
                                + "består af og hvornår den udføres, og giver et fælles sprog for, hvad der er akut "
                                + "og subakut.",
                            english: "The board gives one overview of the residents who need intensified effort at "
                                + "any time, makes sure the right staff know what the effort consists of and when "
                                + "it is carried out, and gives a shared language for what is acute and "
                                + "sub-acute."),
                    ],
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")),
                AgreementSection(
                    key: .intensifiedEffortCriteria,
                    heading: LocalizedText(
                        danish: "Kriterier for fælles intensiveret indsats",
                        english: "Criteria for joint intensified effort"),
                    purpose: LocalizedText(
                        danish: "Parterne aftaler faste kriterier, hver markeret som akut eller subakut.",
                        english: "The parties agree fixed criteria, each marked as acute or sub-acute."),
                    clauses: [
                        .paragraph(
                            danish: "Parterne har aftalt de kriterier nedenfor. De skal sikre, at parterne er "
                                + "enige om, hvad der er akut og kræver ekstra koordinering og kontakt mellem "
                                + "botilbud og botilbudsteam, og at den fælles indsats kan skrues op og ned efter "
                                + "den enkelte beboers behov.",
                            english: "The parties have agreed the criteria below. They are to ensure that the "
                                + "parties agree on what is acute and needs extra coordination and contact between "
                                + "facility and outreach team, and that the joint effort can be turned up and down "
                                + "to fit each resident's needs.")
                    ],
                    content: .intensifiedEffortCriteria,
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")),
                AgreementSection(
                    key: .competenceDevelopment,
                    heading: LocalizedText(
                        danish: "Fælles kompetenceudvikling", english: "Joint competence development"),
                    purpose: LocalizedText(
                        danish: "Beskriv de planlagte fælles aktiviteter, fx temadage, sidemandsoplæring eller "
                            + "fælles undervisning.",
                        english: "Describe the joint activities planned, for example theme days, shadowing or "
                            + "joint teaching."),
                    clauses: [
                        .paragraph(
                            danish: "Parterne holder fælles kompetenceudviklingsaktiviteter ud over samarbejdet om "
                                + "de enkelte beboere ({competence-activities-per-year} om året). En aktivitet kan "
                                + "samle alt fra to medarbejdere, én fra hver part, til alle medarbejdere og "
                                + "inviterede eksterne deltagere. Aktiviteterne skal",
                            english: "The parties hold joint competence-development activities beyond their work "
                                + "on individual residents ({competence-activities-per-year} a year). An activity "
                                + "can bring together anything from two staff members, one from each party, to all "
                                + "staff and invited external participants. The activities are to"),
                        .bullet(
                            danish: "dele viden og erfaringer og udvikle kompetencer på tværs af samarbejdet",
                            english: "share knowledge and experience and build competence across the "
                                + "collaboration"),
                        .bullet(
                            danish: "styrke den relationelle koordinering: fælles mål, fælles viden og gensidig "
                                + "respekt, og kommunikation, der er hyppig, rettidig, præcis og problemløsende",
                            english: "strengthen relational coordination: shared goals, shared knowledge and mutual "
                                + "respect, and communication that is frequent, timely, accurate and "
                                + "problem-solving"),
                    ],
                    requirement: .required,
                    source: .document(
                        .regionHovedstadenCrossSectorNote, locator: "“B. Fælles kompetenceudviklingsaktiviteter”")),
                AgreementSection(
                    key: .safety,
                    heading: LocalizedText(danish: "Sikkerhed", english: "Safety"),
                    purpose: LocalizedText(
                        danish: "Henvis til eller beskriv den fælles sikkerhedsinstruks og de aftalte redskaber til "
                            + "risikovurdering og konflikthåndtering.",
                        english: "Refer to or describe the shared safety instruction and the agreed tools for risk "
                            + "assessment and conflict handling."),
                    clauses: [
                        .paragraph(
                            danish: "Botilbudsteamets medarbejdere færdes dagligt på botilbuddet og deltager i "
                                + "situationer, der kan udvikle sig kritisk. Parterne aftaler derfor fælles "
                                + "sikkerhedsinstrukser og fælles redskaber til risikovurdering og "
                                + "konflikthåndtering, så risikosituationer kan forebygges, deeskaleres og "
                                + "håndteres. Fælles risikovurderinger kan tages op på beboeroverbliksmødet, og "
                                + "konflikthåndtering kan indgå i den fælles kompetenceudvikling.",
                            english: "The outreach team's staff are at the facility daily and take part in "
                                + "situations that can turn critical. The parties therefore agree shared safety "
                                + "instructions and shared tools for risk assessment and conflict handling, so "
                                + "that risk situations can be prevented, de-escalated and handled. Joint risk "
                                + "assessments can be taken up at the resident-overview meeting, and conflict "
                                + "handling can be part of the joint competence development.")
                    ],
                    requirement: .optional,
                    source: .document(
                        .regionHovedstadenCrossSectorNote, locator: "“Styrket samarbejde om sikkerhed for medarbejdere”"
                    )),
                AgreementSection(
                    key: .duration, heading: LocalizedText(danish: "Varighed", english: "Duration"),
                    clauses: [
                        .paragraph(
                            danish: "Aftalen gælder uden tidsbegrænsning som en del af parternes samarbejdsaftale. "
                                + "Hver af parterne kan opsige den med {notice-months} varsel til udgangen af en "
                                + "måned.",
                            english: "The agreement runs for an unlimited period as part of the parties' "
                                + "collaboration agreement. Either party may terminate it with {notice-months} "
                                + "notice to the end of a month.")
                    ],
                    content: .duration, source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Varighed”")),
                signaturesSection(source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Underskrifter”")),
            ],
            parameters: [
                try! TemplateParameter(
                    key: .competenceActivitiesPerYear,
                    label: LocalizedText(
                        danish: "Fælles kompetenceudviklingsaktiviteter pr. år",
                        english: "Joint competence-development activities a year"),
                    kind: .integer(
                        minimum: 1, maximum: 52,
                        unit: QuantityUnit(
                            singular: LocalizedText(danish: "gang", english: "time"),
                            plural: LocalizedText(danish: "gange", english: "times"))),
                    defaultValue: nil, isRequired: false, section: .competenceDevelopment,
                    source: .document(
                        .regionHovedstadenCrossSectorNote, locator: "“B. Fælles kompetenceudviklingsaktiviteter”")),
                noticeMonthsParameter(source: .document(.erfaringsopsamling2024, locator: "Bilag 2, “Varighed”")),
            ],
            requiredPartyRoles: [.psychiatricCentre, .facility], minimumPartyCount: 2,
            signatureRule: .roles([.psychiatricCentre, .facility]), supplementSlots: [])
    }()
}
