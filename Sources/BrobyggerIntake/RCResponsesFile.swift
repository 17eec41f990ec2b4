import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Reads relational-coordination answers from `rc_responses.csv`, in the long layout
/// (`round,respondent,respondent_group,rated_group,dimension,answer`) or the wide one (one column per dimension),
/// and derives the survey they belong to: the workgroups and rounds named in the file, every group rating every
/// group, and the standard seven-item instrument.
public struct RCResponsesFile {
    /// The file's dimension codes.
    public static let dimensions: [(String, RelationalCoordinationDimension)] = [
        ("frequent", .frequentCommunication), ("timely", .timelyCommunication), ("accurate", .accurateCommunication),
        ("problem_solving", .problemSolvingCommunication), ("shared_goals", .sharedGoals),
        ("shared_knowledge", .sharedKnowledge), ("mutual_respect", .mutualRespect),
    ]
    /// The long layout's header.
    public static let longHeader = ["round", "respondent", "respondent_group", "rated_group", "dimension", "answer"]
    /// The wide layout's header.
    public static let wideHeader = ["round", "respondent", "respondent_group", "rated_group"] + dimensions.map(\.0)

    /// The survey the file describes.
    public var survey: RelationalCoordinationSurvey
    /// The responses, one per respondent and round.
    public var responses: [RelationalCoordinationResponse]
    /// The rounds in the order the file first names them.
    public var rounds: [RelationalCoordinationRound.ID]

    private struct Key: Hashable {
        var round: Int32
        var respondent: Int32
    }

    /// One respondent's answers in one round: the groups rated in file order, and seven answer positions per
    /// rated group (0 = not answered).
    private struct Entry {
        var round: Int32
        var respondent: Int32
        var group: Int32
        var line: Int
        var rated: [Int32] = []
        var positions: [Int8] = []
    }

    /// The identifier of the round labelled `label` in the survey named `survey`.
    public static func roundID(_ label: String, survey: String) -> RelationalCoordinationRound.ID {
        StableIdentifier.make(survey + "\n" + label, kind: "rc-round")
    }

    /// The identifier of the survey named `survey`.
    public static func surveyID(_ survey: String) -> RelationalCoordinationSurvey.ID {
        StableIdentifier.make(survey, kind: "rc-survey")
    }

