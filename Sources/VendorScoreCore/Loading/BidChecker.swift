/// Checks loaded bids against a rubric before anything is scored: every fact a scorer needs is
/// there (or has a rubric default) and of a kind it accepts; committee scores exist, name real
/// subjective criteria and stay within their points; the bids are for this tender.
///
/// Bids that fail a gate are never scored, so only their facts' kinds are checked: a bid
/// excluded for lacking 等保三级 need not state every scored fact or carry committee marks.
/// Facts no criterion or gate reads are reported as warnings, once per fact name.
///
/// With a tender file, bids the committee found invalid need no marks either, and a mark outside
/// the criterion's range is left to the 第64条 correction that replaces it.
///
/// Where the committee's marks are collected elsewhere (the workspace's score sheets), pass
/// `marks: .collectedLater`: the bids' own marks are then neither needed nor checked.
///
/// ```swift
/// let errors = BidChecker.check(loaded, against: rubric).filter { $0.severity == .error }
/// let beforeScoring = BidChecker.check(loaded, against: rubric, marks: .collectedLater)
/// ```
public enum BidChecker {
    /// Where the committee's marks for subjective criteria come from.
    public enum Marks: Sendable {
        /// From the bids themselves (`scores`), as `vendorscore evaluate` reads them.
        case inBids
        /// From elsewhere, after the bids are checked: the bids need carry none.
        case collectedLater
    }

