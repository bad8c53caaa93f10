/// Loads a rubric from YAML and checks it completely: structure, types, unknown keys, scorer ids
/// and parameters, ids, points adding up, price weight, tie-break keys.
///
/// Every problem found is reported, not just the first; warnings (such as a price weight outside
/// the legal range when the rubric keeps it a warning) are returned beside the rubric.
///
/// ```swift
/// let loader = RubricLoader(registry: registry)
/// let (rubric, warnings) = try loader.load(path: "rubrics/government-cloud.yaml")
/// ```
public struct RubricLoader: Sendable {
    public static let format = "vendorscore/rubric@1"
    static let topKeys = ["format", "id", "version", "title", "category", "method", "total_points", "rounding",
                          "price_weight", "minimum_qualified", "tie_break", "price", "committee", "defaults",
                          "gates", "groups", "note"]

    public let registry: ScorerRegistry
    public var limits: YAMLLimits

    public init(registry: ScorerRegistry, limits: YAMLLimits = .default) {
        self.registry = registry
        self.limits = limits
    }

    public func load(path: String) throws(DiagnosticList) -> (rubric: Rubric, warnings: [Diagnostic]) {
        try load(bytes: SourceDocument.read(path: path), file: path)
    }

    public func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> (rubric: Rubric, warnings: [Diagnostic]) {
        let sink = DiagnosticCollector()
        let rubric = SourceDocument.parse(bytes, file: file, sink: sink, limits: limits).flatMap { read($0, sink: sink) }
        try sink.throwIfErrors()
        guard let rubric else { throw DiagnosticList(sink.diagnostics) }
        return (rubric, sink.diagnostics)
    }

    private func read(_ root: NodeReader, sink: DiagnosticCollector) -> Rubric? {
        guard let map = root.mapping(allowed: Self.topKeys,
                                     required: ["format", "id", "version", "title", "category", "method", "total_points", "groups"])
        else { return nil }
        if let format = map.optional("format"), let text = format.string(), text != Self.format {
            format.error(Messages.formatVersion(text, expected: Self.format))
        }
        let id = map.required("id")?.identifier()
        let version = map.required("version")?.string()
        let title = map.required("title")?.localized()
        let category = map.required("category")?.choice(ProcurementCategory.self)
        let method = map.required("method")?.choice(ProcurementMethod.self)
        let totalNode = map.required("total_points")
        let total = totalNode?.positiveNumber()
        let (rounding, roundsCriteria) = map.optional("rounding").map(readRounding) ?? (.standard, true)
        let weightSeverity = map.optional("price_weight").map(readSeverity) ?? .warning
        let minimum = map.optional("minimum_qualified")?.integer(in: 1...1000) ?? 3
        let price = map.optional("price").map(readPrice) ?? PricePolicy()
        let committee = map.optional("committee").map(readCommittee) ?? CommitteePolicy()
        let defaults = map.optional("defaults").map(readDefaults) ?? [:]
        let gates = map.optional("gates")?.sequence(allowEmpty: true).map { $0.compactMap(readGate) } ?? []
        let groups = map.required("groups")?.sequence()?.compactMap { readGroup($0) } ?? []
        let tieBreak = map.optional("tie_break").map(readTieBreak) ?? ProcurementMethod.defaultTieBreak

        checkUniqueIDs(groups: groups, gates: gates, sink: sink)
        let criteria = groups.flatMap(\.criteria)
        if let total, let totalNode, !groups.isEmpty {
            let sum = criteria.reduce(Rational.zero) { $0 + $1.maximum }
            if sum != total {
                totalNode.error(Messages.pointsDoNotAddUp(sum: sum, declared: total, groups: groups.map { ($0.id, $0.maximum) }))
            }
        }
        if let category, let method, let total, !criteria.isEmpty {
            checkPriceWeight(criteria: criteria, total: total, category: category, method: method,
                             severity: weightSeverity, at: totalNode!, sink: sink)
        }
        if let node = map.optional("tie_break") {
            for key in tieBreak {
                switch key {
                case .higherGroup(let id) where !groups.contains { $0.id == id }:
                    node.error(Messages.unknownTieBreak(key.description), hint: Suggestions.hint(for: id, in: groups.map(\.id)))
                case .higherCriterion(let id) where !criteria.contains { $0.id == id }:
                    node.error(Messages.unknownTieBreak(key.description), hint: Suggestions.hint(for: id, in: criteria.map(\.id)))
                default: break
                }
            }
        }

        var allGates = gates
        if let ceiling = price.ceiling {
            allGates.append(Gate(id: "price-ceiling", stage: .compliance,
                                 title: LocalizedText(zh: "报价不超过最高限价", en: "Price within the ceiling"),
                                 fact: nil, condition: .priceWithinCeiling(ceiling), location: nil))
        }
        guard !sink.hasErrors, let id, let version, let title, let category, let method, let total else { return nil }
        return Rubric(id: id, version: version, title: title, category: category, method: method, totalPoints: total,
                      rounding: rounding, roundsCriteria: roundsCriteria, priceWeightSeverity: weightSeverity,
                      minimumQualified: minimum, tieBreak: tieBreak, price: price, committee: committee,
                      factDefaults: defaults, gates: allGates, groups: groups, file: root.file)
    }

