import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// A data-protection review of an integration built on Brobygger: nothing the SDK renders as text (descriptions,
/// debug descriptions, dumps, errors, findings, boards) may contain a full CPR number, for any resident of a
/// synthetic region.
final class PersonalDataAuditSpec: XCTestCase {
    /// Every way a full CPR number could be written: ten digits, and with the hyphen.
    private func forbiddenForms(_ cpr: PersonIdentifier) -> [String] {
        let digits = cpr.unmaskedValue
        return [digits, "\(digits.prefix(6))-\(digits.suffix(4))"]
    }

    /// `description`, `debugDescription` and, for values small enough to read, `dump`.
    private func renderings(_ value: Any, dumping: Bool = true) -> [String] {
        var texts = [String(describing: value), String(reflecting: value)]
        if dumping {
            var dumped = ""
            dump(value, to: &dumped)
            texts.append(dumped)
        }
        return texts
    }

    func testNoRenderingOfTheRegionsDataRevealsACPRNumber() throws {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.residents = 150
        parameters.facilities = 10
        parameters.teams = 2
        let region = try SyntheticRegion.generate(parameters)
        let records = try region.residentRecords()
        let register = region.courseRegister()
        let stays = register.stays
        let overview = region.overviewRecords(stays: stays)
        var texts: [String] = []

        for record in records {
            texts += renderings(record)
            texts += renderings(record.resident.person)
            if case .cpr(let number) = record.resident.person {
                texts += renderings(number) + ["\(number)", number.masked]
            }
            // A number mistyped in its date part fails with a masked error.
            let digits = record.resident.person.unmaskedValue
            let broken = "99" + digits.dropFirst(2)
            do {
                _ = try CPRNumber(broken)
                XCTFail("accepted an impossible date")
            } catch {
                texts += [error.description, String(reflecting: error)]
                XCTAssertFalse(error.description.contains(broken.suffix(4)), error.description)
            }
        }
        texts += renderings(register, dumping: false)
        texts += register.timelines.values.flatMap { $0.findings.findings.map(\.description) }
        texts += renderings(ReadmissionAnalysis(stays: stays), dumping: false)
        for facility in region.facilities {
            guard let team = facility.outreachTeam else { continue }
            let board = overview.board(
                facility: facility.id, team: team, week: try ISOWeek(iso8601: "2025-W40"),
                viewer: region.teamViewer(team),
                terms: region.terms)
            texts += renderings(board)
        }
        texts += renderings(region.consents, dumping: false)

        let everything = texts.joined(separator: "\n")
        let candidates = cprShapedRuns(in: everything)
        for record in records {
            for form in forbiddenForms(record.resident.person) {
                XCTAssertFalse(candidates.contains(form), "a full CPR number of a resident appears in a rendering")
            }
        }
        // The masked form is what appears instead.
        let first = try XCTUnwrap(records.first)
        XCTAssertTrue(everything.contains(first.resident.person.masked))
    }

