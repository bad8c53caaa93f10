import VendorScoreCore
import VendorScoreOutput

extension ScorerCheck {
    /// Runs one worked example and checks its points, their range, and that running it again,
    /// with the bids in another order or with only the declared facts, changes no award.
    func exampleFindings(_ example: ScorerExample) -> [ScorerFinding] {
        var found: [ScorerFinding] = []
        func add(_ rule: ScorerFinding.Rule, _ message: String) { found.append(finding(rule, example: example, message)) }

        guard example.expected.count == example.bids.count else {
            add(.examples, "lists \(example.expected.count) expected results for \(example.bids.count) bids")
            return found
        }
        let ids = example.bids.map(\.id)
        guard Set(ids).count == ids.count else {
            add(.examples, "bid ids must differ, found \(ids.joined(separator: ", "))")
            return found
        }
        if let names = try? ScorerParameters(yaml: example.parameters, maximum: example.maximum).names {
            let undeclared = names.filter { name in !scorer.parameters.contains { $0.name == name } }
            if !undeclared.isEmpty {
                add(.examples, "uses parameters the scorer does not declare: \(undeclared.joined(separator: ", "))")
            }
        }
        let awards: [Award]
        switch run(example) {
        case .failure(let error):
            add(.examples, "fails: \(Self.words(error))")
            return found
        case .success(let result):
            awards = result
        }
        guard awards.count == example.bids.count else {
            add(.examples, "returned \(awards.count) awards for \(example.bids.count) bids; return one per bid, in the bids' order")
            return found
        }
        for (bid, (award, expected)) in zip(example.bids, zip(awards, example.expected)) {
            if award.points.fixed(2) != expected {
                add(.examples, "vendor '\(bid.id)': expected \(expected) points, got \(award.points.fixed(2)) (\(award.reason))")
            }
            if award.points.isNegative || award.points > example.maximum {
                add(.range, "vendor '\(bid.id)' got \(award.points.decimalString()) points, outside 0–\(example.maximum.decimalString())")
            }
            // A reason's words come from the catalogue; what it carries as given must still fit one line.
            let ownWords = award.reason.ownText.map { [$0.zh, $0.en].compactMap { $0 } } ?? []
            if let broken = award.reason.carriedText.first(where: { $0.contains { $0.isNewline } })
                ?? ownWords.first(where: { !Self.isOneLine($0) }) {
                add(.range, "vendor '\(bid.id)': the reason must be one line saying which rule gave the points, found \(quoted(broken))")
            }
        }
        if let problem = compare(awards, ids, with: run(example), ids: ids, what: "a second run") {
            add(.determinism, problem + "; a scorer must not read the clock, random numbers, the locale or any state between calls")
        }
        for (name, order) in [("reversed", Array(example.bids.reversed())), ("rotated", Array(example.bids.dropFirst() + example.bids.prefix(1)))] {
            var variant = example
            variant.bids = order
            if let problem = compare(awards, ids, with: run(variant), ids: order.map(\.id), what: "with the bids \(name)") {
                add(.bidOrder, problem + "; scores must not depend on the order of the bids")
            }
        }
        if let declared = declaredFacts(example) {
            var variant = example
            variant.bids = example.bids.map { bid in
                var copy = bid
                copy.facts = bid.facts.filter { declared.contains($0.key) }
                return copy
            }
            if let problem = compare(awards, ids, with: run(variant), ids: ids, what: "with only the declared facts (\(declared.sorted().joined(separator: ", ")))") {
                add(.declaredFacts, problem + "; list every fact the scorer reads in `facts`, so bids are checked before scoring")
            }
        }
        return found
    }

    func run(_ example: ScorerExample) -> Result<[Award], ScorerError> {
        Result { () throws(ScorerError) in try example.run(scorer) }
    }

    /// The names of the facts the scorer declares for the example's parameters.
    private func declaredFacts(_ example: ScorerExample) -> Set<String>? {
        guard let parameters = try? ScorerParameters(yaml: example.parameters, maximum: example.maximum),
              let instance = try? scorer.init(parameters: parameters) else { return nil }
        return Set(instance.facts.map(\.name))
    }

    /// Why `other` (awards for the bids `ids`, in that order) differs from `awards` (for the
    /// bids `original`), or `nil` when every vendor's award is the same.
    private func compare(_ awards: [Award], _ original: [String], with result: Result<[Award], ScorerError>,
                         ids: [String], what: String) -> String? {
        let other: [Award]
        do {
            other = try result.get()
        } catch {
            return "fails \(what): \(Self.words(error))"
        }
        guard other.count == ids.count else { return "returned \(other.count) awards for \(ids.count) bids \(what)" }
        let changed = Dictionary(uniqueKeysWithValues: zip(ids, other))
        for (id, award) in zip(original, awards) where changed[id] != award {
            let now = changed[id].map(describe) ?? "no award"
            return "vendor '\(id)' got \(describe(award)), but \(now) \(what)"
        }
        return nil
    }

    private func describe(_ award: Award) -> String {
        "\(award.points.decimalString()) points (\(award.reason))"
    }

    /// A scorer's error as its author reads it: where, then the message in English.
    static func words(_ error: ScorerError) -> String {
        (error.location.map { "\($0): " } ?? "") + (error.path.isEmpty ? "" : "\(error.path): ") + PhraseText(.en).render(error.message)
    }
}
