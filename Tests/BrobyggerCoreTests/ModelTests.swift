import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@Suite("Organisations, people, validation and revisions")
struct ModelTests {
    @Test("organisations reject a blank name and decode through validation")
    func organisations() throws {
        let id = Organisation.ID.random()
        #expect(throws: ValidationError.self) { try Organisation(id: id, kind: .ward, name: "  ") }
        #expect(throws: ValidationError.self) { try Organisation(id: id, kind: .ward, name: "S3", partOf: id) }
        let json = #"{"id":"\#(id)","kind":"facility","name":" ","identifiers":{}}"#
        do {
            _ = try JSONDecoder().decode(Organisation.self, from: Data(json.utf8))
            Issue.record("decoded a blank name")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["name"])
            #expect(context.debugDescription.contains("organisation.name-empty"))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                Organisation.self, from: Data(#"{"id":"\#(id)","kind":"hospice","name":"X"}"#.utf8))
        }
    }

    @Test("the sample network round-trips through JSON")
    func sampleNetwork() throws {
        let network = SampleNetwork()
        let again = SampleNetwork()
        #expect(network.organisations == again.organisations)
        let data = try JSONEncoder().encode(network.organisations)
        #expect(try JSONDecoder().decode([Organisation].self, from: data) == network.organisations)
        let people = try JSONDecoder().decode([Professional].self, from: JSONEncoder().encode(network.professionals))
        #expect(people == network.professionals)
        #expect(network.outreachTeam.partOf == network.psychiatricCentre.id)
    }

    @Test("every profession named in the domain has a Danish name")
    func professions() {
        #expect(Profession.seniorConsultant.danishName == "overlæge")
        #expect(Profession.recoveryMentor.danishName == "recoverymentor")
        #expect(Profession.socialEducator.danishName == "pædagog")
        #expect(Profession.allCases.allSatisfy { !$0.danishName.isEmpty })
        #expect(Profession.pharmacist.isHealthProfessional == false)
        #expect(Profession.psychiatrist.isDoctor)
    }

    @Test("addresses and names validate")
    func addresses() throws {
        #expect(throws: ValidationError.self) { try PostalAddress(lines: [], postalCode: "2300", city: "København S") }
        #expect(throws: ValidationError.self) { try PostalAddress(lines: ["Vej 1"], postalCode: "230", city: "X") }
        #expect(throws: ValidationError.self) { try PersonName(given: " ", family: "") }
        #expect(try PersonName(given: "Peter", family: "Hansen").initials == "PH")
    }

    @Test("a proxy designation cannot end before it starts")
    func proxy() throws {
        let start = try CalendarDate(iso8601: "2026-01-10")
        #expect(throws: ValidationError.self) {
            try DesignatedProxy(relative: .random(), designatedOn: start, validUntil: start.adding(days: -1))
        }
        let proxy = try DesignatedProxy(relative: .random(), designatedOn: start)
        #expect(proxy.isInForce(on: start))
        #expect(!proxy.isInForce(on: start.adding(days: -1)))
    }

    @Test("validation errors name field, rule and value")
    func errors() {
        let error = ValidationError(field: "score", code: "gaf.out-of-range", rule: "GAF is 1–100", offendingValue: "0")
            .nested(under: "resident.gaf")
        #expect(error.field.rawValue == "resident.gaf.score")
        #expect(error.description == #"invalid resident.gaf.score: GAF is 1–100 [gaf.out-of-range]; got "0""#)
        #expect(FieldPath("a").appending(index: 2).appending("b").rawValue == "a[2].b")
        #expect(FieldPath("a[2].b").codingKeys.map(\.stringValue) == ["a", "[2]", "b"])
    }

    @Test("reports sort findings by severity and keep their sources")
    func reports() {
        var report = ValidationReport()
        #expect(report.isClean)
        report.append(
            Finding(
                code: "x.warn", severity: .warning, path: "a", message: "m",
                source: .document(.erfaringsopsamling2024, locator: "afsnit 4.3.2")))
        report.append(
            Finding(
                code: "x.err", severity: .error, message: "m", source: .statute("psykiatriloven §13a stk. 1")))
        #expect(report.hasErrors)
        #expect(report.highestSeverity == .error)
        #expect(report.errors.map(\.code) == ["x.err"])
        #expect(
            report.findings(withCode: "x.warn").first?.source.description
                == "Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams, afsnit 4.3.2"
        )
        #expect(report.nested(under: "plan").findings.first?.path.rawValue == "plan.a")
        #expect(
            SourceCitation.configuration("followUpWeekdays", default: "5").description
                == "configuration followUpWeekdays default 5")
    }

    @Test("revision histories are numbered, ordered and append-only")
    func revisions() throws {
        let author = Author(name: try PersonName(given: "Mette", family: "Lund"))
        let t0 = try Instant(iso8601: "2026-01-01T10:00:00+01:00")
        let history = RevisionHistory(initial: "v1", provenance: Provenance(author: author, instant: t0))
        let next = try history.appending(
            "v2", provenance: Provenance(author: author, instant: t0.adding(seconds: 60), reason: "ret"))
        #expect(next.versions.map(\.number) == [1, 2])
        #expect(next.currentDocument == "v2")
        #expect(history.currentDocument == "v1")
        #expect(next.version(at: t0.adding(seconds: 30))?.document == "v1")
        #expect(throws: ValidationError.self) {
            try next.appending("v3", provenance: Provenance(author: author, instant: t0))
        }
        let data = try JSONEncoder().encode(next)
        #expect(try JSONDecoder().decode(RevisionHistory<String>.self, from: data) == next)
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: #""number":2"#, with: #""number":3"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RevisionHistory<String>.self, from: Data(tampered.utf8))
        }
    }

    @Test("sequential identifier sources are deterministic")
    func identifiers() {
        let a = SequentialIdentifierSource(seed: 7)
        let b = SequentialIdentifierSource(seed: 7)
        #expect((0..<5).map { _ in a.nextUUID() } == (0..<5).map { _ in b.nextUUID() })
        #expect(
            SequentialIdentifierSource.uuid(seed: 7, value: 1) != SequentialIdentifierSource.uuid(seed: 8, value: 1))
    }
}
