import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Imports MedCom hospital-notification message bundles (FHIR R4 JSON, one bundle per file) as course events.
///
/// The patient's CPR number finds the resident among the stored residents; the Encounter's service provider (SOR
/// code, else GLN) finds the ward among the stored organisations. Messages are taken in the order they were sent
/// and linked by the library's one chain rule, `HospitalNotificationChain` (MedCom Messaging IG,
/// MedComMessagingProvenance): a revision or cancellation amends the event of the message its Provenance names as
/// predecessor, received now or before; one whose predecessor was never received is refused, never matched by
/// guesswork. The chain's errors (a message id reused for another message, a predecessor about another patient) are
/// problems, its warnings notes. Each message's event identifier derives from its MessageHeader id, so receiving a
/// message twice changes nothing.
public enum MedComImport {
    private struct Read {
        var file: String
        var notification: HospitalNotification
    }

    /// Checks every file and plans the saves.
    ///
    /// - Parameters:
    ///   - today: The day of the import; the message's instants (the bundle's timestamp, the Provenance's
    ///     `recorded`, the stay's start and end) must lie in `window` on it. `nil` checks no window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    public static func plan(
        _ files: [(String, Data)], snapshot: StoreSnapshot, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard
    ) -> ImportPlan {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        var plan = ImportPlan()
        var read: [Read] = []
        // Reading a bundle is independent of every other: the files are parsed on every core, then checked in order.
        let parsed = ParallelMap.map(files, minimum: 32) { _, data in
            Result { () throws(FHIRError) -> HospitalNotification in try HospitalNotification(json: data) }
        }
        for ((file, _), result) in zip(files, parsed) {
            plan.rows += 1
            do {
                let notification = try result.get()
                if let plausible {
                    let instants: [(String, Instant?)] = [
                        ("Bundle.timestamp", notification.timestamp), ("Provenance.recorded", notification.sentAt),
                        ("Encounter.period.start", notification.stayStart),
                        ("Encounter.period.end", notification.stayEnd),
                    ]
                    let problems = instants.compactMap { field, instant in
                        instant.flatMap { plausible.problem($0, field: field) }.map {
                            InputProblem(file: file, line: nil, field: field, rule: "\($0.rule) [\($0.code)]")
                        }
                    }
                    guard problems.isEmpty else {
                        plan.problems += problems
                        continue
                    }
                }
                read.append(Read(file: file, notification: notification))
            } catch {
                plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: error.path.map { $0.isRoot ? "bundle" : $0.rawValue },
                        rule: "\(error) [\(error.code)]"))
            }
        }
        read.sort { ($0.notification.sentAt, $0.file) < ($1.notification.sentAt, $1.file) }
        // Wards by their MedCom codes; where two organisations share a code, the one first by identifier.
        var bySOR: [SORCode: Organisation] = [:]
        var byGLN: [GLN: Organisation] = [:]
        for organisation in snapshot.organisations.values.map(\.document).sorted(by: { $0.id < $1.id }) {
            if let sor = organisation.identifiers.sor, bySOR[sor] == nil { bySOR[sor] = organisation }
            if let gln = organisation.identifiers.gln, byGLN[gln] == nil { byGLN[gln] = organisation }
        }
        var chain = HospitalNotificationChain()
        var batch: [Resident.ID: [(file: String, event: CourseEvent)]] = [:]
        var order: [Resident.ID] = []
        var alreadyReceived = 0
        for item in read {
            let notification = item.notification
            func fail(_ field: String, _ rule: String) {
                plan.problems.append(InputProblem(file: item.file, line: nil, field: field, rule: rule))
            }
            let findings = chain.record(notification)
            // A predecessor received in an earlier import is in the store, not in this chain; one received nowhere
            // is refused below (medcom.amendment-without-target).
            for finding in findings.findings
            where finding.severity != .information && finding.code != "hospital-notification.predecessor-unknown" {
                let problem = InputProblem(
                    file: item.file, line: nil, field: finding.path.rawValue,
                    rule: "\(finding.message) [\(finding.code)] (\(finding.source))")
                if finding.severity == .error { plan.problems.append(problem) } else { plan.notes.append(problem) }
            }
            if findings.hasErrors { continue }
            guard case .cpr(let cpr) = notification.patient, let record = snapshot.record(of: cpr)?.document else {
                fail(
                    "Patient.identifier",
                    "no resident with this CPR number in the store; import it with 'brobygger import residents'")
                continue
            }
            let provider = notification.serviceProvider
            let ward = provider.sor.flatMap { bySOR[$0] } ?? provider.gln.flatMap { byGLN[$0] }
            guard let ward else {
                let codes = [provider.sor.map { "SOR \($0.value)" }, provider.gln.map { "GLN \($0.value)" }]
                    .compactMap { $0 }.joined(separator: ", ")
                fail(
                    "Encounter.serviceProvider",
                    "no organisation with \(codes.isEmpty ? "the service provider's codes" : codes) in the store; "
                        + "add the ward to organisations.csv")
                continue
            }
            let known = record.events + (batch[record.id] ?? []).map(\.event)
            let id = StableIdentifier.make(
                notification.messageID.rawValue, kind: "medcom-message", as: CourseEvent.self)
            var earlier: CourseEvent?
            if notification.event.action != .original,
                case .message(let predecessor) = notification.predecessor?.message
            {
                let target = StableIdentifier.make(predecessor.rawValue, kind: "medcom-message", as: CourseEvent.self)
                earlier = known.first { $0.id == target }
            }
            do {
                let event = try notification.courseEvent(id: id, resident: record.id, ward: ward.id, amending: earlier)
                if let stored = known.first(where: { $0.id == id }) {
                    if stored != event {
                        fail("MessageHeader.id", "a message with this id was received before with other content")
                    } else {
                        alreadyReceived += 1
                    }
                    continue
                }
                if batch[record.id] == nil { order.append(record.id) }
                batch[record.id, default: []].append((item.file, event))
            } catch {
                fail(error.field.isRoot ? "bundle" : error.field.rawValue, "\(error.rule) [\(error.code)]")
            }
        }
        for residentID in order {
            guard let existing = snapshot.records[residentID], let rows = batch[residentID] else { continue }
            do throws(ValidationError) {
                let updated = try existing.document.recording(events: rows.map(\.event))
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing) { plan.writes.append(write) }
            } catch {
                for row in rows {
                    plan.problems.append(
                        InputProblem(file: row.file, line: nil, field: nil, rule: "\(error.rule) [\(error.code)]"))
                }
            }
        }
        plan.unchanged = alreadyReceived
        return plan
    }
}
