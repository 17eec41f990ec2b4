import BrobyggerCore
import BrobyggerResidents
import Foundation

/// One row of the `discharge_documents.csv` register a ward keeps (FORMATS.md):
/// `document_id,resident,episode,kind,basis,agreed_on,refused_on,treatment_offers,social_offers,parties,consultant`.
///
/// `parties` counts the relevant authorities and practitioners, that is the parties besides the patient and the
/// department; `consultant` is the responsible senior consultant's name. The full documents travel as JSON
/// (``DischargeAgreement``, ``CoordinationPlan``); the row carries what a compliance report needs.
public struct DischargeDocumentRecord: Sendable, Hashable, Codable {
    /// The columns, in order.
    public static let columns = [
        "document_id", "resident", "episode", "kind", "basis", "agreed_on", "refused_on", "treatment_offers",
        "social_offers", "parties", "consultant",
    ]

    /// The document's identifier in the ward's register.
    public var documentID: String
    /// The patient.
    public var resident: PersonIdentifier
    /// The stay.
    public var episode: EpisodeOfCareIdentifier
    /// Agreement or plan.
    public var kind: DischargeDocumentKind
    /// §13a stk. 1 or stk. 2.
    public var basis: DischargeLegalBasis
    /// The day it was concluded or made; `nil` when empty.
    public var agreedOn: CalendarDate?
    /// The day the patient refused to take part; `nil` when empty.
    public var refusedOn: CalendarDate?
    /// Number of treatment offers.
    public var treatmentOffers: Int
    /// Number of social offers.
    public var socialOffers: Int
    /// Number of authority and practitioner parties.
    public var parties: Int
    /// The responsible consultant's name; `nil` when empty.
    public var consultant: String?

    /// Creates a record.
    public init(
        documentID: String, resident: PersonIdentifier, episode: EpisodeOfCareIdentifier, kind: DischargeDocumentKind,
        basis: DischargeLegalBasis, agreedOn: CalendarDate?, refusedOn: CalendarDate?, treatmentOffers: Int,
        socialOffers: Int, parties: Int, consultant: String?
    ) {
        self.documentID = documentID
        self.resident = resident
        self.episode = episode
        self.kind = kind
        self.basis = basis
        self.agreedOn = agreedOn
        self.refusedOn = refusedOn
        self.treatmentOffers = treatmentOffers
        self.socialOffers = socialOffers
        self.parties = parties
        self.consultant = consultant
    }

    /// The row of a document's current version.
    public init<Document: DischargeDocument>(_ document: Document, person: PersonIdentifier) {
        let content = document.content
        self.init(
            documentID: document.id.storageKey, resident: person, episode: document.episode, kind: Document.kind,
            basis: content.legalBasis, agreedOn: content.concludedOn, refusedOn: content.refusal?.refusedOn,
            treatmentOffers: content.treatmentOffers.count, socialOffers: content.socialOffers.count,
            parties: content.authorityParties.count, consultant: content.consultant?.name.formatted)
    }

    /// The facts content rules test, with the discharge date when known. The patient's party, contact persons,
    /// appointments and early signs are not in the register and so are unknown.
    public func facts(dischargeDate: CalendarDate?) -> DischargeDocumentFacts {
        var facts = DischargeDocumentFacts(kind: kind)
        facts.setCount(.treatmentOffers, treatmentOffers)
        facts.setCount(.socialOffers, socialOffers)
        facts.setCount(.authorityParties, parties)
        facts.setCount(.responsibleConsultant, (consultant.map { $0.contains { !$0.isWhitespace } } ?? false) ? 1 : 0)
        facts.setDate(.concludedOn, agreedOn)
        facts.setDate(.refusedOn, refusedOn)
        facts.setDate(.dischargeDate, dischargeDate)
        return facts
    }

    /// One problem with one field of a row.
    public struct FieldProblem: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The column.
        public var column: String
        /// What is wrong.
        public var problem: String
        /// The offending value, masked where it may be a CPR number.
        public var value: String?

        /// Creates a problem.
        public init(column: String, problem: String, value: String?) {
            self.column = column
            self.problem = problem
            self.value = value
        }

