import BrobyggerCore
import BrobyggerResidents

/// Reads `team_contacts.csv`: `contact_id,resident,team,kind,channel,at,professional`, the outreach team's registered
/// contacts with residents (FORMATS.md), which the follow-up-after-discharge rule and the contact indicators count.
///
/// `contact_id` is the registering system's identifier: it becomes a stable identifier, so importing the same file
/// again changes nothing, and a later row (or file) with the same id replaces the contact. The resident (by CPR
/// number) and the team (an `outreach_team` organisation) must be in the store. `kind` and `channel` are the closed
/// lists of the contact registrations (Erfaringsopsamling 2024, Bilag 3): *ambulant besøg, hjemmebesøg, udebesøg, akut ambulant
/// kontakt*, in person, phone, video or mail.
public enum TeamContactsImport {
    /// The header of the file.
    public static let header = ["contact_id", "resident", "team", "kind", "channel", "at", "professional"]
    /// The `kind` codes.
    public static let kinds: [(String, ContactRegistrationKind)] =
        ContactRegistrationKind.allCases.map { ($0.rawValue, $0) }
    /// The `channel` codes.
    public static let channels: [(String, ContactChannel)] = ContactChannel.allCases.map { ($0.rawValue, $0) }

    /// The contact's identifier for a file's `contact_id`.
    public static func contactID(_ text: String) -> TeamContact.ID {
        StableIdentifier.make(text, kind: "team-contact")
    }

    /// The professional's identifier for a file's `professional` (a name or an authorisation id).
    public static func professionalID(_ text: String) -> Professional.ID {
        StableIdentifier.make(text, kind: "professional")
    }

    /// Checks every row and plans the saves: one save per resident record that gains or changes contacts.
    ///
    /// - Parameters:
    ///   - today: The day of the import; every date and instant read must lie in `window` on it. `nil` checks no
    ///     window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    /// - Throws: ``InputProblem`` when the header lacks a required column.
    public static func plan(
        _ table: CSVTable, snapshot: StoreSnapshot, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard
    ) throws(InputProblem) -> ImportPlan {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        let columns = try CSVColumns(
            table, required: ["contact_id", "resident", "team", "kind", "channel", "at"], optional: ["professional"])
        var plan = ImportPlan()
        var lines: [TeamContact.ID: Int] = [:]
        var byResident: [Resident.ID: [(line: Int, contact: TeamContact)]] = [:]
        var order: [Resident.ID] = []
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record, plausible: plausible)
            let id = row.required("contact_id") { text throws in
                let id = contactID(text)
                if let earlier = lines[id] { throw RowRule("the contact is already on line \(earlier)") }
                return id
            }
            let resident = row.required("resident", showValue: false) { text throws in
                try snapshot.resident(cpr: text)
            }
            let team = row.required("team") { text throws in
                try snapshot.organisation(text, kinds: [.outreachTeam], role: "the outreach team")
            }
            let kind = row.code("kind", kinds)
            let channel = row.code("channel", channels)
            let instant = row.instant("at")
            let professional = row.optional("professional") { professionalID($0) }
            guard row.isValid, let id, let resident, let team, let kind, let channel, let instant else {
                plan.problems += row.problems
                continue
            }
            lines[id] = record.line
            let contact = TeamContact(
                id: id, resident: resident.id, team: team.id, kind: kind, channel: channel, instant: instant,
                professional: professional)
            if byResident[resident.id] == nil { order.append(resident.id) }
            byResident[resident.id, default: []].append((record.line, contact))
        }
        for residentID in order {
            guard let existing = snapshot.records[residentID], let rows = byResident[residentID] else { continue }
            do {
                let updated = try existing.document.recording(contacts: rows.map(\.contact))
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing, line: rows.first?.line) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                for (line, _) in rows {
                    plan.problems.append(
                        InputProblem(file: table.file, line: line, field: nil, rule: "\(error.rule) [\(error.code)]"))
                }
            }
        }
        return plan
    }
}
