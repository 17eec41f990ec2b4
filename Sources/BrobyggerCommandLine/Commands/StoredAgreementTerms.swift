import Brobygger

/// The collaboration terms of a facility and its team, from the agreements in the store: the version in force on
/// the day, or, while an agreement is still a draft, the draft's terms (so a new pair sees its agreed criteria on
/// the board before the signatures are in).
struct StoredAgreementTerms: CollaborationTermsProvider {
    /// The agreements the facility is a party to.
    let agreements: [CollaborationAgreement]

    private func terms(facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate) -> AgreementTerms? {
        let candidates = agreements.filter { agreement in
            let terms = agreement.terms(inForceOn: date) ?? agreement.draft?.terms
            return terms.map { $0.party(facility) != nil && $0.party(team) != nil } ?? false
        }
        return candidates.lazy.compactMap { $0.terms(inForceOn: date) }.first
            ?? candidates.lazy.compactMap { $0.draft?.terms }.first
    }

    func intensifiedEffortCriteria(facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate)
        -> [IntensifiedEffortCriterion]
    {
        terms(facility: facility, team: team, on: date)?.intensifiedEffortCriteria ?? []
    }

    func overviewMeetingSchedule(facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate)
        -> OverviewMeetingSchedule?
    {
        terms(facility: facility, team: team, on: date)?.overviewMeeting
    }
}
