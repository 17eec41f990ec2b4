import BrobyggerCore

extension CoordinatedCarePlan {
    /// Checks the plan on a day against the rules of Region Hovedstaden's KIP practice pages, Region Sjælland 2020,
    /// Erfaringsopsamling 2024 and VIVE 2023, each finding citing its source.
    ///
    /// A draft is checked only for what a draft must already have (the resident's voice before goals); the rules
    /// for a plan in force apply from activation. A closed plan has no findings.
    ///
    /// The next meeting is due no later than the policy's months (default 6) after the latest of: the latest
    /// meeting, and the day the plan was activated or last revised (`inForceSince`), so the limit applies from
    /// activation even before a meeting is recorded. ``CarePlanHistory/validate(on:policy:)`` finds that day in the
    /// versions.
    ///
    /// - Parameters:
    ///   - date: The day the plan is judged on (overdue meetings and efforts, consent in force).
    ///   - policy: The regional rules; default Region Hovedstaden's.
    ///   - inForceSince: The day the plan was activated or last revised, if known.
    public func validate(
        on date: CalendarDate, policy: CarePlanPolicy = .regionHovedstaden, inForceSince: CalendarDate? = nil
    ) -> ValidationReport {
        var report = ValidationReport()
        report.append(contentsOf: PersonalNumbersInText.findings(in: freeTexts))
        if status.isClosed { return report }
        checkResidentVoice(into: &report)
        checkSharing(on: date, into: &report)
        guard status.isInForce else { return report }
        checkCoordinator(into: &report)
        checkEfforts(on: date, into: &report)
        checkNextMeeting(on: date, policy: policy, inForceSince: inForceSince, into: &report)
        checkLatestMeeting(into: &report)
        return report
    }

    private func checkCoordinator(into report: inout ValidationReport) {
        guard coordinator == nil else { return }
        report.append(
            Finding(
                code: CarePlanFindingCode.coordinatorMissing, severity: .error, path: "coordinator",
                message: "Planen har ingen koordinator (tovholder), der kan indkalde de andre parter.",
                source: .document(.vive2023, locator: "afsnit 5.1.2.3")))
    }

    private func checkEfforts(on date: CalendarDate, into report: inout ValidationReport) {
        let source = SourceCitation.regionalAgreement(
            "Region Hovedstaden, koordinerende indsatsplaner: Hvad skal vi igennem på mødet",
            locator: "I udpeger en ansvarlig for hver indsats")
        for (index, effort) in efforts.enumerated() {
            let path = FieldPath("efforts").appending(index: index)
            if effort.goal.isBlank {
                report.append(
                    Finding(
                        code: CarePlanFindingCode.effortGoalMissing, severity: .warning, path: path.appending("goal"),
                        message: "Indsatsen »\(effort.title)« har intet mål.", source: source))
            }
            guard effort.status.isOpen else { continue }
            if effort.responsible.isEmpty {
                report.append(
                    Finding(
                        code: CarePlanFindingCode.effortResponsibleMissing, severity: .error,
                        path: path.appending("responsible"),
                        message: "Indsatsen »\(effort.title)« har ingen ansvarlig.", source: source))
            } else if effort.responsible.count > 1 {
                let names = effort.responsible.map(\.danishName).joined(separator: ", ")
                report.append(
                    Finding(
                        code: CarePlanFindingCode.effortResponsibleSeveral, severity: .error,
                        path: path.appending("responsible"),
                        message: "Indsatsen »\(effort.title)« har flere ansvarlige (\(names)); der skal være én.",
                        source: source))
            }
            if effort.isOverdue(on: date), let due = effort.due {
                report.append(
                    Finding(
                        code: CarePlanFindingCode.effortOverdue, severity: .warning, path: path.appending("due"),
                        message: "Indsatsen »\(effort.title)« skulle være gennemført \(due.danishFormatted).",
                        source: .document(.regionSjaellandReport2020, locator: "kapitel 3")))
            }
        }
    }

