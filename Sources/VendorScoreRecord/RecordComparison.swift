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
/// print(comparison.report(limit: 50, in: .zh), terminator: "")
/// ```
public struct RecordComparison: Sendable {
    public var differences: [RecordDifference]
    public var causes: [LocalizedText]

    public var reproduced: Bool { differences.isEmpty }

    public init(recorded: SealedRecord, recomputed: SealedRecord, installed: ScorerRegistry) {
        differences = Self.differences(recorded, recomputed)
        causes = Self.scorerChanges(recorded.scorers, installed: installed)
        causes += Self.roundingCauses(differences, recorded: recorded.findings, recomputed: recomputed.findings)
        causes += Self.versionChange(recorded)
        if !differences.isEmpty && causes.isEmpty {
            causes.append(RecordMessages.noKnownCause)
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
    public static func changes(since recorded: SealedRecord, installed: ScorerRegistry) -> [LocalizedText] {
        scorerChanges(recorded.scorers, installed: installed) + versionChange(recorded)
    }

    /// How each recorded scorer differs from the installed one, in words.
    static func scorerChanges(_ recorded: [RecordedScorer], installed: ScorerRegistry) -> [LocalizedText] {
        recorded.compactMap { $0.change(toInstalled: installed.entry(for: $0.id)) }
    }

    private static func versionChange(_ recorded: SealedRecord) -> [LocalizedText] {
        guard recorded.vendorscoreVersion != VendorScoreVersion.current else { return [] }
        return [RecordMessages.vendorScoreChanged(recorded: recorded.vendorscoreVersion, current: VendorScoreVersion.current)]
    }

    /// `Likely cause:` or `Likely causes:` and one indented line each.
    public static func causesText(_ causes: [LocalizedText], in language: Language) -> String {
        RecordMessages.causesHeading(causes.count).text(preferring: language) + "\n"
            + causes.map { "  \($0.text(preferring: language))\n" }.joined()
    }

    private static func roundingCauses(_ differences: [RecordDifference], recorded: RecordFindings,
                                       recomputed: RecordFindings) -> [LocalizedText] {
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
            RecordMessages.roundedPointsDiffer(criterion: criterion, vendors: Self.list(rounded[criterion]!))
        }
        if !totals.isEmpty { causes.append(RecordMessages.totalsDiffer(vendors: Self.list(totals))) }
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
    public func lines(_ language: Language) -> [String] {
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
            let comma = language == .zh ? "，" : ", "
            var location = difference.location(language)
            if group.vendors.count > 1 {
                let rest = RecordDifference(path: group.key, recorded: nil, recomputed: nil).location(language)
                location = (rest.isEmpty ? "" : rest + comma)
                    + RecordMessages.vendors(group.vendors.count, Self.list(group.vendors)).text(preferring: language)
            }
            let field = difference.field(language)
            let place = [location, field].filter { !$0.isEmpty }.joined(separator: language == .zh ? "：" : ": ")
            let said: LocalizedText
            switch (difference.recorded, difference.recomputed) {
            case (nil, _?): said = RecordMessages.notRecorded(place)
            case (_?, nil): said = RecordMessages.notRecomputed(place)
            default:
                said = RecordMessages.recordedAndRecomputed(place, recorded: Self.shown(difference.recorded),
                                                            recomputed: Self.shown(difference.recomputed))
            }
            return said.text(preferring: language)
        }
    }

    /// The verdict, the differences (at most `limit` lines, all when `nil`) and the likely causes.
    public func report(limit: Int?, in language: Language) -> String {
        guard !reproduced else { return "" }
        let lines = self.lines(language)
        var text = RecordMessages.differencesHeading(differences.count, rankingChanged: rankingChanged).text(preferring: language) + "\n"
        let shown = limit.map { min($0, lines.count) } ?? lines.count
        text += lines.prefix(shown).map { "  \($0)\n" }.joined()
        if shown < lines.count {
            text += "  " + RecordMessages.moreDifferences(lines.count - shown).text(preferring: language) + "\n"
        }
        return text + Self.causesText(causes, in: language)
    }

    /// A value as the report quotes it, in each language: a reason in its words, text in quotes.
    private static func shown(_ value: JSONValue?) -> (zh: String, en: String) {
        guard let value else { return (RecordMessages.nothing.text(preferring: .zh), RecordMessages.nothing.text(preferring: .en)) }
        if let reason = RecordDifference.reason(value) { return ("“\(reason.text(.zh))”", "\"\(reason.text(.en))\"") }
        if case .string(let text) = value { return text.isEmpty ? ("\"\"", "\"\"") : ("\"\(text)\"", "\"\(text)\"") }
        return (value.description, value.description)
    }

    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }
}
