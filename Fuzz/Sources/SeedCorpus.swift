import Brobygger
import BrobyggerCommandLine
import BrobyggerTesting
import Foundation

/// Writes the seed corpora from the package's real examples: the synthetic region's documents and identifiers,
/// MedCom's example notifications and CareCommunications (the FHIR tests' resources) and two acknowledgements, the tool's exported sample files and its commands.
///
/// `BrobyggerFuzz seed CORPUS [EXPORT]` where EXPORT is a directory written by `brobygger demo --export EXPORT`.
enum SeedCorpus {
    static func write(to corpus: String, export: String?) throws {
        let root = URL(fileURLWithPath: corpus)
        func save(_ target: FuzzTarget, _ name: String, _ bytes: [UInt8]) throws {
            let directory = root.appendingPathComponent(target.rawValue)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        func json(_ value: some Encodable) throws -> [UInt8] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return [UInt8](try encoder.encode(value))
        }

        // Identifiers: the selector byte picks the parser (IdentifierTarget).
        let region = try SyntheticRegion.generate(.hovedstaden)
        let cprs = SampleCPRNumbers.adults(3)
        let identifiers: [(String, UInt8, String)] =
            cprs.enumerated().flatMap { index, cpr in
                [
                    ("cpr-\(index)", UInt8(0), cpr.unmaskedValue),
                    ("cpr-formatted-\(index)", UInt8(0), cpr.unmaskedFormatted),
                ]
            } + [
                ("cpr-2000-leap", 0, "2902004000"), ("ecpr-x", 1, "0101901AB2"), ("ecpr-d", 2, "2902005QX1"),
                ("sor", 4, "953741000016009"), ("gln", 5, "5790001348120"), ("cvr", 6, "29189846"),
                ("authorisation", 7, "0C4BG"), ("municipality", 8, "0101"), ("municipality-short", 8, "851"),
                ("municipality-name", 9, "Lolland"),
            ]
        for (name, selector, text) in identifiers { try save(.identifiers, name, [selector] + Array(text.utf8)) }
        try save(.identifiers, "person-cpr-json", [3] + json(PersonIdentifier.cpr(cprs[0])))
        try save(
            .identifiers, "person-ecpr-json",
            [3] + json(PersonIdentifier.replacement(try ReplacementPersonNumber("0101901AB2", kind: .xECPR))))

        // Documents: the selector byte picks the decoder (DocumentTarget.decoders).
        let records = try region.residentRecords()
        let discharge = try DischargeSyntheticDocuments.derive(from: region)
        let survey = RelationalCoordinationSurveyGenerator(respondents: 12, workgroups: 3, rounds: 1, seed: 7)
            .generate()
        let round = try RelationalCoordinationRoundResponses(
            survey: survey.survey, round: survey.survey.rounds[0].id,
            responses: survey.responses.filter { $0.round == survey.survey.rounds[0].id })
        let agreement = CollaborationAgreement(
            id: AgreementFixtures.identifier(1), template: .crossSectorCollaborationModel,
            terms: AgreementFixtures.collaborationModelTerms())
        let organisation = region.organisations[0]
        let provenance = AgreementFixtures.provenance(on: AgreementFixtures.date("2026-02-24"), reason: "seed")
        let documents: [(String, [UInt8])] = [
            ("resident-record", try json(records.min { $0.resident.diagnoses.count > $1.resident.diagnoses.count }!)),
            ("facility", try json(region.facilities[0])), ("team", try json(region.teams[0])),
            ("organisation", try json(organisation)), ("care-plan", try json(CarePlanPeterCase().planAtFollowUp())),
            ("discharge-agreement", try json(discharge.agreements[0])),
            ("coordination-plan", try json(discharge.plans[0])), ("collaboration-agreement", try json(agreement)),
            ("rc-round-responses", try json(round)),
            ("organisation-revision", try json(Revision(number: 2, document: organisation, provenance: provenance))),
        ]
        for (name, bytes) in documents {
            guard let index = DocumentTarget.decoders.firstIndex(where: { $0.name == name }) else { continue }
            try save(.documents, name, [UInt8(index)] + bytes)
        }

        // Policies: the selector byte picks the decoder (PolicyTarget.decoders); the defaults and a variant each.
        let policies: [(String, String, [UInt8])] = [
            ("readmission-policy", "readmission-policy", try json(ReadmissionPolicy.standard)),
            (
                "readmission-policy", "readmission-policy-strict",
                try json(
                    try ReadmissionPolicy(
                        frequentAdmissionThreshold: 5, frequentAdmissionWindowMonths: 6,
                        wardTypes: [.psychiatric, .somatic],
                        stayDefinition: try HospitalStayDefinition(maximumTransferGapMinutes: 60)))
            ),
            ("follow-up-policy", "follow-up-policy", try json(FollowUpPolicy.standard)),
            ("care-plan-policy", "care-plan-policy", try json(CarePlanPolicy.regionHovedstaden)),
            ("target-group-rules", "target-group-rules", try json(TargetGroupRules.hovedstaden)),
            ("target-group-rules", "target-group-rules-midtjylland", try json(TargetGroupRules.midtjylland)),
            ("stay-definition", "stay-definition", try json(HospitalStayDefinition.national)),
            (
                "acute-readmission-exclusions", "acute-readmission-exclusions",
                try json(AcuteReadmissionExclusions.standard)
            ),
            (
                "registration-coverage", "registration-coverage",
                try json(
                    RegistrationCoverage(
                        alwaysRegistered: [.hospitalStays, .teamContacts],
                        registeredPeriods: [.violentEpisodes: [ResidentsFixtureTime.range("2025-01-01", nil)]]))
            ),
            (
                "overview-meeting-schedule", "overview-meeting-schedule",
                try json(try OverviewMeetingSchedule(weekday: .wednesday))
            ),
        ]
        for (decoder, name, bytes) in policies {
            guard let index = PolicyTarget.decoders.firstIndex(where: { $0.name == decoder }) else { continue }
            try save(.policies, name, [UInt8(index)] + bytes)
        }

        // FHIR and MedCom: MedCom's example notifications.
        let medcom = URL(fileURLWithPath: "Tests/BrobyggerFHIRTests/Resources/medcom")
        for name in try FileManager.default.contentsOfDirectory(atPath: medcom.path).sorted()
        where name.hasSuffix(".json") {
            let bytes = try [UInt8](Data(contentsOf: medcom.appendingPathComponent(name)))
            let stem = String(name.dropLast(5))
            try save(.fhir, stem, bytes)
            try save(.medcom, stem, bytes)
        }
        // MedCom acknowledgements: a positive and a negative one of MedCom's example reply.
        let reply = try CareCommunication(
            json: Data(contentsOf: medcom.appendingPathComponent("CareCommunication_Ex_receive_B-reply.json")))
        let acknowledgedAt = reply.sentAt.adding(seconds: 60)
        let missing = MedComAcknowledgement.Issue(
            severity: "error", type: "required", detailSystem: MedComAcknowledgement.Issue.hl7System,
            detailCode: "MSG_BAD_FORMAT", text: "entry[2].resource.category: required element missing")
        let acknowledgements = [
            (
                "Acknowledgement_ok",
                try MedComAcknowledgement.acknowledging(
                    reply.messageID, from: reply.receiver, to: reply.sender, code: .ok,
                    messageID: try FHIR.ID("0b0e4f3c-6f5e-4a51-9d7b-2f1d1f3b9a01"), sentAt: acknowledgedAt)
            ),
            (
                "Acknowledgement_fatal-error",
                try MedComAcknowledgement.acknowledging(
                    reply.messageID, from: reply.receiver, to: reply.sender, code: .fatalError, issues: [missing],
                    messageID: try FHIR.ID("0b0e4f3c-6f5e-4a51-9d7b-2f1d1f3b9a02"), sentAt: acknowledgedAt)
            ),
        ]
        for (name, acknowledgement) in acknowledgements {
            let bytes = [UInt8](try acknowledgement.json(ids: SequentialIdentifierSource(seed: 7)))
            try save(.fhir, name, bytes)
            try save(.medcom, name, bytes)
        }

        // Imports: the selector byte picks the format (0 the bare CSV reader, then FuzzEntryPoints.importKinds).
        if let export {
            let files: [(String, String)] = [
                ("organisations.csv", "organisations"), ("facilities.csv", "facilities"),
                ("residents.csv", "residents"), ("placements.csv", "placements"), ("events.csv", "events"),
                ("rc_responses.csv", "rc"), ("rc_responses_wide.csv", "rc"), ("documents.json", "documents"),
            ]
            for (file, kind) in files {
                let whole = try Data(contentsOf: URL(fileURLWithPath: export).appendingPathComponent(file))
                let bytes = file.hasSuffix(".csv") ? firstLines(of: [UInt8](whole)) : try firstDocuments(of: whole)
                let index = FuzzEntryPoints.importKinds.firstIndex(of: kind)! + 1
                try save(.imports, file, [UInt8(index)] + bytes)
                if file.hasSuffix(".csv") { try save(.imports, "rfc4180-" + file, [0] + bytes) }
            }
            let medcomIndex = FuzzEntryPoints.importKinds.firstIndex(of: "medcom")! + 1
            let example = try Data(contentsOf: medcom.appendingPathComponent("HospitalNotification_Ex_STIN_A.json"))
            try save(.imports, "medcom-STIN_A.json", [UInt8(medcomIndex)] + [UInt8](example))
        }
        try save(.imports, "rfc4180-quoting", [0] + Array("a,\"b \"\"c\"\"\",c\r\n1,\"x,\r\ny\",\r\n".utf8))

        // Arguments: each command with every option, zero-separated.
        for (index, line) in FuzzEntryPoints.sampleCommandLines.enumerated() {
            try save(.arguments, String(format: "command-%02d", index), Array(line.joined(separator: "\0").utf8))
        }

        // Renderers: stored text as a hostile user would write it.
        for (name, text) in rendererSeeds { try save(.renderers, name, Array(text.utf8)) }
    }