    /// Reads `table` as answers to the survey named `surveyName` (default: the file name).
    ///
    /// The file carries no dates: a round is dated by `roundDates` when it is known (a stored round keeps its
    /// dates), else it opens and closes `today`.
    public static func read(
        _ table: CSVTable, today: CalendarDate, surveyName: String? = nil,
        roundDates: [RelationalCoordinationRound.ID: (opens: CalendarDate, closes: CalendarDate)] = [:]
    ) throws(InputProblems) -> RCResponsesFile {
        let surveyName = surveyName ?? table.file
        let isLong = table.header.contains("dimension")
        let columns: CSVColumns
        do {
            columns =
                isLong
                ? try CSVColumns(table, required: longHeader)
                : try CSVColumns(table, required: wideHeader)
        } catch {
            throw InputProblems(problems: [error])
        }
        let instrument = RelationalCoordinationInstrument.standard
        let allDimensions = RelationalCoordinationDimension.allCases
        // The answer position of each score 1–5 per dimension, after the instrument's score map (0 = no position).
        var positionOfScore: [[Int8]] = []
        for dimension in allDimensions {
            var row = [Int8](repeating: 0, count: 6)
            for score in 1...5 {
                for position in 1...5 where instrument.score(ofPosition: position, for: dimension) == score {
                    if row[score] == 0 { row[score] = Int8(position) }
                }
            }
            positionOfScore.append(row)
        }
        let dimensionIndex = Dictionary(uniqueKeysWithValues: allDimensions.enumerated().map { ($1, $0) })
        // Rounds, groups and respondents are interned once, so each row costs a few small lookups.
        var problems: [InputProblem] = []
        var roundNames: [String] = []
        var roundIndex: [String: Int32] = [:]
        var groupNames: [String] = []
        var groupIndex: [String: Int32] = [:]
        var respondentNames: [String] = []
        var respondentIndex: [String: Int32] = [:]
        var entryIndex: [Key: Int] = [:]
        var entries: [Entry] = []

        func intern(_ name: String, _ names: inout [String], _ index: inout [String: Int32]) -> Int32 {
            if let found = index[name] { return found }
            let new = Int32(names.count)
            names.append(name)
            index[name] = new
            return new
        }
        // The fast path of the long layout: each cell compared as bytes with the same column of the row before (a
        // file lists one respondent's answers together), else looked up among the names already read. A row it
        // cannot take (a new name, an empty or odd cell, a conflict) goes the checked way below.
        let fastColumns = ["round", "respondent", "respondent_group", "rated_group", "dimension", "answer"]
            .map { columns.position(of: $0) ?? -1 }
        let dimensionCodes = dimensions.map { Array($0.0.utf8) }
        let dimensionOrder = dimensions.map { dimensionIndex[$0.1] ?? 0 }
        var previousBytes: [[UInt8]] = [[], [], [], []]
        var previousIndex: [Int32] = [-1, -1, -1, -1]
        func fastIndex(_ k: Int, _ record: CSVTable.Record) -> Int32? {
            let same = table.withField(fastColumns[k], of: record) { bytes in
                !bytes.isEmpty && previousIndex[k] >= 0 && CSVBytes.same(bytes, previousBytes[k])
            }
            if same { return previousIndex[k] }
            let found: Int32? = table.withField(fastColumns[k], of: record) { bytes in
                guard !bytes.isEmpty else { return nil }
                let name = String(decoding: bytes, as: UTF8.self)
                switch k {
                case 0: return roundIndex[name]
                case 1: return respondentIndex[name]
                default: return groupIndex[name]
                }
            }
            guard let found else { return nil }
            previousBytes[k] = table.withField(fastColumns[k], of: record) { Array($0) }
            previousIndex[k] = found
            return found
        }
        func fastRow(_ record: CSVTable.Record) -> Bool {
            guard isLong, let r = fastIndex(0, record), let p = fastIndex(1, record), let g = fastIndex(2, record),
                let q = fastIndex(3, record)
            else { return false }
            let d: Int? = table.withField(fastColumns[4], of: record) { bytes in
                dimensionCodes.firstIndex { CSVBytes.same(bytes, $0) }.map {
                    dimensionOrder[$0]
                }
            }
            guard let d else { return false }
            let value: Int8? = table.withField(fastColumns[5], of: record) { bytes in
                if bytes.isEmpty { return 0 }
                guard bytes.count == 1, bytes[0] >= 0x31, bytes[0] <= 0x35 else { return nil }
                let position = positionOfScore[d][Int(bytes[0] - 0x30)]
                return position > 0 ? position : nil
            }
            guard let value else { return false }
            let key = Key(round: r, respondent: p)
            guard let position = entryIndex[key] else {
                entryIndex[key] = entries.count
                var entry = Entry(round: r, respondent: p, group: g, line: record.line)
                entry.rated = [q]
                entry.positions = [Int8](repeating: 0, count: 7)
                entry.positions[d] = value
                entries.append(entry)
                return true
            }
            guard entries[position].group == g else { return false }
            if let slot = entries[position].rated.firstIndex(of: q) {
                guard value == 0 || entries[position].positions[slot * 7 + d] == 0 else { return false }
                if value != 0 { entries[position].positions[slot * 7 + d] = value }
                return true
            }
            let slot = entries[position].rated.count
            entries[position].rated.append(q)
            entries[position].positions += [Int8](repeating: 0, count: 7)
            entries[position].positions[slot * 7 + d] = value
            return true
        }
        for record in table.records {
            if fastRow(record) { continue }
            var row = RowReader(columns, record)
            let round = row.required("round") { $0 }
            var respondent: String?
            if let text = row.text("respondent"), respondentIndex[text] != nil {
                respondent = text
            } else {
                respondent = row.required("respondent") { text throws in
                    try RelationalCoordinationRespondent(pseudonym: text).pseudonym
                }
            }
            let group = row.required("respondent_group") { $0 }
            let rated = row.required("rated_group") { $0 }
            var scores: [(dimension: Int, position: Int8)] = []
            func answer(_ column: String, _ dimension: RelationalCoordinationDimension) {
                let d = dimensionIndex[dimension] ?? 0
                if let position = row.value(
                    column, required: false,
                    fast: { bytes -> Int8? in
                        guard bytes.count == 1, bytes[0] >= 0x31, bytes[0] <= 0x35 else { return nil }
                        let position = positionOfScore[d][Int(bytes[0] - 0x30)]
                        return position > 0 ? position : nil
                    },
                    { text throws -> Int8 in
                        guard let score = Int(text), (1...5).contains(score), positionOfScore[d][score] > 0 else {
                            throw RowRule("an answer is a score 1–5 (empty = not answered)")
                        }
                        return positionOfScore[d][score]
                    })
                {
                    scores.append((d, position))
                }
            }
            if isLong {
                if let dimension = row.code("dimension", dimensions) { answer("answer", dimension) }
            } else {
                for (column, dimension) in dimensions { answer(column, dimension) }
            }
            guard let round, let respondent, let group, let rated else {
                problems += row.problems
                continue
            }
            let key = Key(
                round: roundIndex[round] ?? -1, respondent: respondentIndex[respondent] ?? -1)
            let existing = key.round >= 0 && key.respondent >= 0 ? entryIndex[key] : nil
            let ratedIndex = groupIndex[rated] ?? -1
            if let existing {
                let entry = entries[existing]
                if groupNames[Int(entry.group)] != group {
                    row.fail(
                        "respondent_group",
                        "the respondent answered as '\(groupNames[Int(entry.group)])' on line \(entry.line) in the "
                            + "same round")
                }
                if let slot = entry.rated.firstIndex(of: ratedIndex) {
                    for (dimension, _) in scores where entry.positions[slot * 7 + dimension] != 0 {
                        row.fail(
                            nil,
                            "the respondent already rated '\(rated)' on \(allDimensions[dimension].rawValue) in this "
                                + "round")
                    }
                }
            }
            guard row.isValid else {
                problems += row.problems
                continue
            }
            let r = intern(round, &roundNames, &roundIndex)
            let p = intern(respondent, &respondentNames, &respondentIndex)
            let g = intern(group, &groupNames, &groupIndex)
            let q = intern(rated, &groupNames, &groupIndex)
            let position: Int
            if let found = entryIndex[Key(round: r, respondent: p)] {
                position = found
            } else {
                position = entries.count
                entryIndex[Key(round: r, respondent: p)] = position
                entries.append(Entry(round: r, respondent: p, group: g, line: record.line))
            }
            var slot = entries[position].rated.firstIndex(of: q) ?? -1
            if slot < 0 {
                slot = entries[position].rated.count
                entries[position].rated.append(q)
                entries[position].positions += [Int8](repeating: 0, count: 7)
            }
            for (dimension, value) in scores { entries[position].positions[slot * 7 + dimension] = value }
        }
        guard problems.isEmpty else { throw InputProblems(problems: problems) }
        let groupIDs = groupNames.map { name -> RelationalCoordinationWorkgroup.ID in
            StableIdentifier.make(name, kind: "rc-workgroup")
        }
        let roundIDs = roundNames.map { Self.roundID($0, survey: surveyName) }
        do throws(ValidationError) {
            let workgroups = try groupNames.enumerated().map { index, name throws(ValidationError) in
                try RelationalCoordinationWorkgroup(id: groupIDs[index], name: name)
            }
            let rounds = try roundNames.enumerated().map { index, name throws(ValidationError) in
                let dates = roundDates[roundIDs[index]] ?? (today, today)
                return try RelationalCoordinationRound(
                    id: roundIDs[index], label: name, opens: dates.opens, closes: dates.closes)
            }
            let survey = try RelationalCoordinationSurvey(
                id: surveyID(surveyName), focalWorkProcess: "Samarbejdet om beboerne (\(surveyName))",
                workgroups: workgroups, rounds: rounds)
            var responses: [RelationalCoordinationResponse] = []
            responses.reserveCapacity(entries.count)
            let respondents = try respondentNames.map { name throws(ValidationError) in
                try RelationalCoordinationRespondent(pseudonym: name)
            }
            for entry in entries {
                var ratings: [RelationalCoordinationRating] = []
                ratings.reserveCapacity(entry.rated.count)
                for (slot, rated) in entry.rated.enumerated() {
                    let positions = (0..<7).map { dimension -> Int? in
                        let value = entry.positions[slot * 7 + dimension]
                        return value == 0 ? nil : Int(value)
                    }
                    ratings.append(
                        RelationalCoordinationRating(
                            rated: groupIDs[Int(rated)],
                            answers: try RelationalCoordinationAnswers(positions: positions)))
                }
                responses.append(
                    RelationalCoordinationResponse(
                        respondent: respondents[Int(entry.respondent)], workgroup: groupIDs[Int(entry.group)],
                        round: roundIDs[Int(entry.round)], ratings: ratings))
            }
            return RCResponsesFile(survey: survey, responses: responses, rounds: roundIDs)
        } catch {
            throw InputProblems(problems: [
                InputProblem(file: table.file, line: nil, field: nil, rule: "\(error.rule) [\(error.code)]")
            ])
        }
    }
}
