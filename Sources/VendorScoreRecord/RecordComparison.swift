import VendorScoreCore
import VendorScoreOutput

/// Compares a record with a re-run of its embedded inputs and says where and why they differ.
///
/// The scorers, the findings, the evaluation and the input warnings are compared field by field;
/// differences that repeat on many vendors are told once. The likely causes come from what
/// changed since the record was made: a scorer missing or at another version, raw points equal
/// but rounded points not (a changed rounding rule), another VendorScore version.
///
/// ```swift
/// let comparison = RecordComparison(recorded: intact.record.sealed, recomputed: rerun, installed: registry)
/// print(comparison.report(limit: 50), terminator: "")
/// ```
public struct RecordComparison: Sendable {
    public var differences: [RecordDifference]
    public var causes: [String]

    public var reproduced: Bool { differences.isEmpty }

    public init(recorded: SealedRecord, recomputed: SealedRecord, installed: ScorerRegistry) {
        differences = Self.differences(recorded, recomputed)
        causes = Self.scorerChanges(recorded.scorers, installed: installed)
        causes += Self.roundingCauses(differences, recorded: recorded.findings, recomputed: recomputed.findings)
        causes += Self.versionChange(recorded)
        if !differences.isEmpty && causes.isEmpty {
            causes.append("no scorer and no VendorScore version changed: a scorer or the engine changed its results without "
                          + "raising its version, or the record was made by a modified program")
        }
    }

    /// What a re-run must reproduce, part by part; the embedded inputs are the same by
    /// construction. Only unequal values are turned into JSON trees and walked, so a record of
    /// ten thousand bids that reproduces costs one comparison per vendor.
    private static func differences(_ recorded: SealedRecord, _ recomputed: SealedRecord) -> [RecordDifference] {
        let evaluation = RecordDifference.Step.key("evaluation"), findings = RecordDifference.Step.key("findings")
        var found = differences(recorded.evaluation.outcome, recomputed.evaluation.outcome, at: [evaluation, .key("outcome")])
        found += differences(recorded.evaluation.standings, recomputed.evaluation.standings, id: \.id,
                             at: [evaluation, .key("standings")])
        found += differences(recorded.findings.benchmark, recomputed.findings.benchmark, at: [findings, .key("benchmark")])
        found += differences(recorded.findings.rubric, recomputed.findings.rubric, at: [findings, .key("rubric")])
        found += differences(recorded.findings.vendors, recomputed.findings.vendors, id: \.id, at: [findings, .key("vendors")])
        found += differences(recorded.inputs.diagnostics, recomputed.inputs.diagnostics, at: [.key("inputs"), .key("diagnostics")])
        found += differences(recorded.scorers, recomputed.scorers, at: [.key("scorers")])
        return found
    }

    private static func differences<T: Encodable & Equatable>(_ recorded: T, _ recomputed: T,
                                                              at path: [RecordDifference.Step]) -> [RecordDifference] {
        recorded == recomputed ? [] : RecordDifference.between(JSONValue(encoding: recorded), JSONValue(encoding: recomputed), at: path)
    }

