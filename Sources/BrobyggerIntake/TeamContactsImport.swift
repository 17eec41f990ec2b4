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
        try plan(table, snapshot: snapshot, today: today, window: window, fastRows: true)
    }

    /// ``plan(_:snapshot:today:window:)``, reading the rows side by side on every core when `fastRows` (the tests
    /// compare both paths).
    ///
    /// Every check of a row but one depends only on the row and the store, so with `fastRows` the rows are read in
    /// parallel first. The one check that depends on the rows before (a `contact_id` already on an earlier line) is
    /// made in file order afterwards: a row whose id an earlier kept row has taken is read again as the serial path
    /// reads it, so its problems are the serial path's, word for word and in the same order.
    static func plan(
        _ table: CSVTable, snapshot: StoreSnapshot, today: CalendarDate?, window: PlausibleDateWindow,
        fastRows: Bool
    ) throws(InputProblem) -> ImportPlan {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        let columns = try CSVColumns(
            table, required: ["contact_id", "resident", "team", "kind", "channel", "at"], optional: ["professional"])
        var plan = ImportPlan()
        var lines: [TeamContact.ID: Int] = [:]
        lines.reserveCapacity(table.records.count)
        // Each resident with the rows kept for it, as offsets into `rows` in file order, in the order of the
        // residents' first rows; `slots` gives a resident's place in it.
        var slots: [Resident.ID: Int] = [:]
        slots.reserveCapacity(snapshot.records.count)
        var grouped: [(resident: Resident.ID, rows: [Int])] = []
        var rows =
            fastRows
            ? ParallelMap.map(table.records) { record in
                read(record, columns: columns, snapshot: snapshot, plausible: plausible, taken: [:])
            } : []
        if !fastRows { rows.reserveCapacity(table.records.count) }
        /// Whether `id` is already taken; if not, it is taken for `line`.
        func isTaken(_ id: TeamContact.ID, line: Int) -> Bool {
            guard let earlier = lines.updateValue(line, forKey: id) else { return false }
            lines[id] = earlier
            return true
        }
        for (offset, record) in table.records.enumerated() {
            plan.rows += 1
            if fastRows {
                // A valid row's id is taken in the same look-up that finds it taken already (then it is put back).
                if let id = rows[offset].id,
                    rows[offset].contact == nil ? lines.index(forKey: id) != nil : isTaken(id, line: record.line)
                {
                    rows[offset] = read(
                        record, columns: columns, snapshot: snapshot, plausible: plausible, taken: lines)
                }
            } else {
                let row = read(record, columns: columns, snapshot: snapshot, plausible: plausible, taken: lines)
                if let contact = row.contact { lines[contact.id] = record.line }
                rows.append(row)
            }
            guard let resident = rows[offset].contact?.resident else {
                plan.problems += rows[offset].problems
                continue
            }
            // Only the row's offset is kept here: its contact is gathered with the resident's others below, on every
            // core.
            if let slot = slots[resident] {
                grouped[slot].rows.append(offset)
            } else {
                slots[resident] = grouped.count
                grouped.append((resident, [offset]))
            }
        }
        let residents: [(existing: Revision<ResidentRecord>, rows: [Int])] = grouped.compactMap { group in
            guard let existing = snapshot.records[group.resident] else { return nil }
            return (existing, group.rows)
        }
        let finished = rows
        /// The resident's record and the contacts of its rows, in file order.
        @Sendable func pending(_ resident: (existing: Revision<ResidentRecord>, rows: [Int])) -> Pending {
            Pending(
                existing: resident.existing, contacts: resident.rows.compactMap { finished[$0].contact },
                line: resident.rows.first.map { table.records[$0].line })
        }
        let outcomes = ParallelMap.map(fastRows ? residents : []) { pending($0).outcome }
        for (offset, resident) in residents.enumerated() {
            switch fastRows ? outcomes[offset] : pending(resident).outcome {
            case .write(let write): plan.writes.append(write)
            case .unchanged: plan.unchanged += 1
            case .refused(let error):
                for row in resident.rows {
                    plan.problems.append(
                        InputProblem(
                            file: table.file, line: table.records[row].line, field: nil,
                            rule: "\(error.rule) [\(error.code)]"))
                }
            }
        }
        return plan
    }

    /// One row read: its contact when every check passed, else its problems; and the contact's identifier whenever
    /// the `contact_id` cell could be read, so the check for an id already taken can be made afterwards.
    struct Row: Sendable {
        /// The identifier the `contact_id` cell gives, if it could be read.
        var id: TeamContact.ID?
        /// The contact, when the row is valid.
        var contact: TeamContact?
        /// The row's problems, in the order the columns are checked.
        var problems: [InputProblem]
    }

    /// Reads `record` through a ``RowReader``; `taken` holds the identifiers of the contacts kept from earlier rows,
    /// with their lines (an id among them is a problem of the row).
    static func read(
        _ record: CSVTable.Record, columns: CSVColumns, snapshot: StoreSnapshot, plausible: PlausibleDays?,
        taken: [TeamContact.ID: Int]
    ) -> Row {
        var row = RowReader(columns, record, plausible: plausible)
        var readID: TeamContact.ID?
        let id = row.required("contact_id") { text throws in
            let id = contactID(text)
            readID = id
            if let earlier = taken[id] { throw RowRule("the contact is already on line \(earlier)") }
            return id
        }
        let resident = row.required("resident", showValue: false) { text throws in
            try snapshot.residentID(cpr: text)
        }
        let team = row.required("team") { text throws in
            try snapshot.organisation(text, kinds: [.outreachTeam], role: "the outreach team")
        }
        let kind = row.code("kind", kinds)
        let channel = row.code("channel", channels)
        let instant = row.instant("at")
        let professional = row.optional("professional") { professionalID($0) }
        guard row.isValid, let id, let resident, let team, let kind, let channel, let instant else {
            return Row(id: readID, contact: nil, problems: row.problems)
        }
        let contact = TeamContact(
            id: id, resident: resident, team: team.id, kind: kind, channel: channel, instant: instant,
            professional: professional)
        return Row(id: id, contact: contact, problems: [])
    }

    /// A resident record and the contacts the file gives it, before they are recorded.
    struct Pending: Sendable {
        /// The stored record.
        var existing: Revision<ResidentRecord>
        /// The contacts, with their lines, in file order.
        var contacts: [TeamContact]
        /// The line of the first contact.
        var line: Int?

        /// What recording the contacts gives.
        enum Outcome: Sendable {
            /// The record changes: save it.
            case write(PlannedWrite)
            /// The record already holds the contacts.
            case unchanged
            /// The record refuses the contacts.
            case refused(ValidationError)
        }

        init(existing: Revision<ResidentRecord>, contacts: [TeamContact], line: Int?) {
            self.existing = existing
            self.contacts = contacts
            self.line = line
        }

        /// The record with the contacts recorded, as a planned save, or why not.
        var outcome: Outcome {
            do {
                let updated = try existing.document.recording(contacts: contacts)
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing, line: line) {
                    return .write(write)
                }
                return .unchanged
            } catch {
                return .refused(error)
            }
        }
    }
}