    // MARK: Sections

    private func readRounding(_ node: NodeReader) -> (RoundingRule, Bool) {
        guard let map = node.mapping(allowed: ["mode", "decimals", "criteria"]) else { return (.standard, true) }
        let mode = map.optional("mode")?.choice(RoundingMode.self) ?? .halfUp
        let decimals = map.optional("decimals")?.integer(in: 0...6) ?? 2
        let criteria = map.optional("criteria")?.bool() ?? true
        return (RoundingRule(mode: mode, decimals: decimals), criteria)
    }

    private func readSeverity(_ node: NodeReader) -> Diagnostic.Severity {
        guard let text = node.string() else { return .warning }
        guard let severity = Diagnostic.Severity(rawValue: text) else {
            node.error(Messages.expected(.either("warning", "error"), found: node.node))
            return .warning
        }
        return severity
    }

    private func readPrice(_ node: NodeReader) -> PricePolicy {
        guard let map = node.mapping(allowed: ["ceiling", "budget", "small_enterprise", "domestic_product", "abnormally_low"]) else {
            return PricePolicy()
        }
        var policy = PricePolicy()
        policy.ceiling = map.optional("ceiling")?.positiveNumber()
        policy.budget = map.optional("budget")?.positiveNumber()
        if let small = map.optional("small_enterprise"),
           let sub = small.mapping(allowed: ["rate", "consortium_rate", "minimum_share"], required: ["rate"]) {
            let rate = sub.required("rate").flatMap { share($0, in: 0...100) }
            if let rate {
                policy.smallEnterprise = SmallEnterpriseDeduction(
                    rate: rate,
                    consortiumRate: sub.optional("consortium_rate").flatMap { share($0, in: 0...100) },
                    minimumShare: sub.optional("minimum_share").flatMap { share($0, in: 0...100) } ?? 30)
            }
        }
        if let domestic = map.optional("domestic_product"),
           let sub = domestic.mapping(allowed: ["rate", "minimum_share"]) {
            policy.domesticProduct = DomesticProductDeduction(
                rate: sub.optional("rate").flatMap { share($0, in: 0...100) } ?? 20,
                minimumShare: sub.optional("minimum_share").flatMap { share($0, in: 0...100) } ?? 80)
        }
        if let low = map.optional("abnormally_low"),
           let sub = low.mapping(allowed: ["enabled", "mean", "second_lowest", "ceiling"]) {
            let limit = 0...AbnormallyLowPolicy.maximumShare
            let defaults = AbnormallyLowPolicy()
            policy.abnormallyLow = AbnormallyLowPolicy(
                enabled: sub.optional("enabled")?.bool() ?? true,
                meanShare: sub.optional("mean").flatMap { share($0, in: limit) } ?? defaults.meanShare,
                secondLowestShare: sub.optional("second_lowest").flatMap { share($0, in: limit) } ?? defaults.secondLowestShare,
                ceilingShare: sub.optional("ceiling").flatMap { share($0, in: limit) } ?? defaults.ceilingShare)
        }
        return policy
    }

    private func share(_ node: NodeReader, in range: ClosedRange<Rational>) -> Rational? {
        guard let value = node.percent() else { return nil }
        guard range.contains(value) else {
            node.error(Messages.shareOutOfRange(value, range: range))
            return nil
        }
        return value
    }