    /// Elements matched by id, each compared on its own; a change of order is a difference too.
    private static func differences<T: Encodable & Equatable>(_ recorded: [T], _ recomputed: [T], id: KeyPath<T, String>,
                                                              at path: [RecordDifference.Step]) -> [RecordDifference] {
        guard recorded != recomputed else { return [] }
        let byID = Dictionary(recomputed.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
        guard byID.count == recomputed.count, Set(recorded.map { $0[keyPath: id] }).count == recorded.count else {
            return differences(recorded, recomputed, at: path)
        }
        var found: [RecordDifference] = []
        for element in recorded {
            let key = element[keyPath: id]
            if let other = byID[key] {
                found += differences(element, other, at: path + [.id(key)])
            } else {
                found.append(RecordDifference(path: path + [.id(key)], recorded: JSONValue(encoding: element), recomputed: nil))
            }
        }
        let recordedIDs = Set(recorded.map { $0[keyPath: id] })
        for element in recomputed where !recordedIDs.contains(element[keyPath: id]) {
            found.append(RecordDifference(path: path + [.id(element[keyPath: id])], recorded: nil, recomputed: JSONValue(encoding: element)))
        }
        let order = recorded.map { $0[keyPath: id] }.filter(byID.keys.contains)
        let recomputedOrder = recomputed.map { $0[keyPath: id] }.filter(recordedIDs.contains)
        if order != recomputedOrder {
            found.append(RecordDifference(path: path + [.key("order")], recorded: .array(order.map(JSONValue.string)),
                                          recomputed: .array(recomputedOrder.map(JSONValue.string))))
        }
        return found
    }

    /// What changed since the record was made, as far as can be told without re-running it:
    /// scorers missing or different, another VendorScore version.
    public static func changes(since recorded: SealedRecord, installed: ScorerRegistry) -> [String] {
        scorerChanges(recorded.scorers, installed: installed) + versionChange(recorded)
    }

    /// How each recorded scorer differs from the installed one, in words.
    static func scorerChanges(_ recorded: [RecordedScorer], installed: ScorerRegistry) -> [String] {
        recorded.compactMap { $0.change(toInstalled: installed.entry(for: $0.id)) }
    }

    private static func versionChange(_ recorded: SealedRecord) -> [String] {
        guard recorded.vendorscoreVersion != VendorScoreVersion.current else { return [] }
        return ["the record was made with VendorScore \(recorded.vendorscoreVersion); this is VendorScore \(VendorScoreVersion.current)"]
    }

    /// `Likely cause:` or `Likely causes:` and one indented line each.
    public static func causesText(_ causes: [String]) -> String {
        "Likely \(causes.count == 1 ? "cause" : "causes"):\n" + causes.map { "  \($0)\n" }.joined()
    }

    private static func roundingCauses(_ differences: [RecordDifference], recorded: RecordFindings,
                                       recomputed: RecordFindings) -> [String] {
        func criteria(_ findings: RecordFindings) -> [String: [String: EvaluationDocument.Criterion]] {
            Dictionary(findings.vendors.map { vendor in
                (vendor.id, Dictionary(vendor.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
            }, uniquingKeysWith: { first, _ in first })
        }
        let before = criteria(recorded), after = criteria(recomputed)
        var rounded: [String: [String]] = [:]
        var criterionOrder: [String] = []
        var totals: [String] = []
        for difference in differences {
            guard let vendor = difference.vendor else { continue }
            switch difference.path.last {
            case .key("points")?:
                guard case .id(let criterion)? = difference.path.dropLast().last,
                      let old = before[vendor]?[criterion], let new = after[vendor]?[criterion], old.rawExact == new.rawExact
                else { continue }
                if rounded[criterion] == nil { criterionOrder.append(criterion) }
                rounded[criterion, default: []].append(vendor)
            case .key("total")?:
                let old = before[vendor] ?? [:], new = after[vendor] ?? [:]
                if !old.isEmpty && old.mapValues(\.points) == new.mapValues(\.points) { totals.append(vendor) }
            default:
                continue
            }
        }
        var causes = criterionOrder.map { criterion in
            "criterion \(criterion): the raw points are the same but the rounded points differ (\(Self.list(rounded[criterion]!))): "
                + "the rounding rule or its implementation changed"
        }
        if !totals.isEmpty {
            causes.append("every criterion's points are the same but the total differs (\(Self.list(totals))): "
                          + "the rounding of totals changed")
        }
        return causes
    }

    /// True when a rank, a tie or the set of ranked vendors differs.
    public var rankingChanged: Bool {
        differences.contains { difference in
            guard difference.path.first == .key("evaluation") else { return false }
            if case .key(let field)? = difference.path.last, ["rank", "tied_with", "order"].contains(field) { return true }
            return difference.recorded == nil || difference.recomputed == nil || difference.path.contains(.key("outcome"))
        }
    }

    /// The differences, with a change repeated on several vendors told once, in first-seen order.
    public var lines: [String] {
        var groups: [(key: [RecordDifference.Step], first: RecordDifference, vendors: [String])] = []
        var positions: [String: Int] = [:]
        for difference in differences {
            let key = "\(difference.pathWithoutVendor)|\(difference.recorded?.description ?? "\u{0}")|\(difference.recomputed?.description ?? "\u{0}")"
            if let position = positions[key], let vendor = difference.vendor {
                groups[position].vendors.append(vendor)
            } else {
                positions[key] = groups.count
                groups.append((difference.pathWithoutVendor, difference, difference.vendor.map { [$0] } ?? []))
            }
        }
        return groups.map { group in
            let difference = group.first
            var location = difference.location
            if group.vendors.count > 1 {
                let rest = RecordDifference(path: group.key, recorded: nil, recomputed: nil).location
                location = (rest.isEmpty ? "" : rest + ", ") + "\(group.vendors.count) vendors (\(Self.list(group.vendors)))"
            }
            let field = difference.field
            let place = [location, field].filter { !$0.isEmpty }.joined(separator: ": ")
            switch (difference.recorded, difference.recomputed) {
            case (nil, _?): return "\(place): not in the record, present in the re-run"
            case (_?, nil): return "\(place): in the record, absent from the re-run"
            default:
                return "\(place): recorded \(Self.shown(difference.recorded)), recomputed \(Self.shown(difference.recomputed))"
            }
        }
    }

    /// The verdict, the differences (at most `limit` lines, all when `nil`) and the likely causes.
    public func report(limit: Int?) -> String {
        guard !reproduced else { return "" }
        let lines = self.lines
        var text = "Differences (\(differences.count) \(differences.count == 1 ? "value" : "values")); ranking "
            + (rankingChanged ? "CHANGED" : "unchanged") + ":\n"
        let shown = limit.map { min($0, lines.count) } ?? lines.count
        text += lines.prefix(shown).map { "  \($0)\n" }.joined()
        if shown < lines.count {
            text += "  … and \(lines.count - shown) more (use --all to list every one)\n"
        }
        return text + Self.causesText(causes)
    }

    private static func shown(_ value: JSONValue?) -> String {
        guard let value else { return "nothing" }
        if case .string(let text) = value { return text.isEmpty ? "\"\"" : "\"\(text)\"" }
        return value.description
    }

    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }
}
