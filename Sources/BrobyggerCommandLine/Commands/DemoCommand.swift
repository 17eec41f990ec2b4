import Brobygger
import BrobyggerTesting
import Foundation

/// `brobygger demo`: fills a store with the synthetic Region Hovedstaden and gives a guided tour of it.
enum DemoCommand {
    /// The file that marks a store directory as made by the demo, so a later demo may replace it.
    static let markerName = ".brobygger-demo"

    static var spec: CommandSpec {
        CommandSpec(
            name: "demo",
            abstract: "Fill a store with a synthetic Region Hovedstaden and take a guided tour",
            discussion: """
                Generates the synthetic region (72 facilities, 5 outreach teams, 1,350 residents, a year of course
                events) into the file store, replacing an earlier demo store in that directory (a store the demo
                did not make is never touched), then shows the region in numbers, a resident-overview board, the
                §13a/§13b compliance summary, care plans with overdue meetings, a relational-coordination summary
                and a collaboration agreement. With --export DIR it also writes
                sample input files of every format the tool reads.
                """,
            options: [
                ToolStore.option,
                .value("export", "DIR", help: "Also write sample input files of every format to DIR"),
            ],
            action: { parsed, environment in try await run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let print = environment.print
        let directory = environment.storeDirectory(parsed.value("store"))
        try await prepare(directory)
        let region = try SyntheticRegion.generate(.hovedstaden)
        let records = try region.residentRecords()
        let week = tourWeek(region: region, today: environment.clock.today)
        let stays = region.courseRegister().stays
        let overview = region.overviewRecords(stays: stays, asOf: week.sunday)
        let facility = busiestFacility(region: region, overview: overview, week: week)
        var agreements: [CollaborationAgreement] = []
        var tourAgreement: CollaborationAgreement?
        var register: [DischargeDocumentRecord] = []

        let store = try FileDocumentStore(directory: directory)
        do {
            _ = FileManager.default.createFile(atPath: directory + "/" + markerName, contents: Data("demo\n".utf8))
            let provenance = ToolStore.provenance(environment, reason: "brobygger demo: synthetic Region Hovedstaden")
            for organisation in region.organisations {
                _ = try await store.save(organisation, expecting: .new, provenance: provenance)
            }
            for team in region.teams { _ = try await store.save(team, expecting: .new, provenance: provenance) }
            for other in region.facilities {
                _ = try await store.save(other, expecting: .new, provenance: provenance)
                guard let agreement = try await GenerateCommand.demoAgreement(for: other, in: region, store: store)
                else { continue }
                _ = try await store.save(agreement, expecting: .new, provenance: provenance)
                agreements.append(agreement)
                if other.id == facility.id { tourAgreement = agreement }
            }
            let progress = ProgressBar(total: records.count, environment: environment)
            for (index, record) in records.enumerated() {
                _ = try await store.save(record, expecting: .new, provenance: provenance)
                progress.update(index + 1)
            }
            progress.finish()
            let discharge = try DischargeSyntheticDocuments.derive(from: region)
            register = discharge.records
            for agreement in discharge.agreements {
                _ = try await store.save(agreement, expecting: .new, provenance: provenance)
            }
            for plan in discharge.plans { _ = try await store.save(plan, expecting: .new, provenance: provenance) }
            let carePlans = try region.carePlans(CarePlanGenerationParameters(count: 300, asOf: week.sunday))
            for plan in carePlans { _ = try await store.save(plan, expecting: .new, provenance: provenance) }
            print("Brobygger \(BrobyggerVersion.current) — demo store at \(directory)")
            print("")
            printNumbers(region: region, stays: stays, environment: environment)
            print("")
            print(try await BoardCommand.render(facility: facility, week: week, store: store, markdown: false))
            print("")
            let compliance = try await DischargeComplianceReport.build(store: store, asOf: environment.clock.today)
            let regionOnly = DischargeComplianceReport(
                period: compliance.period, rows: compliance.rows(.region), exceptions: [], rules: compliance.rules,
                documentMismatches: compliance.documentMismatches)
            print(ComplianceCommand.text(regionOnly))
            print("  (every ward and centre: brobygger compliance; as Markdown or CSV: --format markdown|csv)")
            print("")
            let due = CarePlanFollowUp(plans: carePlans).meetingsDue(in: .all, asOf: week.sunday, withinWorkingDays: 10)
            let overdue = due.filter { if case .dueSoon = $0.state { false } else { true } }
            print(
                "Koordinerende indsatsplaner: \(carePlans.count) i alt; \(overdue.count) med manglende eller "
                    + "overskredet næste møde, \(due.count - overdue.count) med møde inden for 10 arbejdsdage "
                    + "(pr. \(week.sunday)).")
            for item in overdue.prefix(3) {
                print("  brobygger plan show \(item.plan.uuidString)")
            }
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        print("")
        let survey = RelationalCoordinationSurveyGenerator(respondents: 60, workgroups: 4, rounds: 1, seed: 2026)
            .generate()
        if let round = survey.survey.rounds.first {
            let report = try RelationalCoordinationScorer(survey: survey.survey).score(
                survey.responses, round: round.id)
            print(RCCommand.text(report))
        }
        print("")
        if let agreement = tourAgreement {
            printAgreement(agreement, facility: facility, directory: directory, environment: environment)
        }
        if let export = parsed.value("export"), let agreement = tourAgreement {
            try SampleExport.write(
                to: export, region: region, facility: facility, agreement: agreement, survey: survey,
                register: register)
            print("")
            print("Sample input files written to \(export):")
            for file in SampleExport.files {
                print("  " + file.name.padding(toLength: 25, withPad: " ", startingAt: 0) + "brobygger \(file.reader)")
            }
        }
        print("")
        print("Next: brobygger --help, or brobygger board --facility \"\(facility.name)\" --week \(week)")
        return .success
    }

    /// Empties `directory` for a new demo store, refusing to touch anything the demo did not make.
    static func prepare(_ directory: String) async throws(StoreError) {
        let manager = FileManager.default
        guard let contents = try? manager.contentsOfDirectory(atPath: directory), !contents.isEmpty else { return }
        guard contents.contains(markerName) else {
            throw .io(
                path: directory,
                reason: "the directory holds data the demo did not make; give an empty or new directory with --store")
        }
        // A writer still working on the earlier demo store keeps it: opening the store takes the writer's lock.
        if FileDocumentStore.exists(at: directory) {
            let earlier = try FileDocumentStore(directory: directory)
            await earlier.close()
        }
        do {
            try manager.removeItem(atPath: directory)
        } catch {
            throw .io(path: directory, reason: "the earlier demo store cannot be removed: \(error)")
        }
    }

    /// This week when it lies in the synthetic period, else the period's last full week.
    static func tourWeek(region: SyntheticRegion, today: CalendarDate) -> ISOWeek {
        if region.period.contains(today) { return ISOWeek(containing: today) }
        let end = region.period.end ?? region.period.start
        return ISOWeek(containing: end.adding(days: -7))
    }

    /// The facility with the most residents on the board that week, for a tour with something to see.
    static func busiestFacility(region: SyntheticRegion, overview: ResidentOverviewRecords, week: ISOWeek)
        -> ResidentialFacility
    {
        var best = region.facilities[0]
        var bestRows = -1
        for facility in region.facilities {
            guard let team = facility.outreachTeam else { continue }
            let rows = overview.board(
                facility: facility.id, team: team, week: week,
                viewer: InformationViewer(organisation: team, organisationKind: .outreachTeam), terms: region.terms
            ).rows.count
            if rows > bestRows {
                best = facility
                bestRows = rows
            }
        }
        return best
    }

    /// The region in numbers.
    static func printNumbers(region: SyntheticRegion, stays: [Stay], environment: CommandEnvironment) {
        let print = environment.print
        let end = region.period.end ?? region.period.start
        let places = region.facilities.reduce(0) { $0 + $1.capacity }
        let placed = Set(region.placements.filter { $0.isActive(on: end) }.map(\.resident)).count
        let psychiatric = stays.filter { $0.wardType == .psychiatric && region.period.contains($0.admissionDate) }
        let readmissions = ReadmissionAnalysis(stays: stays)
        print("\(region.parameters.region.danishName) i tal (syntetiske data, \(region.period.start)–\(end))")
        var table = TextTable(headings: ["", "Antal"])
        table.rows = [
            ["Botilbud (§107, §108, ABL §105)", "\(region.facilities.count)"],
            ["Pladser", "\(places)"],
            ["Botilbudsteams", "\(region.teams.count)"],
            ["Psykiatriske centre / sengeafsnit", "\(region.psychiatricCentres.count) / \(region.wards.count)"],
            ["Beboere i perioden / pr. \(end)", "\(region.residents.count) / \(placed)"],
            ["Psykiatriske indlæggelser", "\(psychiatric.count)"],
            ["Akutte genindlæggelser", "\(readmissions.acuteReadmissions.count)"],
            ["Hyppigt indlagte beboere", "\(readmissions.frequentAdmitters.count)"],
            ["Kontakter fra teamene", "\(region.contacts.count)"],
        ]
        print(table.text())
    }

    /// The facility's collaboration agreement in brief, and how to render it.
    static func printAgreement(
        _ agreement: CollaborationAgreement, facility: ResidentialFacility, directory: String,
        environment: CommandEnvironment
    ) {
        let print = environment.print
        let terms = agreement.draft?.terms ?? agreement.terms(inForceOn: environment.clock.today)
        print("Samarbejdsaftale — \(facility.name)")
        print("  Skabelon: \(agreement.template.title.danish)")
        let status =
            switch agreement.status(on: environment.clock.today) {
            case .draft: "udkast (mangler underskrifter)"
            case .active(let version): "gældende, version \(version)"
            case .noticeGiven(let version, let endsOn): "opsagt, version \(version), ophører \(endsOn)"
            case .ended(let endedOn): "ophørt \(endedOn)"
            }
        print("  Status: \(status)")
        for party in terms?.parties ?? [] {
            print("  Part: \(party.organisation.name) (\(party.role.name(in: .danish)))")
        }
        if let meeting = terms?.overviewMeeting {
            print("  Beboeroverbliksmøde: \(meeting.weekday.danishName), \(meeting.meetingsPerWeek) gang(e) om ugen")
        }
        print("  Kriterier for intensiveret indsats: \(terms?.intensifiedEffortCriteria.count ?? 0)")
        let report = agreement.validate(on: environment.clock.today)
        print("  Åbne punkter: \(report.errors.count) fejl, \(report.findings.count - report.errors.count) andre fund")
        print("  Gengiv den: brobygger agreement render \(agreement.id) --format html --store \"\(directory)\"")
    }
}