    /// Text for the renderers: terminal control sequences, markup of every output kind, CPR numbers in free text,
    /// bidirectional overrides and ordinary Danish text.
    static let rendererSeeds: [(String, String)] = [
        ("terminal-retitle-and-clear", "Peter\u{1B}]0;pwned\u{07}\u{1B}[2J Hansen"),
        ("c1-csi-and-nul", "Ida\u{9B}31m\u{00}Olsen\u{85}"),
        ("carriage-return-overwrite", "Alt er godt\rAlt er skidt\r\n"),
        ("bidi-override", "konto \u{202E}1234\u{202C} \u{2066}x\u{2069}"),
        ("markdown-link-and-entity", "[klik](javascript:alert(1)) &#27;[2J # 1. - *fed* `kode` | celle"),
        ("html-script", "<script>alert('x')</script> & \"citat\""),
        ("cpr-in-free-text", "Ring til 2703682774 eller 270368-2774"),
        ("danish-text", "Mål: Åse vil gerne bo i Ærøskøbing.\n\tHun ønsker kontakt hver uge."),
    ]

    /// The first lines of a CSV file, at most about 4 KB, so that seeds stay small.
    static func firstLines(of bytes: [UInt8], limit: Int = 4_096) -> [UInt8] {
        guard bytes.count > limit, let end = bytes[..<limit].lastIndex(of: 0x0A) else { return bytes }
        return Array(bytes[...end])
    }

    /// The first two documents of a JSON array of documents.
    static func firstDocuments(of data: Data) throws -> [UInt8] {
        guard let array = try JSONSerialization.jsonObject(with: data) as? [Any] else { return [UInt8](data) }
        return [UInt8](try JSONSerialization.data(withJSONObject: Array(array.prefix(2)), options: [.sortedKeys]))
    }
}
