import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// `brobygger discharges open` and `brobygger agreement draft` over a file store fed with `brobygger import`.
@Suite("The §13a worklist and agreement draft commands", .serialized)
struct DischargesCommandTests {
    /// A file store with the test network; Ida (placed on a §108 facility) admitted on 20 February 2026 when
    /// `admitted` is set.
    static func store(admitted: Bool) async throws -> String {
        let directory = ScratchDirectory.make("cli-worklist")
        let store = directory + "/store"
        var events = TestSupport.events
        if admitted {
            events +=
                "\na1,\(TestSupport.cprA.unmaskedFormatted),ep5,admit_inpatient,2026-02-20T11:00:00+01:00,ward-1,voluntary,"
        }
        for (kind, text) in [
            ("organisations", TestSupport.organisations), ("facilities", TestSupport.facilities),
            ("residents", TestSupport.residents), ("placements", TestSupport.placements), ("events", events),
        ] {
            let file = directory + "/\(kind).csv"
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            let code = await Tool.run(["import", kind, file, "--store", store], environment: TestSupport.environment())
            #expect(code == .success)
        }
        return store
    }

    static func run(_ arguments: [String], store: String) async -> (ExitCode, CapturedOutput) {
        let output = CapturedOutput()
        let code = await Tool.run(arguments + ["--store", store], environment: TestSupport.environment(output))
        return (code, output)
    }

    @Test("an admitted resident without an agreement is listed in every format, with exit code 1")
    func open() async throws {
        let store = try await Self.store(admitted: true)
        let (code, text) = await Self.run(["discharges", "open"], store: store)
        #expect(code == .findings)
        #expect(text.standardOutput.contains("170580-xxxx"))
        #expect(!text.standardOutput.contains(TestSupport.cprA.unmaskedValue))
        #expect(text.standardOutput.contains("! ingen aftale"), "10 days admitted: past the attention threshold")
        #expect(text.standardOutput.contains("Botilbuddet Engen"))
        let (_, csv) = await Self.run(["discharges", "open", "--format", "csv"], store: store)
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("cpr,name,ward,admitted_at,days_admitted") == true)
        #expect(lines.count == 2)
        #expect(lines.last?.contains("\"Afsnit 1, Test\"") == true)
        let (_, json) = await Self.run(["discharges", "open", "--format", "json"], store: store)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["state"] as? String == "none")
        #expect(rows.first?["daysAdmitted"] as? Int == 10)
        #expect(!json.standardOutput.contains(TestSupport.cprA.unmaskedValue))
        let (_, markdown) = await Self.run(["discharges", "open", "--format", "markdown"], store: store)
        #expect(markdown.standardOutput.contains("| CPR |"))
        let (wardCode, ward) = await Self.run(["discharges", "open", "--ward", "Afsnit 1, Test"], store: store)
        #expect(wardCode == .findings)
        #expect(ward.standardOutput.contains("1 indlagte"))
    }

    @Test("usage errors: an unknown ward, a malformed or implausible --as-of")
    func usage() async throws {
        let store = try await Self.store(admitted: true)
        #expect(await Self.run(["discharges", "open", "--ward", "no such ward"], store: store).0 == .usage)
        #expect(await Self.run(["discharges", "open", "--as-of", "yesterday"], store: store).0 == .usage)
        #expect(await Self.run(["discharges", "open", "--as-of", "1850-01-01"], store: store).0 == .usage)
        #expect(
            await Self.run(["agreement", "draft", "--resident", "12", "--episode", "ep5"], store: store).0 == .usage)
        #expect(await Self.run(["agreement", "draft", "--episode", "ep5"], store: store).0 == .usage)
    }

    @Test("no stay needing an agreement gives exit code 0; an earlier instant lists the stays open then")
    func asOf() async throws {
        let store = try await Self.store(admitted: false)
        let (code, output) = await Self.run(["discharges", "open"], store: store)
        #expect(code == .success)
        #expect(output.standardOutput.contains("ingen"))
        let (earlierCode, earlier) = await Self.run(
            ["discharges", "open", "--as-of", "2025-03-10T12:00:00+01:00", "--format", "csv"], store: store)
        #expect(earlierCode == .findings)
        #expect(earlier.standardOutput.contains(",ep1,"))
    }

    @Test("the draft lists what is pre-filled and missing; saved, the worklist shows it as a draft")
    func draft() async throws {
        let store = try await Self.store(admitted: true)
        let cpr = TestSupport.cprA.unmaskedFormatted
        let (code, output) = await Self.run(
            ["agreement", "draft", "--resident", cpr, "--episode", "ep5", "--save"], store: store)
        #expect(code == .success)
        #expect(output.standardOutput.contains("170580-xxxx"))
        #expect(!output.standardOutput.contains(TestSupport.cprA.unmaskedValue))
        #expect(output.standardOutput.contains("facility: Botilbuddet Engen"))
        #expect(output.standardOutput.contains("content.social-offers"))
        #expect(output.standardOutput.contains("Saved draft agreement"))
        let (openCode, json) = await Self.run(["discharges", "open", "--format", "json"], store: store)
        #expect(openCode == .findings, "a draft still needs action")
        #expect(json.standardOutput.contains("\"state\" : \"draft\""))
        let (missingCode, _) = await Self.run(
            ["agreement", "draft", "--resident", cpr, "--episode", "no-such-episode"], store: store)
        #expect(missingCode == .store)
    }

    @Test("a stk. 2 assessment, drafted and saved, puts a patient outside the mandatory group on the worklist")
    func stk2Assessment() async throws {
        let store = try await Self.store(admitted: false)
        // Bo's placement ended on 31 December 2025: admitted in 2026, he is not in the mandatory group.
        let bo = TestSupport.cprB.unmaskedFormatted
        let file = (store as NSString).deletingLastPathComponent + "/bo-events.csv"
        let row = "b9,\(bo),ep9,admit_inpatient,2026-02-20T11:00:00+01:00,ward-1,voluntary,"
        try Data("event_id,resident,episode,kind,at,ward,admission,supersedes\n\(row)\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        #expect(await Self.run(["import", "events", file], store: store).0 == .success)
        let (unflagged, _) = await Self.run(["discharges", "open", "--format", "csv"], store: store)
        #expect(unflagged == .success, "outside the mandatory group and not assessed: not on the list")

        let draft = ["agreement", "draft", "--resident", bo, "--episode", "ep9"]
        #expect(await Self.run(draft + ["--grounds", "afbryder behandling"], store: store).0 == .usage)
        #expect(await Self.run(draft + ["--assessed-by", "Holm", "--grounds", "x"], store: store).0 == .usage)
        let (code, output) = await Self.run(
            draft + [
                "--assessed-by", "Hanne Holm", "--grounds", "har afbrudt behandlingen efter tre indlæggelser", "--save",
            ], store: store)
        #expect(code == .success)
        #expect(output.standardOutput.contains("Hanne Holm assessed on 2026-03-02"))
        #expect(output.standardOutput.contains("har afbrudt behandlingen"))
        #expect(!output.standardOutput.contains("draft.basis-assessment"))
        #expect(!output.standardOutput.contains(TestSupport.cprB.unmaskedValue))
        let (flagged, csv) = await Self.run(["discharges", "open", "--format", "csv"], store: store)
        #expect(flagged == .findings, "a draft still needs action")
        #expect(csv.standardOutput.contains(",ep9,"))
    }
}
