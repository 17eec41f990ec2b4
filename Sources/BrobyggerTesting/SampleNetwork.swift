import BrobyggerCore

/// A small, complete cross-sector network around *botilbud* residents, with deterministic identifiers: the region,
/// a municipality, a psychiatric centre with a ward and an outreach team, two facilities, a GP practice,
/// addiction treatment, a jobcentre, and one professional in each role the scenarios need.
///
/// Names are made up; codes are well-formed (GLN check digits, valid municipality) but belong to no one.
public struct SampleNetwork: Sendable {
    /// Region Hovedstaden as an organisation.
    public let region: Organisation
    /// The acting municipality (København, 0101).
    public let municipality: Organisation
    /// The psychiatric centre.
    public let psychiatricCentre: Organisation
    /// A ward of the centre.
    public let ward: Organisation
    /// The centre's outreach team (*botilbudsteam*).
    public let outreachTeam: Organisation
    /// A long-term (§108) facility the team serves.
    public let longTermFacility: Organisation
    /// A temporary (§107) facility the team serves.
    public let temporaryFacility: Organisation
    /// A GP practice.
    public let gpPractice: Organisation
    /// Municipal addiction treatment.
    public let addictionTreatment: Organisation
    /// The jobcentre.
    public let jobcentre: Organisation

    /// A nurse on the outreach team.
    public let teamNurse: Professional
    /// The outreach team's psychiatrist.
    public let teamPsychiatrist: Professional
    /// The ward's senior consultant, responsible for discharge agreements.
    public let seniorConsultant: Professional
    /// A social educator on the long-term facility, contact person for residents.
    public let facilityContactPerson: Professional
    /// The municipal case worker.
    public let caseWorker: Professional
    /// The GP.
    public let generalPractitioner: Professional

    /// All organisations.
    public var organisations: [Organisation] {
        [
            region, municipality, psychiatricCentre, ward, outreachTeam, longTermFacility, temporaryFacility,
            gpPractice, addictionTreatment, jobcentre,
        ]
    }

    /// All professionals.
    public var professionals: [Professional] {
        [teamNurse, teamPsychiatrist, seniorConsultant, facilityContactPerson, caseWorker, generalPractitioner]
    }

    /// Builds the network, drawing identifiers from `ids` (by default a sequential source seeded with 1).
    public init(ids: some IdentifierSource = SequentialIdentifierSource(seed: 1)) {
        let copenhagen = Self.must { try MunicipalityCode("0101") }
        func organisation(
            _ kind: OrganisationKind, _ name: String, sor: String? = nil, glnBody: String? = nil,
            partOf: Organisation.ID? = nil, street: String = "Eksempelvej 1", postalCode: String = "2300",
            city: String = "København S"
        ) -> Organisation {
            Self.must {
                try Organisation(
                    id: Organisation.ID(using: ids), kind: kind, name: name,
                    identifiers: OrganisationIdentifiers(
                        sor: try sor.map { try SORCode($0) }, gln: try glnBody.map { try Self.gln($0) },
                        municipality: copenhagen, region: .hovedstaden),
                    address: try PostalAddress(
                        lines: [street], postalCode: postalCode, city: city, municipality: copenhagen),
                    partOf: partOf)
            }
        }
        region = organisation(
            .region, "Region Hovedstaden", street: "Kongens Vænge 2", postalCode: "3400", city: "Hillerød")
        municipality = organisation(
            .municipality, "Københavns Kommune", street: "Rådhuspladsen 1", postalCode: "1550", city: "København V")
        psychiatricCentre = organisation(
            .psychiatricCentre, "Psykiatrisk Center Strandparken", sor: "900000000000011", glnBody: "579000990001",
            partOf: region.id)
        ward = organisation(
            .ward, "Sengeafsnit S3", sor: "900000000000028", glnBody: "579000990002", partOf: psychiatricCentre.id)
        outreachTeam = organisation(
            .outreachTeam, "Botilbudsteam Strandparken", sor: "900000000000035", glnBody: "579000990003",
            partOf: psychiatricCentre.id)
        longTermFacility = organisation(
            .residentialFacility, "Bostedet Kastanjehuset", glnBody: "579000990004", street: "Kastanjevej 12")
        temporaryFacility = organisation(
            .residentialFacility, "Botilbuddet Lærkereden", glnBody: "579000990005", street: "Lærkevej 3")
        gpPractice = organisation(
            .gpPractice, "Lægerne ved Stranden", sor: "900000000000042", street: "Strandlodsvej 5")
        addictionTreatment = organisation(.addictionTreatment, "Rusmiddelcenter Syd", street: "Sydhavnsgade 9")
        jobcentre = organisation(.jobcentre, "Jobcenter København", street: "Gyldenløvesgade 15")

        func professional(_ given: String, _ family: String, _ profession: Profession, _ place: Organisation)
            -> Professional
        {
            Professional(
                id: Professional.ID(using: ids), name: Self.must { try PersonName(given: given, family: family) },
                profession: profession, organisation: place.id)
        }
        teamNurse = professional("Mette", "Lund", .nurse, outreachTeam)
        teamPsychiatrist = professional("Jonas", "Krogh", .psychiatrist, outreachTeam)
        seniorConsultant = professional("Anne", "Holm", .seniorConsultant, ward)
        facilityContactPerson = professional("Sofie", "Berg", .socialEducator, longTermFacility)
        caseWorker = professional("Karim", "Nielsen", .caseWorker, municipality)
        generalPractitioner = professional("Lars", "Friis", .generalPractitioner, gpPractice)
    }

    /// A GLN made from twelve data digits and their GS1 check digit.
    public static func gln(_ body: String) throws(ValidationError) -> GLN {
        let digits = body.compactMap { $0.wholeNumberValue }
        return try GLN(body + String(GLN.checkDigit(of: digits)))
    }

    private static func must<T>(_ build: () throws -> T) -> T {
        do {
            return try build()
        } catch {
            preconditionFailure("sample network is invalid: \(error)")
        }
    }
}
