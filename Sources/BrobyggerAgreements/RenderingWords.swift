import BrobyggerCore
import BrobyggerResidents

/// The small words and value formats of a rendering in one language.
struct RenderingWords {
    let language: AgreementLanguage

    func pick(_ danish: String, _ english: String) -> String {
        language == .danish ? danish : english
    }

    /// A date as printed, in one Danish style in every rendering and both languages: `24.11.2026`, the template's own
    /// `xx.xx.202x` (Region Hovedstaden's signature line). The agreement is a Danish document, so its dates read the
    /// same in a Danish and an English rendering, in Markdown and HTML, and in a change summary.
    func date(_ date: CalendarDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(day).\(month).\(date.year)"
    }

    func weekday(_ weekday: Weekday) -> String {
        switch language {
        case .danish: weekday.danishName
        case .english: weekday.name.prefix(1).uppercased() + weekday.name.dropFirst()
        }
    }

    func acuity(_ acuity: IntensifiedEffortCriterion.Acuity) -> String {
        switch acuity {
        case .acute: pick("akut", "acute")
        case .subacute: pick("subakut", "sub-acute")
        }
    }

    func status(_ status: ChecklistStatus) -> String {
        switch status {
        case .open: pick("åben", "open")
        case .agreed: pick("aftalt", "agreed")
        case .notRelevant: pick("ikke relevant", "not relevant")
        }
    }

    var toBeAgreed: String { pick("[aftales]", "[to be agreed]") }

    func schedule(_ schedule: OverviewMeetingSchedule?) -> String {
        guard let schedule else { return pick("ikke aftalt", "not agreed") }
        let times =
            schedule.meetingsPerWeek == 1
            ? pick("én gang om ugen", "once a week")
            : pick("\(schedule.meetingsPerWeek) gange om ugen", "\(schedule.meetingsPerWeek) times a week")
        return pick("\(weekday(schedule.weekday)), \(times)", "\(weekday(schedule.weekday)), \(times)")
    }

    /// A parameter value as it reads in a clause: numbers with their unit, weekdays by name, options by label.
    func value(_ value: ParameterValue?, of parameter: TemplateParameter?) -> String {
        guard let value else { return toBeAgreed }
        switch value {
        case .integer(let number):
            if case .integer(_, _, let unit?) = parameter?.kind { return unit.format(number, in: language) }
            return String(number)
        case .weekday(let day):
            return weekday(day)
        case .choice(let code):
            if case .choice(let options) = parameter?.kind, let option = options.first(where: { $0.code == code }) {
                return option.label.text(in: language)
            }
            return code
        case .text(let text):
            return text
        case .boolean(let flag):
            return flag ? pick("ja", "yes") : pick("nej", "no")
        }
    }
}