    private func readCommittee(_ node: NodeReader) -> CommitteePolicy {
        guard let map = node.mapping(allowed: ["combine", "spread_flag", "evaluators"]) else { return CommitteePolicy() }
        var policy = CommitteePolicy()
        policy.combination = map.optional("combine")?.choice(CommitteePolicy.Combination.self) ?? .mean
        if let share = map.optional("spread_flag").flatMap({ share($0, in: 0...100) }) { policy.spreadFlagShare = share / 100 }
        policy.evaluators = map.optional("evaluators")?.integer(in: 1...99)
        return policy
    }

    private func readDefaults(_ node: NodeReader) -> [String: Fact] {
        var defaults: [String: Fact] = [:]
        for entry in node.entries() ?? [] {
            if let value = entry.value.typedValue() { defaults[entry.key] = Fact(value, at: entry.value.location) }
        }
        return defaults
    }

    private func readTieBreak(_ node: NodeReader) -> [TieBreakKey] {
        guard let items = node.sequence(allowEmpty: true) else { return ProcurementMethod.defaultTieBreak }
        return items.compactMap { item -> TieBreakKey? in
            guard let text = item.string() else { return nil }
            if text == "bid-price" { return .lowerBidPrice }
            if text == "evaluation-price" { return .lowerEvaluationPrice }
            if text.hasPrefix("group:") { return .higherGroup(String(text.dropFirst(6))) }
            if text.hasPrefix("criterion:") { return .higherCriterion(String(text.dropFirst(10))) }
            item.error(Messages.unknownTieBreak(text))
            return nil
        }
    }

    private func readGate(_ node: NodeReader) -> Gate? {
        guard let map = node.mapping(allowed: ["id", "stage", "title", "fact"] + Gate.conditionKeys,
                                     required: ["id", "stage", "title", "fact"]) else { return nil }
        let id = map.required("id")?.identifier()
        let stage = map.required("stage")?.choice(Gate.Stage.self)
        let title = map.required("title")?.localized()
        let fact = map.required("fact")?.identifier()
        let given = Gate.conditionKeys.filter { map.has($0) }
        guard given.count == 1 else {
            node.error(Messages.gateConditionCount(given))
            return nil
        }
        let valueNode = map.optional(given[0])!
        let condition: Gate.Condition?
        switch given[0] {
        case "is":
            condition = valueNode.bool().flatMap { flag in
                if !flag { valueNode.error(Messages.expected(.gateTrue, found: Messages.foundFalse)) }
                return flag ? .isTrue : nil
            }
        case "at_least": condition = valueNode.typedValue().map { .atLeast($0) }
        case "at_most": condition = valueNode.typedValue().map { .atMost($0) }
        case "equals": condition = valueNode.typedValue().map { .equals($0) }
        case "one_of": condition = readWords(valueNode).map { .oneOf($0) }
        default: condition = readWords(valueNode).map { .includes($0) }
        }
        guard let id, let stage, let title, let fact, let condition else { return nil }
        return Gate(id: id, stage: stage, title: title, fact: fact, condition: condition, location: node.location)
    }

    private func readWords(_ node: NodeReader) -> [String]? {
        if let text = node.node.scalarText, !node.node.isNull { return [text] }
        return node.sequence()?.compactMap { $0.string() }
    }

    private func readGroup(_ node: NodeReader) -> CriterionGroup? {
        guard let map = node.mapping(allowed: ["id", "title", "criteria"], required: ["id", "title", "criteria"]) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localized()
        let criteria = map.required("criteria")?.sequence()?.compactMap { readCriterion($0, group: id ?? "") } ?? []
        guard let id, let title, !criteria.isEmpty else { return nil }
        return CriterionGroup(id: id, title: title, criteria: criteria)
    }