    /// Every run of ten digits, and every `DDDDDD-DDDD`, in a text: what a full CPR number could look like.
    private func cprShapedRuns(in text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57
        }
        var found = Set<String>()
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while isDigit(end) { end += 1 }
            if end - index >= 10 { found.insert(String(decoding: bytes[index..<(index + 10)], as: UTF8.self)) }
            if end - index == 6, end < bytes.count, bytes[end] == 45, (1...4).allSatisfy({ isDigit(end + $0) }) {
                found.insert(String(decoding: bytes[index..<(end + 5)], as: UTF8.self))
            }
            index = end
        }
        return found
    }

    func testMedComNotificationsAndTheirErrorsStayMasked() throws {
        let resident = SampleCPRNumbers.make(born: try CalendarDate(iso8601: "1961-07-07"), sex: .male, serial: 42)
        let patient = FHIR.Patient(id: try FHIR.ID("p1"), personIdentifier: .cpr(resident))
        let texts = renderings(patient) + renderings(patient.identifier)
        for text in texts {
            XCTAssertFalse(text.contains(resident.unmaskedValue), "the Patient rendering shows the full CPR number")
        }
    }

    // MARK: Every value that holds a CPR number

    /// Finds, with `Mirror`, every Brobygger value inside `value` that holds a CPR number (directly or in a nested
    /// value), collecting the numbers and one rendering set per value (at most `limit` values per type).
    private struct CPRHolderWalk {
        var numbers = Set<String>()
        var renderedTypes: [String: Int] = [:]
        var texts: [String] = []
        let limit = 12

        /// Whether `value` holds a CPR number; renders it when it does and is a Brobygger type.
        @discardableResult
        mutating func walk(_ value: Any, depth: Int = 0) -> Bool {
            var holds = false
            if let cpr = value as? CPRNumber {
                numbers.insert(cpr.unmaskedValue)
                holds = true
            } else if let person = value as? PersonIdentifier, case .cpr(let cpr) = person {
                numbers.insert(cpr.unmaskedValue)
                holds = true
            } else if let identifier = value as? FHIR.Identifier, let person = try? identifier.personIdentifier(),
                case .cpr(let cpr) = person
            {
                // FHIR carries the number as the identifier's text value.
                numbers.insert(cpr.unmaskedValue)
                holds = true
            }
            if depth < 30 {
                for child in Mirror(reflecting: value).children where walk(child.value, depth: depth + 1) {
                    holds = true
                }
            }
            let type = String(reflecting: Swift.type(of: value))
            if holds, type.hasPrefix("Brobygger"), renderedTypes[type, default: 0] < limit {
                renderedTypes[type, default: 0] += 1
                var dumped = ""
                dump(value, to: &dumped, maxDepth: 12)
                texts += [String(describing: value), String(reflecting: value), dumped]
                if let encodable = value as? any Encodable, let error = Self.typeMismatch(encodable) {
                    texts.append(error)
                }
            }
            return holds
        }

        /// The error a decoder gives for a value of the right shape but the wrong type at its root.
        static func typeMismatch(_ value: any Encodable) -> String? {
            guard let data = try? JSONEncoder().encode(value) else { return nil }
            do {
                _ = try JSONDecoder().decode([Int].self, from: data)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    /// MedCom's published hospital-notification examples, kept with the FHIR tests.
    private func medComExamples() throws -> [Data] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && $0.lastPathComponent.hasPrefix("HospitalNotification_") }.sorted {
                $0.path < $1.path
            }.map { try Data(contentsOf: $0) }
    }

    /// Every value of the SDK that holds a CPR number (found by walking residents, records, revisions, discharge
    /// register rows, compliance reports, MedCom notifications and FHIR bundles), rendered every way: description,
    /// debug description, `String(reflecting:)`, `dump`, decoding errors, validation findings, Markdown, HTML and
    /// CSV reports, access views and audit entries. No full CPR number appears in any of them.
    func testEveryValueHoldingACPRNumberRendersMasked() async throws {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.residents = 120
        parameters.facilities = 8
        parameters.teams = 2
        let region = try SyntheticRegion.generate(parameters)
        let records = try region.residentRecords()
        let discharge = try DischargeSyntheticDocuments.derive(from: region)
        let persons = Dictionary(uniqueKeysWithValues: region.residents.map { ($0.id, $0.person) })
        var walk = CPRHolderWalk()

        // The records, as documents, stored revisions and histories.
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Ane", family: "Aagaard")),
            instant: try Instant(date: CalendarDate(iso8601: "2026-03-02"), hour: 9))
        for record in records {
            walk.walk(record)
            walk.walk(RevisionHistory(initial: record, provenance: provenance))
        }
        // Discharge register rows as a region reads them in, and the compliance report in every format.
        var rows: [DischargeDocumentRecord] = []
        for agreement in discharge.agreements {
            guard let person = persons[agreement.content.resident] else { continue }
            rows.append(DischargeDocumentRecord(agreement, person: person))
        }
        for plan in discharge.plans {
            guard let person = persons[plan.content.resident] else { continue }
            rows.append(DischargeDocumentRecord(plan, person: person))
        }
        XCTAssertFalse(rows.isEmpty)
        for row in rows { walk.walk(row) }
        let compliance = DischargeComplianceReport.build(
            period: region.period, cases: discharge.cases, documents: rows, persons: persons,
            organisations: region.organisations)
        walk.texts += [compliance.markdown(), compliance.csv(), String(reflecting: compliance)]
        walk.texts += compliance.exceptions.flatMap { $0.findings().findings.map(\.description) }
        // MedCom notifications and their FHIR bundles.
        for data in try medComExamples() {
            walk.walk(try HospitalNotification(json: data))
            walk.walk(try JSONDecoder().decode(FHIR.Bundle.self, from: data))
        }
        // A resident's record read through the access gateway, and the audit log it writes.
        let store = InMemoryDocumentStore()
        let gateway = AccessGateway(
            store: store, providers: [ConsentBasisProvider(register: region.consents)],
            clock: FixedClock(noonOn: try CalendarDate(iso8601: "2026-03-02")))
        let record = try XCTUnwrap(records.first)
        let team = try XCTUnwrap(region.teams.first)
        _ = try await store.save(record, expecting: .new, provenance: provenance)
        let nurse = Accessor(role: .teamNurse, organisation: team.id)
        if let view = try? await gateway.read(ResidentRecord.self, id: record.id, as: nurse) { walk.walk(view) }
        for entry in try await store.auditEntries(matching: AuditQuery()) {
            walk.texts += [String(describing: entry), String(reflecting: entry)]
        }

        // Errors from bad input carrying a CPR number.
        for number in walk.numbers.sorted().prefix(40) {
            walk.texts += badInputErrors(number)
        }

        // Narratives (`Narrative.div`) carry the sender's XHTML, into which MedCom's examples write the patient's
        // CPR number: descriptions and dumps show only their size, so they are checked like everything else.
        let texts = walk.texts
        let everything = texts.joined(separator: "\n")
        XCTAssertGreaterThan(walk.numbers.count, 100)
        let leaked = cprShapedRuns(in: everything)
        for number in walk.numbers {
            let hyphenated = "\(number.prefix(6))-\(number.suffix(4))"
            guard leaked.contains(number) || leaked.contains(hyphenated) else { continue }
            let rendering = texts.first { $0.contains(number) || $0.contains(hyphenated) } ?? ""
            XCTFail("a full CPR number appears in a rendering of \(rendering.prefix(60))…")
        }
        // The walk reached the types that hold CPR numbers, including the nested ones.
        let rendered = Set(walk.renderedTypes.keys.map { $0.split(separator: ".").dropFirst().joined(separator: ".") })
        for expected in [
            "CPRNumber", "PersonIdentifier", "Resident", "ResidentRecord", "RevisionHistory<BrobyggerResidents",
            "DischargeDocumentRecord", "HospitalNotification", "FHIR.Patient", "FHIR.Identifier", "FHIR.Bundle",
            "AccessView<BrobyggerResidents",
        ] {
            XCTAssertTrue(
                rendered.contains { $0.hasPrefix(expected) }, "no \(expected) was rendered: \(rendered.sorted())")
        }
    }

    /// The errors the SDK gives for bad input that contains (or is close to) the CPR number `number`.
    private func badInputErrors(_ number: String) -> [String] {
        var texts: [String] = []
        func record(_ body: () throws -> Void) {
            do {
                try body()
            } catch {
                texts += [String(describing: error), String(reflecting: error), error.localizedDescription]
            }
        }
        let hyphenated = "\(number.prefix(6))-\(number.suffix(4))"
        // An impossible date, a digit too many, a letter, a misplaced hyphen.
        for text in [
            "32" + number.dropFirst(2), number + "1", number.prefix(9) + "x",
            number.prefix(4) + "-" + number.dropFirst(4),
        ] {
            record { _ = try CPRNumber(String(text)) }
            record { _ = try PersonIdentifier(cpr: String(text)) }
        }
        // A register row with a valid number but a bad count, and with a bad number.
        let cells = [
            "document_id": "D-1", "resident": hyphenated, "episode": "EP-1", "kind": "agreement", "basis": "13a1",
            "agreed_on": "2026-03-01", "refused_on": "", "treatment_offers": "many", "social_offers": "1",
            "parties": "2", "consultant": "",
        ]
        record { _ = try DischargeDocumentRecord(cells: cells, line: 7) }
        var badNumber = cells
        badNumber["resident"] = "32" + hyphenated.dropFirst(2)
        record { _ = try DischargeDocumentRecord(cells: badNumber, line: 8) }
        // A resident whose JSON carries a mistyped number, and one whose name is missing.
        let json =
            #"{"id":"0c4ab0e0-8f53-4e2f-9a50-4a0d1b5e43d1","person":"PERSON","name":{"given":"","family":""},"actingMunicipality":"0101","diagnoses":[],"gafScores":[],"relatives":[]}"#
        for person in ["32" + number.dropFirst(2), number] {
            record {
                _ = try JSONDecoder().decode(
                    Resident.self, from: Data(json.replacingOccurrences(of: "PERSON", with: person).utf8))
            }
        }
        return texts
    }
}
