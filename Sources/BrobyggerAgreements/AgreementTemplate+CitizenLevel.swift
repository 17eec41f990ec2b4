import BrobyggerCore

extension AgreementTemplate {
    /// VIVE's prototype for collaboration around one citizen with mental health difficulties, frequent admissions
    /// and complex needs (*Koordineret udredning og indsats*, VIVE 2023, kapitel 5), as a checklist for
    /// the resident's network.
    ///
    /// Three focus areas and six core elements, each given as what / why / how (VIVE 2023, kapitel 5):
    /// focus area 1, cross-cutting orientation and decision competence: (K1) bring the right actors together,
    /// (K2) set shared goals, make a plan and evaluate the collaboration, (K3) clarify decision mandates and make
    /// decision chains short; focus area 2, mutual communication and knowledge sharing: (K4) build mutual
    /// knowledge, (K5) agree the framework for knowledge sharing and communication channels; focus area 3,
    /// collaboration culture and psychological safety: (K6) align roles and values. The network records for each
    /// element what it agreed and checks it off (``AgreementTerms/checklist``); VIVE expects every element to be
    /// relevant whichever organisational form is chosen (kapitel 5). Every party signs.
    public static let citizenLevelCollaboration: AgreementTemplate = {
        let focusArea1 = LocalizedText(
            danish: "Fokusområde 1: Tværgående orientering og beslutningskompetence",
            english: "Focus area 1: Cross-cutting orientation and decision competence")
        let focusArea2 = LocalizedText(
            danish: "Fokusområde 2: Gensidig kommunikation og vidensdeling",
            english: "Focus area 2: Mutual communication and knowledge sharing")
        let focusArea3 = LocalizedText(
            danish: "Fokusområde 3: Samarbejdskultur og psykologisk tryghed",
            english: "Focus area 3: Collaboration culture and psychological safety")
        return try! AgreementTemplate(
            identifier: "vive.citizen-level-collaboration", version: 1,
            title: LocalizedText(
                danish: "Samarbejde om og med borgeren", english: "Collaboration about and with the citizen"),
            source: .document(.vive2023, locator: "kapitel 5"),
            sections: [
                AgreementSection(
                    key: .parties, heading: LocalizedText(danish: "Samarbejdsparter", english: "Partners"),
                    clauses: [
                        .paragraph(
                            danish: "Følgende parter indgår i samarbejdet om og med borgeren:",
                            english: "The following partners take part in the collaboration about and with the "
                                + "citizen:")
                    ],
                    content: .parties, source: .document(.vive2023, locator: "afsnit 5.1.1")),
                AgreementSection(
                    key: .citizen,
                    heading: LocalizedText(danish: "Borgeren i centrum", english: "The citizen at the centre"),
                    purpose: LocalizedText(
                        danish: "Beskriv, hvordan borgeren deltager, om borgeren har valgt en stedfortræder, og "
                            + "hvilken organiseringsform samarbejdet har.",
                        english: "Describe how the citizen takes part, whether the citizen has chosen a proxy, and "
                            + "how the collaboration is organised."),
                    clauses: [],
                    group: nil,
                    guidance: nil,
                    source: .document(.vive2023, locator: "kapitel 5")),
                coreElement(
                    key: .rightActors, group: focusArea1, code: "K1",
                    heading: ("Bring de rette aktører sammen", "Bring the right actors together"),
                    what: (
                        "Borgeren og de fagpersoner, pårørende og frivillige, der har betydning for borgerens "
                            + "situation, samles i én koordineret indsats. Borgeren er med til at vælge dem.",
                        "The citizen and the professionals, relatives and volunteers who matter to the citizen's "
                            + "situation are brought together in one coordinated effort. The citizen helps choose "
                            + "them."
                    ),
                    why: (
                        "Ud fra et recovery-perspektiv bestemmes kredsen af borgerens ønsker og behov. Aktører med "
                            + "forskellige perspektiver skal kende hinanden for at kunne koordinere, og behovene "
                            + "ændrer sig, så kredsen må tages op igen med jævne mellemrum.",
                        "From a recovery perspective the circle is set by the citizen's wishes and needs. Actors "
                            + "with different perspectives must know each other to coordinate, and needs change, "
                            + "so the circle has to be revisited regularly."
                    ),
                    how: [
                        (
                            "Find aktørerne sammen med borgeren, også når fagpersoner foreslår deltagere.",
                            "Identify the actors together with the citizen, also when professionals propose "
                                + "participants."
                        ),
                        (
                            "Hold øje med mødernes størrelse: de rette aktører er ikke nødvendigvis alle aktører.",
                            "Mind the size of meetings: the right actors are not necessarily all actors."
                        ),
                        (
                            "Brug fx et netværkskort eller Åben Dialog til at finde deltagerne.",
                            "Use for example a network map or Open Dialogue to identify participants."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.1.1")),
                coreElement(
                    key: .sharedGoals, group: focusArea1, code: "K2",
                    heading: (
                        "Opsæt fælles mål, skab en plan og evaluer samarbejdet",
                        "Set shared goals, make a plan and evaluate the collaboration"
                    ),
                    what: (
                        "Med udgangspunkt i borgerens egne ønsker aftaler parterne fælles mål og delmål, en plan "
                            + "med en ansvarlig for hver opgave, og de evaluerer løbende samarbejdet.",
                        "Starting from the citizen's own wishes, the partners agree shared goals and sub-goals, a "
                            + "plan with one responsible partner per task, and keep evaluating the collaboration."
                    ),
                    why: (
                        "Kvaliteten stiger, når der er et fælles mål, der omsættes til delmål og handleplaner, og "
                            + "når indsatsen evalueres og koordineres løbende. Målarbejdet må aldrig blive mål- "
                            + "eller udviklingstvang: evnen til at sætte mål svinger med sygdommens faser.",
                        "Quality improves when a shared goal is turned into sub-goals and action plans and the "
                            + "effort is evaluated and coordinated as it goes. Goal work must never become a "
                            + "compulsion to set goals or develop: the ability to set goals varies with the phase of "
                            + "the illness."
                    ),
                    how: [
                        (
                            "Forbered borgerens mål og ønsker sammen med en fagperson, borgeren er tryg ved, før "
                                + "fx et opstartsmøde.",
                            "Prepare the citizen's goals and wishes with a professional the citizen feels safe "
                                + "with, before for example a start-up meeting."
                        ),
                        (
                            "Lav en sammenhængende handleplan med prioriterede delmål og fordel ansvaret mellem "
                                + "parterne.",
                            "Make a coherent action plan with prioritised sub-goals and share out responsibility "
                                + "among the partners."
                        ),
                        (
                            "Veksl mellem faste møder (planlagt: {planned-meetings-per-year} om året) og møder ved "
                                + "akut behov, og udpeg en tovholder med mandat til at indkalde de andre.",
                            "Alternate fixed meetings (planned: {planned-meetings-per-year} a year) with meetings "
                                + "when acute needs arise, and appoint a coordinator with the authority to convene "
                                + "the others."
                        ),
                        (
                            "Afslut hvert møde med de aftaler, der er indgået, og begynd det næste med, hvad der "
                                + "er sket siden.",
                            "Close every meeting with the agreements made, and open the next with what has "
                                + "happened since."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.1.2")),
                coreElement(
                    key: .decisionMandates, group: focusArea1, code: "K3",
                    heading: (
                        "Afklar beslutningskompetence og skab smidige beslutningskæder",
                        "Clarify decision competence and make decision chains short"
                    ),
                    what: (
                        "Ledelserne giver samarbejdet og hver deltager et klart mandat, så samarbejdet har reel "
                            + "beslutningskompetence og korte beslutningsveje på tværs af sektorerne.",
                        "Management gives the collaboration and each participant a clear mandate, so that the "
                            + "collaboration has real decision competence and short decision chains across "
                            + "sectors."
                    ),
                    why: (
                        "Lovgivning, frister, ressourcer og mål hører til hver sin forvaltning, og deltagerne "
                            + "kommer med forskellige mandater. Uden et fælles mandat og ledelsesmæssig opbakning "
                            + "ender samarbejdet i kampe om mandatet.",
                        "Legislation, deadlines, resources and goals belong to separate administrations, and the "
                            + "participants bring different mandates. Without a shared mandate and management "
                            + "backing, the collaboration ends in fights over the mandate."
                    ),
                    how: [
                        (
                            "Indgå samarbejdsaftaler på ledelsesniveau med aktiv ledelse på tværs af region, "
                                + "kommune og civilsamfund.",
                            "Make collaboration agreements at management level with active leadership across "
                                + "region, municipality and civil society."
                        ),
                        (
                            "Afsæt ressourcer, fastlæg i hvilke situationer parterne skal arbejde sammen på "
                                + "tværs, og hold beslutningsvejene korte.",
                            "Set aside resources, write guidelines for when cross-cutting collaboration is "
                                + "required, and keep decision chains short."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.1.3")),
                coreElement(
                    key: .mutualKnowledge, group: focusArea2, code: "K4",
                    heading: ("Skab gensidigt kendskab", "Build mutual knowledge"),
                    what: (
                        "Parterne kender hinandens opgaver, lovgivning, arbejdsgange og mandater, og de kender "
                            + "borgerens historie og netværk.",
                        "The partners know each other's remits, legislation, workflows and mandates, and they know "
                            + "the citizen's history and network."
                    ),
                    why: (
                        "Man kan ikke gå ud fra, at aktørerne kender hinanden. Manglende kendskab fører til "
                            + "misforståelser og til, at man peger fingre ad hinanden.",
                        "Actors cannot be assumed to know each other. Lack of knowledge leads to "
                            + "misunderstandings and finger-pointing."
                    ),
                    how: [
                        (
                            "Opbyg tidligt kendskab til hinanden på institutionsniveau, på tværs af offentlige "
                                + "tilbud og private aktører.",
                            "Build knowledge early at the level of institutions, between services and between "
                                + "public and private organisations."
                        ),
                        (
                            "Del på indsatsniveau viden om borgerens historie og netværk, herunder hvilke "
                                + "situationer der er særligt sårbare eller styrkende for borgeren.",
                            "At intervention level, share knowledge of the citizen's history and network, including "
                                + "which situations are particularly vulnerable or empowering for the citizen."
                        ),
                        (
                            "Afhold fx kurser eller webinarer, hvor de enkelte institutioner fortæller om deres "
                                + "arbejde.",
                            "Hold for example courses or webinars where the institutions present themselves to "
                                + "each other."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.2.1")),
                coreElement(
                    key: .knowledgeSharing, group: focusArea2, code: "K5",
                    heading: (
                        "Afklar rammerne for vidensdeling og kommunikationsveje",
                        "Agree the framework for knowledge sharing and communication channels"
                    ),
                    what: (
                        "Parterne og borgeren aftaler, hvad der er relevant at dele, hvem der skal vide hvad, og "
                            + "hvordan viden når frem i tide.",
                        "The partners and the citizen agree what is relevant to share, who needs to know what, and "
                            + "how knowledge arrives in time."
                    ),
                    why: (
                        "Vidensdeling skal være problemløsende, rettidig, relevant og præcis. Vigtig viden bliver "
                            + "ofte ikke delt på grund af travlhed, systemer der ikke taler sammen, eller hensyn "
                            + "til databeskyttelse.",
                        "Knowledge sharing must be problem-solving, timely, relevant and accurate. Important "
                            + "knowledge often goes unshared because of busyness, systems that do not talk to each "
                            + "other, or data-protection concerns."
                    ),
                    how: [
                        (
                            "Lad borgerens mål styre, hvad der er relevant at dele, og del iagttagelser af "
                                + "ændringer hos borgeren.",
                            "Let the citizen's goals guide what is relevant to share, and share observations of "
                                + "changes in the citizen."
                        ),
                        (
                            "Aftal samtykket med borgeren på et roligt tidspunkt: hvad må deles, med hvem og "
                                + "hvornår, fx ved indlæggelse.",
                            "Agree consent with the citizen at a calm time: what may be shared, with whom and when, "
                                + "for example on admission."
                        ),
                        (
                            "Giv borgeren mulighed for at tale og spørge på lige fod med de andre.",
                            "Give the citizen the chance to speak and ask questions on equal terms with the others."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.2.2")),
                coreElement(
                    key: .rolesAndValues, group: focusArea3, code: "K6",
                    heading: (
                        "Afstem roller og værdier for samarbejdskulturen",
                        "Align roles and values for the collaboration culture"
                    ),
                    what: (
                        "Parterne afklarer, hvad hver bidrager med og har ansvar for, og skaber fælles værdier, så "
                            + "alle trygt kan komme med idéer, stille spørgsmål, sige fra og påpege fejl.",
                        "The partners clarify what each contributes and is responsible for, and build shared "
                            + "values so that everyone can safely put forward ideas, ask questions, raise concerns "
                            + "and point out errors."
                    ),
                    why: (
                        "Manglende respekt og forståelse for hinandens faglighed er en barriere. Kvaliteten "
                            + "afhænger af gensidig respekt, forståelse og engagement mellem ledere, medarbejdere "
                            + "og borgere.",
                        "Lack of respect for and understanding of each other's expertise is a barrier. Quality "
                            + "depends on mutual respect, understanding and commitment among leaders, staff and "
                            + "citizens."
                    ),
                    how: [
                        (
                            "Tal om, hvilken samarbejdskultur parterne ønsker, og sørg for hyppig kontakt i "
                                + "opstarten.",
                            "Discuss the collaboration culture the partners want, and ensure frequent contact at "
                                + "the start."
                        ),
                        (
                            "Lav en realistisk rolle- og ansvarsafklaring fra begyndelsen og juster den undervejs, "
                                + "så borgeren ved, hvem der kan hjælpe med hvad.",
                            "Make a realistic clarification of roles and responsibilities from the start and "
                                + "adjust it along the way, so the citizen knows whom to turn to about what."
                        ),
                        (
                            "Udpeg eventuelt en tværsektoriel koordinator, og tag temperaturen på samarbejdet, fx "
                                + "med målinger af relationel koordinering.",
                            "Consider appointing a cross-sector coordinator, and take the temperature of the "
                                + "collaboration, for example with relational-coordination measures."
                        ),
                    ],
                    source: .document(.vive2023, locator: "afsnit 5.3.1")),
                signaturesSection(source: .document(.vive2023, locator: "afsnit 5.1.3.3")),
            ],
            parameters: [
                try! TemplateParameter(
                    key: .organisationalForm,
                    label: LocalizedText(danish: "Organiseringsform", english: "Organisational form"),
                    kind: .choice(options: [
                        ParameterOption(
                            known: "fixed-team", label: LocalizedText(danish: "fast team", english: "fixed team")),
                        ParameterOption(
                            known: "coordinator", label: LocalizedText(danish: "koordinator", english: "coordinator")),
                        ParameterOption(known: "network", label: LocalizedText(danish: "netværk", english: "network")),
                    ]),
                    defaultValue: nil, isRequired: true, section: .citizen,
                    source: .document(.vive2023, locator: "kapitel 5")),
                try! TemplateParameter(
                    key: .plannedMeetingsPerYear,
                    label: LocalizedText(danish: "Faste møder pr. år", english: "Fixed meetings a year"),
                    kind: .integer(
                        minimum: 1, maximum: 52,
                        unit: QuantityUnit(
                            singular: LocalizedText(danish: "møde", english: "meeting"),
                            plural: LocalizedText(danish: "møder", english: "meetings"))),
                    defaultValue: .integer(4), isRequired: true, section: .sharedGoals,
                    source: .document(.vive2023, locator: "afsnit 5.1.2.3")),
            ],
            requiredPartyRoles: [], minimumPartyCount: 2, signatureRule: .allParties, supplementSlots: [])
    }()

    private static func coreElement(
        key: SectionKey, group: LocalizedText, code: String, heading: (String, String), what: (String, String),
        why: (String, String), how: [(String, String)], source: SourceCitation
    ) -> AgreementSection {
        AgreementSection(
            key: key, heading: LocalizedText(danish: heading.0, english: heading.1),
            purpose: LocalizedText(
                danish: "Beskriv, hvad netværket har aftalt for dette kerneelement.",
                english: "Describe what the network has agreed for this core element."),
            group: group,
            guidance: CoreElementGuidance(
                code: code, what: LocalizedText(danish: what.0, english: what.1),
                why: LocalizedText(danish: why.0, english: why.1),
                how: how.map { LocalizedText(danish: $0.0, english: $0.1) }),
            source: source)
    }
}