    private func readCriterion(_ node: NodeReader, group: String) -> Criterion? {
        guard let map = node.mapping(allowed: ["id", "title", "points", "type", "scorer", "params", "guidance"],
                                     required: ["id", "title", "points", "type"]) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localized()
        let guidanceNode = map.optional("guidance")
        let guidance = guidanceNode?.localized()
        let points = map.required("points")?.positiveNumber()
        let nature = map.required("type")?.choice(CriterionNature.self)
        let scorerNode = map.optional("scorer")
        var scorerID = scorerNode?.string()
        if scorerNode == nil {
            if nature == .subjective {
                scorerID = CommitteeScorer.id
            } else if nature == .objective {
                node.error(Messages.missingKey("scorer"))
            }
        }
        guard let scorerID else { return nil }
        guard let entry = registry.entry(for: scorerID) else {
            (scorerNode ?? node).error(Messages.unknownScorer(scorerID),
                                       hint: Messages.suggestScorers(registry.suggestions(for: scorerID)))
            return nil
        }
        let isCommittee = scorerID == CommitteeScorer.id
        if nature == .subjective && !isCommittee { scorerNode?.error(Messages.subjectiveScorer(scorerID)) }
        if nature == .objective && isCommittee { scorerNode?.error(Messages.objectiveCommittee) }

        let paramsNode = map.optional("params")
        let specs = entry.parameters.map(\.name)
        if let paramsNode {
            guard paramsNode.mapping(allowed: specs) != nil else { return nil }
        }
        guard let points else { return nil }
        let parameters = ScorerParameters(paramsNode?.node, file: node.file, path: paramsNode?.path ?? node.path + ".params",
                                          fallback: node.node.mark, maximum: points)
        let scorer: any CriterionScorer
        do {
            scorer = try entry.make(parameters)
        } catch {
            node.sink.error(at: error.location ?? node.location, path: error.path.isEmpty ? node.path : error.path,
                            Messages.scorerProblem(scorerID, error.message))
            return nil
        }
        guard let id, let title, let nature, guidanceNode == nil || guidance != nil else { return nil }
        return Criterion(id: id, groupID: group, title: title, maximum: points, nature: nature, scorer: scorer,
                         scorerEntry: entry, location: node.location, guidance: guidance)
    }

    // MARK: Whole-rubric checks

    private func checkUniqueIDs(groups: [CriterionGroup], gates: [Gate], sink: DiagnosticCollector) {
        var seen: [String: SourceLocation] = [:]
        for criterion in groups.flatMap(\.criteria) {
            if let first = seen[criterion.id] {
                sink.error(at: criterion.location, path: "", Messages.duplicateID(.criterion, criterion.id, first: first))
            } else {
                seen[criterion.id] = criterion.location
            }
        }
        var groupIDs = Set<String>()
        for group in groups where !groupIDs.insert(group.id).inserted {
            sink.error(at: group.criteria.first?.location, path: "groups", Messages.duplicateID(.group, group.id, first: group.criteria[0].location))
        }
        var gateSeen: [String: SourceLocation] = [:]
        for gate in gates {
            guard let location = gate.location else { continue }
            if let first = gateSeen[gate.id] {
                sink.error(at: location, path: "gates", Messages.duplicateID(.gate, gate.id, first: first))
            } else {
                gateSeen[gate.id] = location
            }
        }
    }

    private func checkPriceWeight(criteria: [Criterion], total: Rational, category: ProcurementCategory,
                                  method: ProcurementMethod, severity: Diagnostic.Severity, at node: NodeReader,
                                  sink: DiagnosticCollector) {
        let pricePoints = criteria.filter(\.scorerEntry.scoresPrice).reduce(Rational.zero) { $0 + $1.maximum }
        if pricePoints.isZero {
            sink.add(Diagnostic(severity, at: node.location, path: node.path, Messages.noPriceCriterion))
            return
        }
        // Both methods are government procurement, whose price rule is 第55条's (214号 uses the same).
        for criterion in criteria where criterion.scorerEntry.scoresPrice && !criterion.scorerEntry.isArticle55PriceRule {
            sink.warning(at: criterion.location, path: criterion.id,
                         Messages.priceRuleNotArticle55(criterion: criterion.id, scorer: criterion.scorerID, method: method))
        }
        let share = pricePoints / total * 100
        let range = method.priceWeightRange(for: category)
        if !range.contains(share) {
            sink.add(Diagnostic(severity, at: node.location, path: node.path,
                                Messages.priceWeight(share: share, range: range, method: method, category: category)))
        }
    }
}

extension Gate {
    /// The keys that state a gate's condition; a gate has exactly one.
    static let conditionKeys = ["is", "at_least", "at_most", "equals", "one_of", "includes"]
}
