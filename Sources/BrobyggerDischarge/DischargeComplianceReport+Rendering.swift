import BrobyggerCore
import Foundation

extension DischargeComplianceReport {
    /// The CSV header of ``csv()``.
    public static let csvColumns = [
        "level", "organisation", "name", "discharges", "required", "in_time", "late", "missing", "content_complete",
        "content_incomplete", "follow_ups_evaluated", "follow_ups_met", "follow_ups_late", "follow_ups_not_met",
        "follow_ups_not_registered",
        "network_meetings_requested", "network_meetings_in_time", "network_meetings_late",
        "network_meetings_not_slotted", "failed_rules",
    ]

    /// One line per row (RFC 4180, header first); `failed_rules` lists `rule=count` pairs separated by `;`.
    public func csv() -> String {
        var lines = [Self.csvColumns.joined(separator: ",")]
        lines.reserveCapacity(rows.count + 1)
        for row in rows {
            let c = row.counts
            let failed = c.failedRules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
            let cells: [String] = [
                row.scope.level.rawValue, row.scope.organisation?.uuidString ?? "", row.scope.name,
                String(c.discharges), String(c.required), String(c.inTime), String(c.late), String(c.missing),
                String(c.contentComplete), String(c.contentIncomplete), String(c.followUpsEvaluated),
                String(c.followUpsMet), String(c.followUpsLate), String(c.followUpsNotMet),
                String(c.followUpsNotRegistered),
                String(c.networkMeetingsRequested), String(c.networkMeetingsInTime), String(c.networkMeetingsLate),
                String(c.networkMeetingsNotSlotted), failed,
            ]
            lines.append(cells.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown summary: a table per level with shares as "numerator/denominator (percent)", then the failed rules
    /// with their sources, then the input problems (documents whose episode is another resident's stay).
    public func markdown() -> String {
        var text = "# Discharge agreements and coordination plans, \(period)\n\n"
        text += "Duty: psykiatriloven §13a–§13b (agreement or plan concluded no later than the discharge).\n"
        for level in Level.allCases {
            let levelRows = rows(level)
            guard !levelRows.isEmpty else { continue }
            text += "\n## \(level.rawValue.capitalized)\n\n"
            text += "| \(level.rawValue.capitalized) | Discharges | Required | In time | Late | Missing | "
            text += "Content complete | Follow-up met | Network meeting in time |\n"
            text += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            for row in levelRows {
                let c = row.counts
                let documents = c.inTime + c.late
                let meetings = c.networkMeetingsRequested
                text += "| \(Self.markdownCell(row.scope.name)) | \(c.discharges) | \(c.required) | "
                text += "\(Self.share(c.inTime, c.required)) | \(Self.share(c.late, c.required)) | "
                text += "\(Self.share(c.missing, c.required)) | \(Self.share(c.contentComplete, documents)) | "
                text += "\(Self.followUpShare(c)) | "
                text += "\(Self.share(c.networkMeetingsInTime, meetings)) |\n"
            }
        }
        let failed = total.failedRules
        if !failed.isEmpty {
            text += "\n## Content rules failed\n\n| Rule | Documents | Source |\n| --- | ---: | --- |\n"
            for (id, count) in failed.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let source = rules.first { $0.id == id }.map { $0.source.description } ?? ""
                text += "| `\(id)` | \(count) | \(Self.markdownCell(source)) |\n"
            }
        }
        if !documentMismatches.isEmpty {
            text += "\n## Input problems\n\n"
            for mismatch in documentMismatches {
                let finding = mismatch.finding
                text += "- `\(finding.code)`: \(Self.markdownCell(finding.message)) (\(finding.source))\n"
            }
        }
        return text
    }

    /// Follow-ups met of those whose contacts are registered, and how many are not registered.
    static func followUpShare(_ c: Counts) -> String {
        let registered = share(c.followUpsMet, c.followUpsEvaluated - c.followUpsNotRegistered)
        return c.followUpsNotRegistered == 0
            ? registered : "\(registered); not registered: \(c.followUpsNotRegistered)"
    }

    static func share(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1_000 + whole / 2) / whole
        return "\(part)/\(whole) (\(tenths / 10).\(tenths % 10) %)"
    }

    static func csvField(_ value: String) -> String { SafeOutput.csvField(value) }

    static func markdownCell(_ value: String) -> String { SafeOutput.markdown(value, atLineStart: false) }
}
