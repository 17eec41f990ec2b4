import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Every citation the library hands a reader names something the reader can look up: a public document of the
/// bibliography (``SourceDocument``) with its section, table or appendix, or a statute by paragraph; never the line
/// numbers of a working copy.
@Suite struct CitationPropertyTests {
    @Test func everyCitationInTheRulesAndDocumentsNamesAPublicSource() throws {
        let corpus = try PropertyCorpus(seed: PropertyCorpus.seeds[0])
        var citations: [(label: String, citation: RawCitation)] = []
        for (kind, index, document) in corpus.allDocuments {
            citations += try Self.citations(in: document).map { ("\(kind)[\(index)]", $0) }
        }
        for (label, value) in corpus.values {
            citations += try Self.citations(in: value).map { (label, $0) }
        }
        for (label, finding) in try Self.findings(corpus: corpus) {
            citations.append((label + " " + finding.code, RawCitation(finding.source)))
        }
        for factor in ReadmissionRiskFactor.allCases {
            citations.append(("risk factor \(factor.rawValue)", RawCitation(factor.source)))
        }
        let triggers: [CarePlanTrigger] = [
            .complexCourse, .repeatedAvoidableAdmissions, .adverseEventsOrTransitionErrors, .unstableAttendance,
            .brokenOffTreatment, .partySeesNeed,
        ]
        for trigger in triggers { citations.append(("trigger \(trigger)", RawCitation(trigger.source))) }
        citations.append(("follow-up policy", RawCitation(FollowUpPolicy.standard.source)))

        let documentCitations = citations.filter { $0.citation.kind == SourceCitation.Kind.document.rawValue }
        let statuteCitations = citations.filter { $0.citation.kind == SourceCitation.Kind.statute.rawValue }
        #expect(Set(documentCitations.compactMap { SourceDocument(citation: $0.citation.reference) }).count >= 4)
        #expect(!statuteCitations.isEmpty)
        var problems: [String: String] = [:]
        for (label, citation) in citations {
            if let problem = citation.problem, problems[citation.description] == nil {
                problems[citation.description] = "\(label): \(problem)"
            }
        }
        #expect(problems.isEmpty, "\(problems.values.sorted().joined(separator: "\n"))")
    }

    @Test func theCheckRejectsWorkingCopyCitations() {
        let legacy = RawCitation(kind: "seed", reference: "seed 001", locator: "l.971")
        #expect(legacy.problem != nil)
        #expect(RawCitation(kind: "document", reference: "seed 001", locator: "l.971").problem != nil)
        #expect(RawCitation(.document(.vive2023, locator: "l.1310")).problem != nil)
        #expect(RawCitation(.document(.vive2023)).problem != nil)
        #expect(RawCitation(.statute("seed 004")).problem != nil)
        #expect(RawCitation(.practice("see seed 000")).problem != nil)
        #expect(RawCitation(.practice("shared data (DOMAIN.md §10)")).problem != nil)
        #expect(RawCitation(.document(.vive2023, locator: "afsnit 5.1.2.3")).problem == nil)
        #expect(RawCitation(.document(.sundhedsstyrelsenNews2024)).problem == nil)
        #expect(RawCitation(.statute("psykiatriloven §13a stk. 1")).problem == nil)
    }

    /// The findings the corpus's documents give when validated on a day inside the region's year.
    private static func findings(corpus: PropertyCorpus) throws -> [(label: String, finding: Finding)] {
        let day = try CalendarDate(year: 2026, month: 6, day: 1)
        var findings: [(label: String, finding: Finding)] = []
        for (kind, index, document) in corpus.allDocuments {
            let report: ValidationReport? =
                switch document {
                case let plan as CoordinatedCarePlan: plan.validate(on: day)
                case let agreement as CollaborationAgreement: agreement.validate(on: day)
                case let team as OutreachTeam: team.validate()
                default: nil
                }
            findings += (report?.findings ?? []).map { ("\(kind)[\(index)]", $0) }
        }
        var emptyTerms = AgreementFixtures.regionHovedstadenTerms()
        emptyTerms.intensifiedEffortCriteria = []
        for template in [
            AgreementTemplate.regionHovedstadenFacilityTeam, .crossSectorCollaborationModel, .citizenLevelCollaboration,
        ] {
            findings += template.validate(emptyTerms).findings.map { ("template \(template.identifier)", $0) }
        }
        #expect(!findings.isEmpty)
        return findings
    }

    /// Every citation inside a value, found in its JSON: an object whose only members are a citation's.
    private static func citations(in value: some Encodable) throws -> [RawCitation] {
        let data = try JSONEncoder().encode(value)
        var found: [RawCitation] = []
        func walk(_ node: Any) {
            if let object = node as? [String: Any] {
                if let kind = object["kind"] as? String, let reference = object["reference"] as? String,
                    Set(object.keys).isSubset(of: ["kind", "reference", "locator"])
                {
                    found.append(RawCitation(kind: kind, reference: reference, locator: object["locator"] as? String))
                } else {
                    object.values.forEach(walk)
                }
            } else if let array = node as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        return found
    }
}

/// A citation as stored, before decoding maps earlier forms.
private struct RawCitation: CustomStringConvertible {
    let kind: String
    let reference: String
    let locator: String?

    init(kind: String, reference: String, locator: String?) {
        self.kind = kind
        self.reference = reference
        self.locator = locator
    }

    init(_ citation: SourceCitation) {
        self.init(kind: citation.kind.rawValue, reference: citation.reference, locator: citation.locator)
    }

    var description: String { "\(kind): \(reference) | \(locator ?? "-")" }

    /// Why a reader could not look the citation up, or `nil`.
    var problem: String? {
        let text = reference + " " + (locator ?? "")
        if text.lowercased().contains(/seed\s*\d/) { return "names a seed file" }
        if text.contains(/(^|[\s(,;])l\.\s?\d/) { return "cites line numbers" }
        if text.contains("DOMAIN.md") || text.contains("notes/") { return "names a project file" }
        guard SourceCitation.Kind(rawValue: kind) != nil else { return "kind \(kind) is not a current kind" }
        if kind == SourceCitation.Kind.document.rawValue {
            guard let document = SourceDocument(citation: reference) else { return "not in the bibliography" }
            if locator == nil && document != .sundhedsstyrelsenNews2024 { return "no section, table or appendix" }
        }
        if kind == SourceCitation.Kind.statute.rawValue && reference.wholeMatch(of: /\p{Ll}+ §\s?\d+.*/) == nil {
            return "not an Act and paragraph"
        }
        return nil
    }
}