    public static func check(_ loaded: BidsLoader.Loaded, against rubric: Rubric, tender: Tender? = nil,
                             marks: Marks = .inBids) -> [Diagnostic] {
        let sink = DiagnosticCollector()
        if let tender = loaded.tender, tender != rubric.id {
            sink.error(at: loaded.tenderLocation, path: "tender", Messages.wrongTender(tender, rubric: rubric.id))
        }
        if loaded.bids.isEmpty { sink.error(at: nil, path: "bids", Messages.noBids) }

        // Which criteria read each fact, and which kinds they accept.
        var readers: [String: [(criterion: String, kinds: [FactKind])]] = [:]
        for criterion in rubric.criteria {
            for requirement in criterion.scorer.facts {
                readers[requirement.name, default: []].append(("\(criterion.id) (\(criterion.scorerID))", requirement.kinds))
            }
        }
        let known = Set(readers.keys).union(rubric.gates.compactMap(\.fact))
        // With their readers, so a large tender does not look each fact's readers up once a bid.
        let required = readers.keys.sorted().map { (fact: $0, users: readers[$0]!) }
        // For each required fact, the kinds every reader takes as they are (a bit each) and the
        // kind of the rubric's default: most facts are checked by their kind alone, and a fact's
        // readers are gone through one by one only for a kind one of them may refuse.
        let acceptedByAll = required.map { fact in
            FactKind.valueKinds.reduce(UInt8(0)) { mask, kind in
                fact.users.allSatisfy { acceptsAsIs($0.kinds, kind) } ? mask | kind.bit : mask
            }
        }
        let defaultKinds = required.map { rubric.factDefaults[$0.fact]?.value.kind }
        let subjective = Dictionary(uniqueKeysWithValues: rubric.criteria.filter { $0.nature == .subjective }.map { ($0.id, $0) })
        let scoredAfterReview = tender.map { CommitteeReview.screen(loaded.bids, rubric: rubric, decisions: $0.decisions).scored }
        let corrected = Set(tender?.decisions.corrections.map { MarkKey($0.vendor, $0.criterion, $0.member) } ?? [])
        // Each bid's checks depend on that bid alone: they run a block of bids to a core, and the
        // blocks' findings are put together in bid order, as one pass through the bids would.
        let bids = loaded.bids
        let blocks = Blocks.eachBlock(bids.count) { range in
            let sink = DiagnosticCollector()
            var block = BlockFindings()
            // The last table of facts whose names were looked at: where it holds each required
            // fact, and the names no criterion or gate reads.
            var (last, positions, unknown): (FactTable?, [Int?], [String]) = (nil, [], [])
            for bid in bids[range] {
                let scored = scoredAfterReview?.contains(bid.id) ?? GateEvaluator.passesAll(rubric.gates, bid: bid, defaults: rubric.factDefaults)
                if last.map({ !$0.sharesNames(with: bid.facts) }) ?? true {
                    positions = required.map { bid.facts.position(of: $0.fact) }
                    unknown = bid.facts.sortedNames.filter { !known.contains($0) }
                    last = bid.facts
                }
                for index in required.indices {
                    // The kind alone is read; the value, and where it was written, only for a message.
                    guard let kind = positions[index].map({ bid.facts.kind(at: $0) }) ?? defaultKinds[index] else {
                        guard scored else { continue }
                        let (fact, users) = required[index]
                        sink.error(at: bid.location, path: "bids[\(bid.id)].facts",
                                   Messages.missingFactNeededBy(fact, vendor: bid.id, users: users.map(\.criterion)),
                                   hint: Messages.addFactOrDefault)
                        continue
                    }
                    guard acceptedByAll[index] & kind.bit == 0 else { continue }
                    let (fact, users) = required[index]
                    let found = positions[index].map { bid.facts.value(at: $0) } ?? rubric.factDefaults[fact]!.value
                    for user in users where !accepts(user.kinds, found) {
                        let location = (bid.facts[fact] ?? rubric.factDefaults[fact])?.location
                        // Text meant as an amount is told why it is not one (grouping, unit, sign).
                        var hint: Phrase?
                        if user.kinds.contains(.amount), case .failure(let problem)? = found.amount { hint = Messages.amount(problem) }
                        sink.error(at: location, path: "bids[\(bid.id)].facts.\(fact)",
                                   Messages.factKindMismatch(fact, vendor: bid.id, expected: user.kinds, found: found), hint: hint)
                    }
                }
                for fact in unknown {
                    guard let location = bid.facts[fact]?.location else { continue }
                    block.unused(fact, at: location)
                }
                guard marks == .inBids else { continue }
                checkScores(bid, subjective: subjective, committee: rubric.committee, requireAll: scored, corrected: corrected, sink: sink)
                if scored {
                    for (criterionID, marks) in bid.evaluatorScores where subjective[criterionID] != nil && !marks.isEmpty {
                        block.panels[criterionID, default: [:]][marks.keys.sorted(), default: []].append(bid.id)
                    }
                }
            }
            block.diagnostics = sink.diagnostics
            return block
        }
        var unused: [String: (location: SourceLocation, vendors: Int)] = [:]
        // Which evaluators marked each subjective criterion, and for which scored bids.
        var panels: [String: [[String]: [String]]] = [:]
        for block in blocks {
            block.diagnostics.forEach(sink.add)
            unused.merge(block.unused) { (min($0.location, $1.location), $0.vendors + $1.vendors) }
            panels.merge(block.panels) { $0.merging($1) { $0 + $1 } }
        }
        let locations = Dictionary(loaded.bids.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        checkSamePanel(panels, locations: locations, sink: sink)
        checkGateFacts(rubric, bids: loaded.bids, sink: sink)
        for (fact, use) in unused.sorted(by: { $0.key < $1.key }) {
            sink.warning(at: use.location, path: "facts.\(fact)", Messages.unusedFact(fact, bids: use.vendors))
        }
        return sink.diagnostics
    }

    /// What the checks of one block of bids found, to be put together with the other blocks'.
    private struct BlockFindings: Sendable {
        var diagnostics: [Diagnostic] = []
        /// Facts no criterion or gate reads: where first written, and in how many bids.
        var unused: [String: (location: SourceLocation, vendors: Int)] = [:]
        /// Which evaluators marked each subjective criterion, and for which scored bids.
        var panels: [String: [[String]: [String]]] = [:]

        mutating func unused(_ fact: String, at location: SourceLocation) {
            let previous = unused[fact]
            unused[fact] = (min(previous?.location ?? location, location), (previous?.vendors ?? 0) + 1)
        }
    }

    /// A gate reading a fact that no bid states and the rubric gives no default for is almost
    /// certainly a typo, and would disqualify every bid.
    private static func checkGateFacts(_ rubric: Rubric, bids: [Bid], sink: DiagnosticCollector) {
        guard !bids.isEmpty else { return }
        for gate in rubric.gates {
            // Nearly always the first bid states the fact: no set of every name of every bid
            // (400,000 of them in a large tender) is built unless a gate's fact is missing.
            guard let fact = gate.fact, rubric.factDefaults[fact] == nil, !bids.contains(where: { $0.facts.value(fact) != nil })
            else { continue }
            var stated = Set<String>()
            for bid in bids { stated.formUnion(bid.facts.sortedNames) }
            sink.error(at: gate.location, path: "gates[\(gate.id)].fact", Messages.gateFactNoBidHas(gate: gate.id, fact: fact),
                       hint: Suggestions.hint(for: fact, in: stated.sorted()))
        }
    }

    /// One committee marks every bid: a bid marked by other evaluators, or by fewer or more of
    /// them, would be compared on a different footing (one mark of 10 against five averaged marks),
    /// which can change the winner. The panel most bids have is taken as the committee.
    private static func checkSamePanel(_ panels: [String: [[String]: [String]]], locations: [String: SourceLocation],
                                       sink: DiagnosticCollector) {
        for criterionID in panels.keys.sorted() {
            let byPanel = panels[criterionID]!
            guard byPanel.count > 1 else { continue }
            let ordered = byPanel.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.key.lexicographicallyPrecedes(b.key)
            }
            let others = ordered.dropFirst().map { (evaluators: $0.key, vendors: $0.value.sorted()) }
            let first = others[0].vendors[0]
            sink.error(at: locations[first], path: "bids[\(first)].scores.\(criterionID)",
                       Messages.differentPanels(criterion: criterionID, usual: ordered[0].key, usualVendors: ordered[0].value.count,
                                                others: others),
                       hint: Messages.samePanelHint)
        }
    }