    private func checkNextMeeting(
        on date: CalendarDate, policy: CarePlanPolicy, inForceSince: CalendarDate?, into report: inout ValidationReport
    ) {
        // The later of the latest meeting and the activation or last revision starts the period.
        let meetingDay = latestMeeting?.date
        let anchor: (day: CalendarDate, isMeeting: Bool)? =
            switch (meetingDay, inForceSince) {
            case (let meeting?, let since?): since > meeting ? (since, false) : (meeting, true)
            case (let meeting?, nil): (meeting, true)
            case (nil, let since?): (since, false)
            case (nil, nil): nil
            }
        let limit = anchor.map { policy.latestNextMeeting(after: $0.day) }
        let what = anchor.map {
            $0.isMeeting
                ? "mødet \($0.day.danishFormatted)" : "planen blev aktiveret eller revideret \($0.day.danishFormatted)"
        }
        guard let nextMeeting else {
            report.append(
                Finding(
                    code: CarePlanFindingCode.nextMeetingMissing, severity: .error, path: "nextMeeting",
                    message: "Der er ikke aftalt et næste møde.", source: policy.nextMeetingSource))
            if let limit, let what, limit < date {
                report.append(
                    Finding(
                        code: CarePlanFindingCode.meetingOverdue, severity: .warning, path: "nextMeeting",
                        message: "Der er ikke holdt møde senest \(policy.maximumMonthsToNextMeeting) måneder efter, "
                            + "at \(what) (senest \(limit.danishFormatted)).",
                        source: policy.nextMeetingSource))
            }
            return
        }
        if let limit, let what, nextMeeting > limit {
            report.append(
                Finding(
                    code: CarePlanFindingCode.nextMeetingTooLate, severity: .error, path: "nextMeeting",
                    message: "Næste møde \(nextMeeting.danishFormatted) ligger senere end "
                        + "\(policy.maximumMonthsToNextMeeting) måneder efter \(what) "
                        + "(senest \(limit.danishFormatted)).",
                    source: policy.nextMeetingSource))
        }
        if nextMeeting < date {
            report.append(
                Finding(
                    code: CarePlanFindingCode.meetingOverdue, severity: .warning, path: "nextMeeting",
                    message: "Det aftalte møde \(nextMeeting.danishFormatted) er ikke registreret som holdt.",
                    source: .document(.regionSjaellandReport2020, locator: "kapitel 3")))
        }
    }

    private func checkLatestMeeting(into report: inout ValidationReport) {
        guard let index = meetings.indices.last else { return }
        let meeting = meetings[index]
        let path = FieldPath("meetings").appending(index: index)
        let approvalSource = SourceCitation.document(.erfaringsopsamling2024, locator: "afsnit 4.2.3")
        switch meeting.approval {
        case .pending:
            report.append(
                Finding(
                    code: CarePlanFindingCode.approvalMissing, severity: .error, path: path.appending("approval"),
                    message: meeting.residentPresent
                        ? "Borgerens godkendelse af aftalerne fra mødet \(meeting.date.danishFormatted) mangler."
                        : "Borgeren deltog ikke i mødet \(meeting.date.danishFormatted); koordinatoren skal indhente "
                            + "borgerens accept bagefter og orientere deltagerne.",
                    source: approvalSource))
        case .declined:
            report.append(
                Finding(
                    code: CarePlanFindingCode.approvalDeclined, severity: .warning, path: path.appending("approval"),
                    message: "Borgeren godkendte ikke planen fra mødet \(meeting.date.danishFormatted).",
                    source: approvalSource))
        case .givenAtMeeting where !meeting.residentPresent:
            report.append(
                Finding(
                    code: CarePlanFindingCode.approvalAtMeetingWhileAbsent, severity: .error,
                    path: path.appending("approval"),
                    message: "Godkendelsen er registreret som givet på mødet \(meeting.date.danishFormatted), men "
                        + "borgeren deltog ikke; koordinatoren skal indhente borgerens accept bagefter og orientere "
                        + "deltagerne om, hvorvidt den blev givet.",
                    source: .regionalAgreement(
                        "Region Hovedstaden, koordinerende indsatsplaner: Hvis borgeren ikke har lyst til at deltage i "
                            + "koordinationsmødet")))
        case .givenAtMeeting, .obtainedAfterwards: break
        }
        if meeting.approval.awaitsCommunication {
            report.append(
                Finding(
                    code: CarePlanFindingCode.approvalNotCommunicated, severity: .warning,
                    path: path.appending("approval"),
                    message: "Deltagerne er ikke orienteret om, hvorvidt borgeren godkendte planen.",
                    source: .regionalAgreement(
                        "Region Hovedstaden, koordinerende indsatsplaner: Hvis borgeren ikke har lyst til at deltage i "
                            + "koordinationsmødet")))
        }
        for (participantIndex, participant) in meeting.participants.enumerated()
        where !participant.present && participant.party != .resident
            && !meeting.preparation.contains(where: { $0.from.isSameParty(as: participant.party) })
        {
            report.append(
                Finding(
                    code: CarePlanFindingCode.absentWithoutInput, severity: .information,
                    path: path.appending("participants").appending(index: participantIndex),
                    message: "\(participant.party.danishName) deltog ikke og sendte ikke input via koordinatoren.",
                    source: .regionalAgreement(
                        "Region Hovedstaden, koordinerende indsatsplaner: Hvad skal jeg bede deltagerne om at forberede"
                    )))
        }
    }

