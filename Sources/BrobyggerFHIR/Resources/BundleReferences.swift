import BrobyggerCore
import Foundation

extension FHIR.Bundle {
    /// An index of a bundle's entries by the keys a literal reference may use, built once so that resolving many
    /// references costs one dictionary look-up each.
    ///
    /// An entry is found by its `fullUrl` exactly (`urn:uuid:…`, an absolute URL, or MedCom's relative
    /// `MessageHeader/…`), and by `Type/id` of its resource, so that a relative reference resolves against an absolute
    /// `fullUrl` as FHIR's bundle rules allow.
    public struct ReferenceIndex: Sendable {
        private var byKey: [String: Int] = [:]

        /// Indexes the entries of a bundle.
        public init(_ bundle: FHIR.Bundle) {
            byKey.reserveCapacity(bundle.entry.count * 2)
            for (index, entry) in bundle.entry.enumerated() {
                if let fullUrl = entry.fullUrl, byKey[fullUrl] == nil { byKey[fullUrl] = index }
                if let resource = entry.resource, let id = resource.id {
                    let key = "\(resource.resourceType)/\(id.rawValue)"
                    if byKey[key] == nil { byKey[key] = index }
                }
            }
        }

        /// The index of the entry a literal reference points at, or `nil`.
        ///
        /// A local reference to a contained resource (`#id`) never resolves to an entry.
        public func entryIndex(for reference: String) -> Int? {
            if let index = byKey[reference] { return index }
            guard !reference.hasPrefix("#"), !reference.hasPrefix("urn:") else { return nil }
            // An absolute URL `…/Type/id` or `…/Type/id/_history/n` resolves to the entry with that type and id.
            var parts = reference.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 4, parts[parts.count - 2] == "_history" { parts.removeLast(2) }
            guard parts.count >= 2 else { return nil }
            return byKey["\(parts[parts.count - 2])/\(parts[parts.count - 1])"]
        }
    }

    /// The entry a literal reference points at, or `nil` when no entry matches.
    public func resolve(_ reference: String) -> Entry? {
        ReferenceIndex(self).entryIndex(for: reference).map { entry[$0] }
    }

    /// The entry a `Reference` points at by its literal `reference`, or `nil`.
    public func resolve(_ reference: FHIR.Reference) -> Entry? {
        reference.reference.flatMap { resolve($0) }
    }

    /// The entries whose resource is of the given type (`"Patient"`), with their indices.
    public func entries(ofType resourceType: String) -> [(index: Int, entry: Entry)] {
        entry.enumerated().compactMap {
            $0.element.resource?.resourceType == resourceType ? ($0.offset, $0.element) : nil
        }
    }

    /// Every literal reference inside the bundle's resources that resolves to no entry, with its JSON path
    /// (`entry[5].resource.agent[0].who.reference`); references to contained resources (`#id`) are not checked.
    ///
    /// A message may legitimately point outside itself (MedCom's Provenance of an earlier message names that
    /// message's header); the caller decides which unresolved references matter.
    public func unresolvedReferences() -> [(path: FieldPath, reference: String)] {
        let index = ReferenceIndex(self)
        var result: [(path: FieldPath, reference: String)] = []
        for (position, entry) in entry.enumerated() {
            guard let resource = entry.resource,
                let data = try? JSONEncoder().encode(resource),
                let node = try? JSONParser.parse(data),
                let json = try? JSONValue(node: node)
            else { continue }
            Self.collectReferences(
                in: json, path: FieldPath("entry").appending(index: position).appending("resource"), index: index,
                into: &result)
        }
        return result
    }

    private static func collectReferences(
        in json: JSONValue, path: FieldPath, index: ReferenceIndex,
        into result: inout [(path: FieldPath, reference: String)]
    ) {
        switch json {
        case .object(let members):
            for key in members.keys.sorted() {
                guard let value = members[key] else { continue }
                if key == "reference", case .string(let reference) = value {
                    if !reference.hasPrefix("#"), index.entryIndex(for: reference) == nil {
                        result.append((path.appending(key), reference))
                    }
                } else if key != "contained" {
                    collectReferences(in: value, path: path.appending(key), index: index, into: &result)
                }
            }
        case .array(let values):
            for (position, value) in values.enumerated() {
                collectReferences(in: value, path: path.appending(index: position), index: index, into: &result)
            }
        default:
            break
        }
    }
}