    static func accepts(_ kinds: [FactKind], _ value: FactValue) -> Bool {
        if acceptsAsIs(kinds, value.kind) { return true }
        guard kinds.contains(.amount), case .success? = value.amount else { return false }
        return true
    }

    /// Whether a reader of `kinds` takes any value of this kind as it is: text reads as a list
    /// of one item, and only an amount depends on the value itself.
    private static func acceptsAsIs(_ kinds: [FactKind], _ kind: FactKind) -> Bool {
        kinds.contains(kind) || (kind == .text && kinds.contains(.list))
    }

    /// One evaluator's mark on one criterion for one vendor.
    struct MarkKey: Hashable {
        var vendor: String
        var criterion: String
        var evaluator: String

        init(_ vendor: String, _ criterion: String, _ evaluator: String) {
            self.vendor = vendor
            self.criterion = criterion
            self.evaluator = evaluator
        }
    }

    private static func checkScores(_ bid: Bid, subjective: [String: Criterion], committee: CommitteePolicy, requireAll: Bool,
                                    corrected: Set<MarkKey>, sink: DiagnosticCollector) {
        for criterionID in bid.evaluatorScores.keys.sorted() {
            guard let criterion = subjective[criterionID] else {
                sink.error(at: bid.location, path: "bids[\(bid.id)].scores.\(criterionID)", Messages.scoreForUnknownCriterion(criterionID),
                           hint: Suggestions.hint(for: criterionID, in: subjective.keys.sorted()))
                continue
            }
            for (evaluator, score) in bid.evaluatorScores[criterionID]!.sorted(by: { $0.key < $1.key })
            where (score.points > criterion.maximum || score.points.isNegative) && !corrected.contains(MarkKey(bid.id, criterionID, evaluator)) {
                sink.error(at: score.location, path: "bids[\(bid.id)].scores.\(criterionID).\(evaluator)",
                           Messages.evaluatorScoreOutOfRange(score.points, maximum: criterion.maximum, vendor: bid.id,
                                                             criterion: criterionID, evaluator: evaluator))
            }
        }
        for criterionID in subjective.keys.sorted() where requireAll {
            let marks = bid.evaluatorScores[criterionID] ?? [:]
            if marks.isEmpty {
                sink.error(at: bid.location, path: "bids[\(bid.id)].scores",
                           Messages.missingEvaluatorScores(vendor: bid.id, criterion: criterionID))
            } else if let expected = committee.evaluators, marks.count != expected {
                sink.error(at: bid.location, path: "bids[\(bid.id)].scores.\(criterionID)",
                           Messages.evaluatorCount(vendor: bid.id, criterion: criterionID, found: marks.count, expected: expected))
            }
        }
    }
}

private extension FactKind {
    /// The kinds a fact's value has; `amount` is a way of reading a number or text.
    static let valueKinds: [FactKind] = [.number, .percent, .duration, .bool, .text, .list]

    /// The kind as one bit of a mask.
    var bit: UInt8 {
        switch self {
        case .number: 1
        case .percent: 2
        case .duration: 4
        case .bool: 8
        case .text: 16
        case .list: 32
        case .amount: 64
        }
    }
}
