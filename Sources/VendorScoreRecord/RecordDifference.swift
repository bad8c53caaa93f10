import VendorScoreCore
import VendorScoreOutput

/// One place where a recorded value and a recomputed value differ.
///
/// ```swift
/// difference.location(.en)   // "vendor inspur, criterion sla"
/// difference.field(.en)      // "points"
/// difference.recorded   // .string("8.00")
/// ```
public struct RecordDifference: Sendable, Equatable {
    /// A step into a JSON value: a key, an array element matched by its `id`, or by position.
    public enum Step: Sendable, Hashable {
        case key(String)
        case id(String)
        case index(Int)
    }

    public var path: [Step]
    /// The recorded value; `nil` when the record has no such element.
    public var recorded: JSONValue?
    /// The recomputed value; `nil` when the re-run has no such element.
    public var recomputed: JSONValue?

    /// Every difference between two values, depth first. Arrays of objects with unique ids are
    /// matched by id (recorded order first), other arrays by position.
    static func between(_ recorded: JSONValue, _ recomputed: JSONValue, at path: [Step] = []) -> [RecordDifference] {
        // A reason differs as a whole, told in words rather than as its message and values (a
        // record made before VendorScore 0.3.0 holds the words themselves).
        if recorded != recomputed {
            let (was, now) = (reason(recorded) != nil, reason(recomputed) != nil)
            if was || now, was || plainText(recorded) != nil, now || plainText(recomputed) != nil {
                return [RecordDifference(path: path, recorded: recorded, recomputed: recomputed)]
            }
        }
        switch (recorded, recomputed) {
        case (.object(let left), .object(let right)):
            return Set(left.keys).union(right.keys).sorted().flatMap { key -> [RecordDifference] in
                switch (left[key], right[key]) {
                case (let a?, let b?): return between(a, b, at: path + [.key(key)])
                case (let a, let b): return [RecordDifference(path: path + [.key(key)], recorded: a, recomputed: b)]
                }
            }
        case (.array(let left), .array(let right)):
            if let leftIDs = uniqueIDs(left), let rightIDs = uniqueIDs(right) {
                let rightByID = Dictionary(uniqueKeysWithValues: zip(rightIDs, right))
                let leftSet = Set(leftIDs)
                var found = zip(leftIDs, left).flatMap { id, value -> [RecordDifference] in
                    guard let other = rightByID[id] else { return [RecordDifference(path: path + [.id(id)], recorded: value, recomputed: nil)] }
                    return between(value, other, at: path + [.id(id)])
                }
                found += zip(rightIDs, right).filter { !leftSet.contains($0.0) }.map {
                    RecordDifference(path: path + [.id($0.0)], recorded: nil, recomputed: $0.1)
                }
                let common = Set(rightIDs).intersection(leftSet)
                let leftOrder = leftIDs.filter(common.contains), rightOrder = rightIDs.filter(common.contains)
                if leftOrder != rightOrder {
                    found.append(RecordDifference(path: path + [.key("order")], recorded: .array(leftOrder.map(JSONValue.string)),
                                                  recomputed: .array(rightOrder.map(JSONValue.string))))
                }
                return found
            }
            guard left.count == right.count else { return [RecordDifference(path: path, recorded: recorded, recomputed: recomputed)] }
            return zip(left, right).enumerated().flatMap { between($0.element.0, $0.element.1, at: path + [.index($0.offset)]) }
        default:
            return recorded == recomputed ? [] : [RecordDifference(path: path, recorded: recorded, recomputed: recomputed)]
        }
    }

    /// A reason (an object of `message` and `values`), or `nil` for any other value.
    static func reason(_ value: JSONValue) -> EvaluationDocument.Reason? {
        guard case .object(let pairs) = value, pairs["message"] != nil, pairs["values"] != nil,
              case .success(let reason) = CanonicalJSON.decode(EvaluationDocument.Reason.self, from: CanonicalJSON.encode(value)) else {
            return nil
        }
        return reason
    }

    private static func plainText(_ value: JSONValue) -> String? {
        guard case .string(let text) = value else { return nil }
        return text
    }

    private static func uniqueIDs(_ items: [JSONValue]) -> [String]? {
        let ids = items.compactMap(\.id)
        guard !items.isEmpty, ids.count == items.count, Set(ids).count == ids.count else { return nil }
        return ids
    }

    /// What the path names in words, `vendor inspur, criterion sla`; empty for the record as a whole.
    public func location(_ language: Language) -> String {
        described(language).location
    }

    /// The field under ``location(_:)``, such as `points` or `adjustments[0].rate`.
    public func field(_ language: Language) -> String {
        described(language).field
    }

    /// The vendor the difference concerns, if any.
    public var vendor: String? {
        for (step, next) in zip(path, path.dropFirst()) {
            if case .key(let key) = step, key == "vendors" || key == "standings", case .id(let id) = next { return id }
        }
        return nil
    }

    /// The path without its vendor, so the same change on many vendors can be told once.
    var pathWithoutVendor: [Step] {
        guard let position = path.indices.dropLast().first(where: {
            (path[$0] == .key("vendors") || path[$0] == .key("standings")) && path[$0 + 1] == vendor.map(Step.id)
        }) else { return path }
        return Array(path[..<position] + path[(position + 2)...])
    }

    /// Words for collections of identified things; other keys stay as field names.
    private static let nouns = ["vendors": "vendor", "standings": "vendor", "criteria": "criterion", "gates": "gate",
                                "groups": "group", "scorers": "scorer"]

    private func described(_ language: Language) -> (location: String, field: String) {
        var places: [String] = []
        var fields: [String] = []
        var index = 0
        while index < path.count {
            let next = index + 1 < path.count ? path[index + 1] : nil
            switch (path[index], next) {
            case (.key(let key), .id(let id)?) where Self.nouns[key] != nil:
                places.append(RecordMessages.place(Self.nouns[key]!, id).text(preferring: language))
                fields = []
                index += 1
            case (.key("standings"), .key("order")?):
                fields.append(RecordMessages.rankingOrder.text(preferring: language))
                index += 1
            case (.key(let key), .key("order")?) where Self.nouns[key] != nil:
                fields.append(RecordMessages.order(Self.nouns[key]!).text(preferring: language))
                index += 1
            case (.key("diagnostics"), .index(let position)?):
                places.append(RecordMessages.warning(position + 1).text(preferring: language))
                fields = []
                index += 1
            case (.key("findings"), _) where index == 0, (.key("evaluation"), _) where index == 0:
                break
            case (.key(let key), _) where fields.isEmpty && (key == "rubric" || key == "inputs"):
                places.append(RecordMessages.section(key).text(preferring: language))
            case (.key(let key), _):
                fields.append(fields.isEmpty ? key : "." + key)
            case (.id(let id), _):
                fields.append("[\(id)]")
            case (.index(let position), _):
                fields.append("[\(position)]")
            }
            index += 1
        }
        return (places.joined(separator: language == .zh ? "，" : ", "), fields.joined())
    }
}
