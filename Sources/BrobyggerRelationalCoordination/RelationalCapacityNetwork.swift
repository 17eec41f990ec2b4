import BrobyggerCore

/// The actors around one resident whose relations are assessed repeatedly, and the scale they answer on.
///
/// The network is identified by a pseudonymous ``caseReference`` (never a CPR number): the analysis is about the
/// relations between professionals, and it travels to leaders' meetings (VIVE 2023, afsnit 3.2.2).
public struct RelationalCapacityNetwork: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of a network.
    public typealias ID = Identifier<RelationalCapacityNetwork>

    /// The network's identifier.
    public let id: ID
    /// A pseudonymous label of the resident's case, for example a case number local to the team.
    public let caseReference: String
    /// The actors, at least two, unique by identifier.
    public let actors: [RelationalCapacityActor]
    /// The lowest score of the answer scale. The source gives no scale (VIVE 2023, afsnit 3.2.2); default 1.
    public let scaleMinimum: Int
    /// The highest score of the answer scale; default 5.
    public let scaleMaximum: Int

    /// Creates a network.
    /// - Throws: `ValidationError` when the case reference is empty or ten digits, there are fewer than two actors,
    ///   actor identifiers repeat, or the scale has fewer than two points.
    public init(
        id: ID, caseReference: String, actors: [RelationalCapacityActor], scaleMinimum: Int = 1, scaleMaximum: Int = 5
    ) throws(ValidationError) {
        guard !caseReference.allSatisfy(\.isWhitespace) else {
            throw ValidationError(
                field: "caseReference", code: "rcap.network.empty-case-reference",
                rule: "A network names the case it belongs to", offendingValue: nil)
        }
        guard caseReference.filter(\.isNumber).count != 10 else {
            throw ValidationError(
                field: "caseReference", code: "rcap.network.case-reference-looks-like-cpr",
                rule: "A case reference is pseudonymous and must not be a CPR number", offendingValue: "xxxxxx-xxxx")
        }
        guard actors.count >= 2 else {
            throw ValidationError(
                field: "actors", code: "rcap.network.too-few-actors", rule: "A network has at least two actors",
                offendingValue: String(actors.count))
        }
        var seen = Set<RelationalCapacityActor.ID>()
        for (index, actor) in actors.enumerated() where !seen.insert(actor.id).inserted {
            throw ValidationError(
                field: FieldPath("actors").appending(index: index), code: "rcap.network.duplicate-actor",
                rule: "Actor identifiers are unique within a network", offendingValue: actor.id.description)
        }
        guard scaleMaximum > scaleMinimum else {
            throw ValidationError(
                field: "scaleMaximum", code: "rcap.network.invalid-scale",
                rule: "The answer scale has at least two points", offendingValue: "\(scaleMinimum)–\(scaleMaximum)")
        }
        self.id = id
        self.caseReference = caseReference
        self.actors = actors
        self.scaleMinimum = scaleMinimum
        self.scaleMaximum = scaleMaximum
    }

    /// The actor with identifier `id`, if in the network.
    public func actor(_ id: RelationalCapacityActor.ID) -> RelationalCapacityActor? {
        actors.first { $0.id == id }
    }

    /// Every pair of actors, in actor order.
    public var pairs: [RelationalCapacityPair] {
        actors.indices.flatMap { i in
            actors.indices.filter { $0 > i }.map { try! RelationalCapacityPair(actors[i].id, actors[$0].id) }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case caseReference
        case actors
        case scaleMinimum
        case scaleMaximum
    }

    /// Decodes a network through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let reference = try container.decode(String.self, forKey: .caseReference)
        let actors = try container.decode([RelationalCapacityActor].self, forKey: .actors)
        let minimum = try container.decode(Int.self, forKey: .scaleMinimum)
        let maximum = try container.decode(Int.self, forKey: .scaleMaximum)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(id: id, caseReference: reference, actors: actors, scaleMinimum: minimum, scaleMaximum: maximum)
        }
    }
}