        /// `column: problem ("value")`.
        public var description: String { "\(column): \(problem)" + (value.map { " (\"\($0)\")" } ?? "") }
    }

    /// Every problem found in a row, so an import can report them all at once.
    public struct ParseError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The row's line number in the file, when known.
        public var line: Int?
        /// The problems, in column order.
        public var problems: [FieldProblem]

        /// Creates an error.
        public init(line: Int?, problems: [FieldProblem]) {
            self.line = line
            self.problems = problems
        }

        /// One problem per clause.
        public var description: String {
            (line.map { "line \($0): " } ?? "") + problems.map(\.description).joined(separator: "; ")
        }
    }

    /// The required columns missing from a header.
    public static func missingColumns(in header: [String]) -> [String] {
        let present = Set(header.map { $0.trimmingCharacters(in: .whitespaces) })
        return columns.filter { !present.contains($0) }
    }

    /// Parses a row from its cells by column name; unknown columns are ignored.
    ///
    /// - Throws: ``ParseError`` listing every field that is missing or malformed.
    public init(cells: [String: String], line: Int? = nil) throws(ParseError) {
        var problems: [FieldProblem] = []
        func cell(_ column: String) -> String {
            let value = cells[column] ?? ""
            // Foundation's trim costs more than the rest of a row (issue 18): only a cell with white space at an end
            // is trimmed, which gives the same text.
            guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
                CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
            else { return value }
            return value.trimmingCharacters(in: .whitespaces)
        }
        func required(_ column: String) -> String? {
            let value = cell(column)
            if value.isEmpty { problems.append(FieldProblem(column: column, problem: "required", value: nil)) }
            return value.isEmpty ? nil : value
        }
        func date(_ column: String) -> CalendarDate? {
            let value = cell(column)
            guard !value.isEmpty else { return nil }
            guard let date = try? CalendarDate(iso8601: value) else {
                problems.append(FieldProblem(column: column, problem: "not a date YYYY-MM-DD", value: value))
                return nil
            }
            return date
        }
        func count(_ column: String) -> Int {
            guard let value = required(column) else { return 0 }
            guard let number = Int(value), number >= 0 else {
                problems.append(FieldProblem(column: column, problem: "not a count (0, 1, 2 …)", value: value))
                return 0
            }
            return number
        }
        let documentID = required("document_id")
        var person: PersonIdentifier?
        if let text = required("resident") {
            do {
                person = try PersonIdentifier(cpr: text)
            } catch {
                let masked = PersonIdentifier.masking(text)
                problems.append(FieldProblem(column: "resident", problem: error.rule, value: masked))
            }
        }
        var episode: EpisodeOfCareIdentifier?
        if let text = required("episode") { episode = try? EpisodeOfCareIdentifier(text) }
        var kind: DischargeDocumentKind?
        if let text = required("kind") {
            kind = DischargeDocumentKind(rawValue: text)
            if kind == nil {
                problems.append(FieldProblem(column: "kind", problem: "agreement or coordination_plan", value: text))
            }
        }
        var basis: DischargeLegalBasis?
        if let text = required("basis") {
            basis = DischargeLegalBasis(rawValue: text)
            if basis == nil { problems.append(FieldProblem(column: "basis", problem: "13a1 or 13a2", value: text)) }
        }
        let agreed = date("agreed_on")
        let refused = date("refused_on")
        let treatment = count("treatment_offers")
        let social = count("social_offers")
        let parties = count("parties")
        let consultant = cell("consultant")
        guard problems.isEmpty, let documentID, let person, let episode, let kind, let basis else {
            throw ParseError(line: line, problems: problems)
        }
        self.init(
            documentID: documentID, resident: person, episode: episode, kind: kind, basis: basis, agreedOn: agreed,
            refusedOn: refused, treatmentOffers: treatment, socialOffers: social, parties: parties,
            consultant: consultant.isEmpty ? nil : consultant)
    }

    /// Parses a row from its cells in the order of a header.
    ///
    /// - Throws: ``ParseError`` listing every field that is missing or malformed.
    public init(row: [String], header: [String], line: Int? = nil) throws(ParseError) {
        var cells: [String: String] = [:]
        for (index, column) in header.enumerated() where index < row.count {
            cells[column.trimmingCharacters(in: .whitespaces)] = row[index]
        }
        try self.init(cells: cells, line: line)
    }

    /// The row's cells in ``columns`` order, as written to the register file (the CPR number unmasked, as the
    /// interchange format requires; never log it).
    public var cells: [String] {
        [
            documentID, resident.unmaskedValue, episode.value, kind.rawValue, basis.rawValue,
            agreedOn?.iso8601 ?? "", refusedOn?.iso8601 ?? "", String(treatmentOffers), String(socialOffers),
            String(parties), consultant ?? "",
        ]
    }
}

extension DischargeDocumentRecord: DirectFieldDecodable {
    /// Reads a register row from its fields, as the synthesised `init(from:)` reads them: every field but the two
    /// dates and the consultant must be present; the kind and the basis must be one of their codes.
    public init(directFields fields: DirectFields) throws {
        self.init(
            documentID: try fields.string(CodingKeys.documentID),
            resident: try fields.decode(PersonIdentifier.self, CodingKeys.resident),
            episode: try fields.decode(EpisodeOfCareIdentifier.self, CodingKeys.episode),
            kind: try fields.rawValue(DischargeDocumentKind.self, CodingKeys.kind),
            basis: try fields.rawValue(DischargeLegalBasis.self, CodingKeys.basis),
            agreedOn: try fields.decodeIfPresent(CalendarDate.self, CodingKeys.agreedOn),
            refusedOn: try fields.decodeIfPresent(CalendarDate.self, CodingKeys.refusedOn),
            treatmentOffers: try fields.decode(Int.self, CodingKeys.treatmentOffers),
            socialOffers: try fields.decode(Int.self, CodingKeys.socialOffers),
            parties: try fields.decode(Int.self, CodingKeys.parties),
            consultant: try fields.decodeIfPresent(String.self, CodingKeys.consultant))
    }
}