    private func checkSharing(on date: CalendarDate, into report: inout ValidationReport) {
        let source = SourceCitation.document(.vive2023, locator: "afsnit 2.2.2")
        let recipients = sharedWith.filter { $0 != .resident }
        guard !recipients.isEmpty else { return }
        guard let consent = sharingConsent else {
            report.append(
                Finding(
                    code: CarePlanFindingCode.consentMissing, severity: .error, path: "sharingConsent",
                    message: "Planen deles med \(recipients.count) parter, men borgerens samtykke til deling er ikke "
                        + "registreret.",
                    source: source))
            return
        }
        for (index, party) in sharedWith.enumerated() where party != .resident {
            let inForce = consent.isInForce(on: date)
            guard !inForce || !consent.covers(party) else { continue }
            report.append(
                Finding(
                    code: CarePlanFindingCode.sharedBeyondConsent, severity: .error,
                    path: FieldPath("sharedWith").appending(index: index),
                    message: inForce
                        ? "Planen deles med \(party.danishName), som samtykket ikke omfatter."
                        : "Planen deles med \(party.danishName), men samtykket gælder ikke \(date.danishFormatted).",
                    source: source))
        }
    }

    private func checkResidentVoice(into report: inout ValidationReport) {
        guard !goals.isEmpty || !subGoals.isEmpty, !residentVoice.isRecorded else { return }
        report.append(
            Finding(
                code: CarePlanFindingCode.goalsWithoutResidentVoice,
                severity: residentVoice.declinedToTakePart ? .information : .warning, path: "residentVoice",
                message: residentVoice.declinedToTakePart
                    ? "Borgeren har fravalgt at deltage; målene er ikke borgerens egne og skal respektere det."
                    : "Planen har mål, men borgerens egne ønsker, drømme eller udsagn er ikke skrevet ned.",
                source: .document(.vive2023, locator: "afsnit 5.1.2.1–5.1.2.2")))
    }

    /// Every free text of the plan with its field, for the data-minimisation check (`PersonalNumbersInText`).
    var freeTexts: [(path: FieldPath, text: String)] {
        var texts: [(path: FieldPath, text: String)] = []
        func add(_ name: String, _ values: [String]) {
            for (index, value) in values.enumerated() { texts.append((FieldPath(name).appending(index: index), value)) }
        }
        add("residentVoice.wishesAndDreams", residentVoice.wishesAndDreams)
        add("residentVoice.personalStatements", residentVoice.personalStatements)
        for (index, challenge) in challenges.enumerated() {
            texts.append((FieldPath("challenges").appending(index: index).appending("text"), challenge.text))
        }
        for (index, goal) in goals.enumerated() {
            texts.append((FieldPath("goals").appending(index: index).appending("text"), goal.text))
        }
        for (index, subGoal) in subGoals.enumerated() {
            texts.append((FieldPath("subGoals").appending(index: index).appending("text"), subGoal.text))
        }
        for (index, effort) in efforts.enumerated() {
            let path = FieldPath("efforts").appending(index: index)
            texts.append((path.appending("title"), effort.title))
            texts.append((path.appending("goal"), effort.goal))
        }
        for (index, agreement) in agreements.enumerated() {
            texts.append((FieldPath("agreements").appending(index: index).appending("text"), agreement.text))
        }
        for (index, sign) in earlyWarningSigns.enumerated() {
            let path = FieldPath("earlyWarningSigns").appending(index: index)
            texts.append((path.appending("sign"), sign.sign))
            for (responseIndex, response) in sign.responses.enumerated() {
                let responsePath = path.appending("responses").appending(index: responseIndex)
                texts.append((responsePath.appending("action"), response.action))
            }
        }
        for (meetingIndex, meeting) in meetings.enumerated() {
            let path = FieldPath("meetings").appending(index: meetingIndex).appending("minutes")
            for (index, minute) in meeting.minutes.enumerated() {
                texts.append((path.appending(index: index).appending("text"), minute.text))
            }
        }
        return texts
    }
}
