import BrobyggerCore

/// Checks placements against facilities' approvals and against each other.
///
/// Findings (never errors thrown, since the placements are facts that must still be recorded):
/// - `placement.unapproved-target-group` (warning): the facility is not approved for every target group the
///   resident's diagnoses place them in (Erfaringsopsamling 2024, afsnit 1.1);
/// - `placement.unapproved-offer-too-long` (error): such a placement lasts longer than the three weeks
///   serviceloven §4 stk. 4 allows (six with the exceptional extension), counted to the review date when open;
/// - `placement.overlapping` (error): two placements of one resident overlap;
/// - `placement.legal-basis-mismatch` (warning): the placement's legal basis differs from the facility's;
/// - `placement.unknown-resident` / `placement.unknown-facility` (error).
///
/// Runs in time linear in the number of placements after one sort per resident.
public struct PlacementReview: Sendable {
    /// The regional target-group rules.
    public var rules: TargetGroupRules

    /// Creates a review with the given rules (Region Hovedstaden's by default).
    public init(rules: TargetGroupRules = .hovedstaden) {
        self.rules = rules
    }

    /// Reviews placements as of a date (open placements count their length up to that date).
    public func review(
        _ placements: [Placement], residents: [Resident], facilities: [ResidentialFacility], asOf date: CalendarDate
    ) -> ValidationReport {
        let residentsByID = Dictionary(residents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let facilitiesByID = Dictionary(facilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var report = ValidationReport()
        var byResident: [Resident.ID: [(index: Int, placement: Placement)]] = [:]
        for (index, placement) in placements.enumerated() {
            byResident[placement.resident, default: []].append((index, placement))
            let path = FieldPath("placements").appending(index: index)
            guard let resident = residentsByID[placement.resident] else {
                report.append(
                    Finding(
                        code: "placement.unknown-resident", severity: .error, path: path.appending("resident"),
                        message: "The placement names a resident that is not known.",
                        source: .practice("Referential integrity")))
                continue
            }
            guard let facility = facilitiesByID[placement.facility] else {
                report.append(
                    Finding(
                        code: "placement.unknown-facility", severity: .error, path: path.appending("facility"),
                        message: "The placement names a facility that is not known.",
                        source: .practice("Referential integrity")))
                continue
            }
            if placement.legalBasis != facility.legalBasis {
                report.append(
                    Finding(
                        code: "placement.legal-basis-mismatch", severity: .warning, path: path.appending("legalBasis"),
                        message:
                            "The placement is under \(placement.legalBasis.statute) but \(facility.name) offers "
                            + "\(facility.legalBasis.statute).",
                        source: .statute(placement.legalBasis.statute)))
            }
            report.append(
                contentsOf: reviewApproval(
                    of: placement, resident: resident, facility: facility, path: path, asOf: date))
        }
        for entries in byResident.values where entries.count > 1 {
            let sorted = entries.sorted { $0.placement.period.start < $1.placement.period.start }
            var latestEnd: CalendarDate? = sorted[0].placement.period.end
            var openEnded = latestEnd == nil
            for entry in sorted.dropFirst() {
                let start = entry.placement.period.start
                if openEnded || (latestEnd.map { start <= $0 } ?? false) {
                    report.append(
                        Finding(
                            code: "placement.overlapping", severity: .error,
                            path: FieldPath("placements").appending(index: entry.index).appending("period"),
                            message: "The resident has another placement in the same period.",
                            source: .practice("A resident lives on one facility at a time")))
                }
                if let end = entry.placement.period.end {
                    if !openEnded, let current = latestEnd, end > current { latestEnd = end }
                } else {
                    openEnded = true
                }
            }
        }
        return report
    }

    private func reviewApproval(
        of placement: Placement, resident: Resident, facility: ResidentialFacility, path: FieldPath,
        asOf date: CalendarDate
    ) -> ValidationReport {
        var report = ValidationReport()
        // Diagnoses known by the end of the placement (or the review date) count: a resident diagnosed with
        // substance use during the stay is from then on misplaced on a facility approved for psychiatry only.
        let groups = rules.targetGroups(of: resident, on: min(placement.period.end ?? date, date))
        let missing = groups.subtracting(facility.approvedTargetGroups)
        guard !missing.isEmpty else { return report }
        let missingList = missing.sorted().map(\.danishName).joined(separator: ", ")
        report.append(
            Finding(
                code: "placement.unapproved-target-group", severity: .warning, path: path.appending("facility"),
                message: "\(facility.name) is not approved for the resident's target group (\(missingList)).",
                source: .document(.erfaringsopsamling2024, locator: "afsnit 1.1")))
        // The three weeks run from when the resident came to the facility or, for a diagnosis given during the
        // stay, from when the mismatch arose.
        let mismatchSince =
            resident.diagnoses.filter { !rules.targetGroups(for: [$0.code]).isDisjoint(with: missing) }
            .map(\.date).min() ?? placement.period.start
        let start = max(placement.period.start, mismatchSince)
        let end = min(placement.period.end ?? date, date)
        let days = start.days(until: end) + 1
        var allowed = rules.unapprovedOfferMaximumDays
        if placement.exceptionalUnapprovedExtension { allowed += rules.unapprovedOfferExceptionalExtensionDays }
        if days > allowed {
            report.append(
                Finding(
                    code: "placement.unapproved-offer-too-long", severity: .error, path: path.appending("period"),
                    message: "An offer not approved for the target group has been used for \(days) days; at most "
                        + "\(allowed) are allowed.",
                    source: .statute("serviceloven §4 stk. 4")))
        }
        return report
    }
}
