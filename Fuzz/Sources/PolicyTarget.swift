import Brobygger
import BrobyggerTesting
import Foundation

/// The JSON decoders of the regional policies and configurations, and what each drives.
///
/// Properties: a decoded policy encodes, decodes again and is equal (decoding checked its ranges, so the second
/// decoding cannot fail); the analysis or check it configures runs on a fixed sample without trapping, and its
/// result is consistent (one profile per analysed stay, frequent admitters reached the threshold, joining never adds
/// stays, a follow-up is due after the discharge); no decoding error shows a CPR number of the input.
enum PolicyTarget {
    /// The decoders, in the order the first input byte selects them.
    static let decoders: [(name: String, run: @Sendable (Data, PersonalNumbers) -> Void)] = [
        ("readmission-policy", check(ReadmissionPolicy.self, readmission)),
        ("follow-up-policy", check(FollowUpPolicy.self, followUp)),
        ("care-plan-policy", check(CarePlanPolicy.self, carePlan)),
        ("target-group-rules", check(TargetGroupRules.self, targetGroups)),
        ("stay-definition", check(HospitalStayDefinition.self, stayDefinition)),
        ("acute-readmission-exclusions", check(AcuteReadmissionExclusions.self, exclusions)),
        ("registration-coverage", check(RegistrationCoverage.self, coverage)),
        ("overview-meeting-schedule", check(OverviewMeetingSchedule.self, { _ in })),
    ]

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let input = bytes.dropFirst()
        decoders[Int(selector) % decoders.count].run(Data(input), PersonalNumbers(in: input))
    }

    static func check<Policy: Codable & Equatable & Sendable>(
        _ type: Policy.Type, _ use: @escaping @Sendable (Policy) -> Void
    )
        -> @Sendable (Data, PersonalNumbers) -> Void
    {
        { data, personal in
            let policy: Policy
            do {
                policy = try JSONDecoder().decode(Policy.self, from: data)
            } catch {
                personal.requireMasked(error: error, in: "the \(Policy.self) decoding error")
                return
            }
            _ = requireJSONRoundTrip(policy, "\(Policy.self)")
            use(policy)
        }
    }

    /// A fixed sample: two residents with stays that include a ward transfer, a readmission, a death and an ongoing
    /// stay, over several years.
    static let sample: (stays: [Stay], residents: [Resident]) = {
        do {
            let first = try ResidentBuilder("fuzz-policy-1").diagnosis("DF200", on: "2010-01-01").build()
            let second = try ResidentBuilder("fuzz-policy-2").diagnosis("DF102", on: "2012-01-01")
                .diagnosis("DF841", on: "2013-01-01").build()
            var sequence = CourseEventSequence(resident: first.id)
            for (index, day) in ["2024-01-03", "2024-03-30", "2024-06-01", "2024-12-24", "2025-02-01"].enumerated() {
                sequence = try sequence.admitted("E\(index)", at: ResidentsFixtureTime.instant(day, 23))
                    .discharged("E\(index)", at: ResidentsFixtureTime.instant(day, 23, 59))
            }
            sequence = try sequence.admitted("T", at: ResidentsFixtureTime.instant("2025-02-02", 2))
                .discharged("T", at: ResidentsFixtureTime.instant("2025-02-09", 17))
                .admitted("S", at: ResidentsFixtureTime.instant("2025-02-10", 9), wardType: .somatic)
                .discharged("S", at: ResidentsFixtureTime.instant("2025-02-11", 9))
                .admitted("O", at: ResidentsFixtureTime.instant("2026-01-01", 9), initialDiagnosis: "DX700")
            let other = try CourseEventSequence(resident: second.id)
                .admitted("A", at: ResidentsFixtureTime.instant("2025-05-01", 8), contactReason: .accident)
                .died("A", at: ResidentsFixtureTime.instant("2025-05-02", 8))
            let stays =
                try CourseTimeline(resident: first.id, events: sequence.events)
                .stays(joining: try HospitalStayDefinition(maximumTransferGapMinutes: 0))
                + (try CourseTimeline(resident: second.id, events: other.events).stays)
            return (stays, [first, second])
        } catch {
            preconditionFailure("The policy target's sample is invalid: \(error)")
        }
    }()

    static func readmission(_ policy: ReadmissionPolicy) {
        let analysis = ReadmissionAnalysis(stays: sample.stays, policy: policy)
        let analysed = policy.stayDefinition.joining(sample.stays.filter { policy.wardTypes.contains($0.wardType) })
        require(analysis.profiles.count == analysed.count, "one profile per analysed stay")
        require(
            analysis.frequentAdmitters.allSatisfy { $0.maximumAdmissionsInWindow >= policy.frequentAdmissionThreshold },
            "a frequent admitter reached the threshold")
        require(analysis.links.allSatisfy { !$0.isAcute || $0.daysAfterDischarge <= 30 }, "acute within 30 days")
        let period = ResidentsFixtureTime.range("2024-01-01", "2026-12-31")
        let calculator = ResultIndicatorCalculator(
            residents: sample.residents, facilities: [], placements: [], stays: sample.stays, policy: policy)
        do {
            _ = try calculator.indicators(for: .region(.hovedstaden), period: period)
        } catch {
            fatalError("property violated: indicators over a closed period failed: \(error)")
        }
    }

    static func followUp(_ policy: FollowUpPolicy) {
        for stay in sample.stays {
            guard
                let followUp = FollowUpAfterDischarge.evaluate(
                    stay: stay, contacts: [], asOf: ResidentsFixtureTime.date("2026-06-01"), policy: policy)
            else { continue }
            require(
                followUp.dueDate > (stay.endDate ?? followUp.dueDate), "a follow-up is due after the discharge date")
            _ = followUp.finding(policy: policy)
        }
    }

    static func carePlan(_ policy: CarePlanPolicy) {
        let plan = CarePlanPeterCase().planAtFollowUp()
        let day = ResidentsFixtureTime.date("2026-03-02")
        _ = plan.validate(on: day, policy: policy, inForceSince: day)
        let followUp = CarePlanFollowUp(plans: [plan], policy: policy)
        _ = followUp.meetingsDue(in: .all, asOf: day)
        require(policy.latestNextMeeting(after: day) > day, "the next meeting is due after the meeting")
    }

    static func targetGroups(_ rules: TargetGroupRules) {
        for resident in sample.residents {
            _ = rules.targetGroups(of: resident, on: ResidentsFixtureTime.date("2026-01-01"))
        }
        require(rules.unapprovedOfferMaximumDays >= 0, "day limits are not negative")
    }

    static func stayDefinition(_ definition: HospitalStayDefinition) {
        let joined = definition.joining(sample.stays)
        require(joined.count <= sample.stays.count, "joining never adds stays")
        require(definition.joining(joined) == joined, "joining joined stays changes nothing")
        require(
            joined.reduce(0) { $0 + $1.episodes.count } == sample.stays.reduce(0) { $0 + $1.episodes.count },
            "joining keeps every episode")
    }

    static func exclusions(_ exclusions: AcuteReadmissionExclusions) {
        for stay in sample.stays {
            let reason = exclusions.exclusion(of: stay)
            if stay.contactReason == .selfHarm || stay.contactReason == .assault {
                require(reason != .accident, "self-harm and assault are never accidents")
            }
        }
        for code in ["DX600", "DX850", "DY100", "DY340"] {
            let diagnosis = try? DiagnosisCode(code)
            require(
                exclusions.exclusion(initialDiagnosis: diagnosis, contactReason: nil) != .accident,
                "intentional or undetermined external causes are never accidents")
        }
    }

    static func coverage(_ coverage: RegistrationCoverage) {
        let period = ResidentsFixtureTime.range("2025-01-01", "2025-12-31")
        for kind in IndicatorRegistration.allCases where coverage.covers(kind, period) {
            require(
                coverage.covers(kind, ResidentsFixtureTime.range("2025-03-01", "2025-03-31")),
                "a covered period covers its parts")
        }
        let calculator = ResultIndicatorCalculator(
            residents: sample.residents, facilities: [], placements: [], stays: sample.stays, coverage: coverage)
        do {
            let indicators = try calculator.indicators(for: .region(.hovedstaden), period: period)
            require(
                (indicators.usesOfForce.count != nil) == coverage.covers(.usesOfForce, period),
                "a count is a number exactly where its registration covers the period")
        } catch {
            fatalError("property violated: indicators over a closed period failed: \(error)")
        }
    }
}
