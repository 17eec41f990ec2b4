import BrobyggerCore
import Foundation

/// Renders a coordinated care plan as a Danish Markdown document with the sections the resident and every party
/// recognise from the coordination meeting: participants, the resident's wishes and dreams in their own words,
/// challenges, shared goals, prioritised sub-goals, efforts with one responsible party each, agreements, early
/// warning signs, consent to share, the next meeting and the minutes of the latest meeting.
///
/// Sections the viewer may not see (a redacted plan) or that are empty say so instead of disappearing, so a reader
/// knows what is missing. Every stored text is escaped with `SafeOutput/markdown(_:atLineStart:)`, so a name or
/// note can neither inject markup nor send a control character to a terminal, and a number in free text shaped like
/// a CPR number is masked (`DDMMYY-xxxx`; `PersonalNumbersInText` reports it as a finding).
public struct CarePlanMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The plan as Markdown.
    ///
    /// - Parameters:
    ///   - plan: The plan (redacted or not).
    ///   - findings: Findings to list at the end under *Opmærksomhedspunkter*; default none.
    public func render(_ plan: CoordinatedCarePlan, findings: ValidationReport = ValidationReport()) -> String {
        var lines: [String] = []
        let name = plan.residentName.map { text($0.formatted) }
        lines.append("# Koordinerende indsatsplan" + (name.map { " for \($0)" } ?? ""))
        lines.append("")
        lines.append(
            "Dette er borgerens plan. Den er et koordinationsredskab og erstatter ikke parternes egne journaler og planer."
        )
        lines.append("")
        lines.append("- Status: \(text(plan.status.danishName))")
        lines.append("- Igangsat af: \(text(plan.initiatedBy?.danishName ?? plan.initiatingSector.danishName))")
        if !plan.triggers.isEmpty {
            lines.append("- Baggrund: " + plan.triggers.map { text($0.danishName) }.joined(separator: "; "))
        }
        lines.append("- Koordinator (tovholder): \(plan.coordinator.map { text($0.danishName) } ?? "ikke udpeget")")
        lines.append("- Mødeleder: \(plan.meetingLeader.map { text($0.danishName) } ?? "ikke udpeget")")

        section("Deltagere", into: &lines)
        if plan.participants.isEmpty {
            lines.append("Ingen deltagere registreret.")
        } else {
            lines.append("| Deltager | Rolle | Til stede |")
            lines.append("|---|---|---|")
            for participant in plan.participants {
                lines.append(
                    "| \(cell(participant.party.danishName)) | \(cell(participant.role)) | \(participant.present ? "ja" : "nej") |"
                )
            }
        }

        section("Mine ønsker og drømme (med mine egne ord)", into: &lines)
        let voice = plan.residentVoice
        if voice.isRecorded {
            for wish in voice.wishesAndDreams { lines.append("- »\(text(wish))«") }
            if !voice.personalStatements.isEmpty {
                lines.append("")
                lines.append(
                    voice.acutePhase ? "Personlige udsagn (i stedet for mål i en akut fase):" : "Personlige udsagn:")
                for statement in voice.personalStatements { lines.append("- »\(text(statement))«") }
            }
        } else if voice.declinedToTakePart {
            lines.append("Borgeren har valgt ikke at deltage. Det respekteres.")
        } else {
            lines.append("Ikke skrevet ned.")
        }

        section("Aktuelle udfordringer", into: &lines)
        list(
            plan.challenges.map { "\(text($0.domain.danishName)): \(text($0.text))" }, empty: "Ingen registreret.",
            into: &lines)

        section("Fælles mål", into: &lines)
        list(plan.goals.map { text($0.text) }, empty: "Ingen fælles mål.", into: &lines)

        section("Prioriterede delmål", into: &lines)
        if plan.subGoals.isEmpty {
            lines.append("Ingen delmål.")
        } else {
            for subGoal in plan.subGoals { lines.append("\(subGoal.priority). \(text(subGoal.text))") }
        }

        section("Indsatser", into: &lines)
        if plan.efforts.isEmpty {
            lines.append("Ingen indsatser.")
        } else {
            lines.append("| Indsats | Mål | Ansvarlig | Start | Frist | Status |")
            lines.append("|---|---|---|---|---|---|")
            for effort in plan.efforts {
                let responsible =
                    effort.responsible.isEmpty
                    ? "ingen ansvarlig" : effort.responsible.map(\.danishName).joined(separator: ", ")
                lines.append(
                    "| \(cell(effort.title)) | \(cell(effort.goal)) | \(cell(responsible)) | "
                        + "\(effort.start?.danishFormatted ?? "–") | \(effort.due?.danishFormatted ?? "–") | "
                        + "\(cell(effort.status.danishName)) |")
            }
        }

        section("Aftaler", into: &lines)
        list(
            plan.agreements.map { agreement in
                text(agreement.text) + (agreement.owner.map { " (følges op af \(text($0.danishName)))" } ?? "")
                    + (agreement.approvedByResident ? " – godkendt af borgeren" : " – ikke godkendt af borgeren")
            }, empty: "Ingen aftaler.", into: &lines)

        section("Tidlige tegn, og hvad vi gør", into: &lines)
        if plan.earlyWarningSigns.isEmpty {
            lines.append("Ingen tidlige tegn beskrevet.")
        } else {
            for sign in plan.earlyWarningSigns {
                lines.append("- \(text(sign.sign))")
                for response in sign.responses {
                    lines.append("  - \(text(response.party.danishName)): \(text(response.action))")
                }
            }
        }

        section("Samtykke til deling", into: &lines)
        if let consent = plan.sharingConsent {
            let giver = if case .proxy = consent.givenBy { "stedfortræderen" } else { "borgeren" }
            lines.append("Givet af \(giver) den \(consent.givenOn.danishFormatted).")
            if let withdrawn = consent.withdrawnFrom {
                lines.append("Tilbagekaldt fra den \(withdrawn.danishFormatted).")
            }
        } else {
            lines.append("Samtykke til deling er ikke registreret.")
        }
        if !plan.sharedWith.isEmpty {
            let parties = plan.sharedWith.map { text($0.danishName) }.joined(separator: ", ")
            lines.append("Planen deles med: " + parties + ".")
        }

        section("Næste møde", into: &lines)
        lines.append(plan.nextMeeting.map { "Næste koordinationsmøde: \($0.danishFormatted)." } ?? "Ikke aftalt.")

        if let meeting = plan.latestMeeting {
            section("Referat fra \(text(meeting.kind.danishName)) \(meeting.date.danishFormatted)", into: &lines)
            for item in CoordinationMeetingAgendaItem.allCases {
                lines.append("### \(item.position). \(item.danishName)")
                lines.append("")
                lines.append(meeting.minutes(for: item).map(paragraph) ?? "Intet referat.")
                lines.append("")
            }
            let viaCoordinator = meeting.preparation.filter { $0.delivery == .viaCoordinator }
            if !viaCoordinator.isEmpty {
                lines.append("Input sendt via koordinatoren:")
                for input in viaCoordinator {
                    lines.append("- \(text(input.from.danishName)): \(text(input.status)) Mål: \(text(input.goal))")
                }
                lines.append("")
            }
            lines.append(text(meeting.approval.danishDescription))
        }

        if !findings.isClean {
            section("Opmærksomhedspunkter", into: &lines)
            for finding in findings { lines.append("- \(text(finding.message)) (\(text(finding.source.description)))") }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, into lines: inout [String]) {
        if lines.last?.isEmpty == false { lines.append("") }
        lines.append("## \(title)")
        lines.append("")
    }

    private func list(_ items: [String], empty: String, into lines: inout [String]) {
        if items.isEmpty {
            lines.append(empty)
        } else {
            for item in items { lines.append("- \(item)") }
        }
    }

    /// Stored text within a line: CPR-shaped numbers masked, then escaped for Markdown.
    private func text(_ stored: String) -> String {
        SafeOutput.markdown(PersonIdentifier.maskingNumbers(in: stored), atLineStart: false)
    }

    /// Stored multi-line text as a paragraph: each line escaped, kept as a hard line break.
    private func paragraph(_ stored: String) -> String {
        stored.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { SafeOutput.markdown(PersonIdentifier.maskingNumbers(in: String($0))) }
            .joined(separator: "\\\n")
    }

    private func cell(_ stored: String) -> String { text(stored) }
}
