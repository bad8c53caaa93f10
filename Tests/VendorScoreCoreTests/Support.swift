@testable import VendorScoreCore
import VendorScoreOutput

/// What a user reads in English: the tests assert the words, the core keeps message ids.
extension Diagnostic {
    /// The message alone.
    var english: String { DiagnosticText(.en).render(message) }
    var englishHint: String? { hint.map(DiagnosticText(.en).render) }
    /// The whole line: `file:line:column: severity: path: message (hint)`.
    var englishLine: String { DiagnosticText(.en).line(self) }
}

extension Phrase {
    var english: String { PhraseText(.en).render(self) }
}

extension ScorerError {
    var english: String { PhraseText(.en).render(message) }
}

/// Points equal to a number fact, capped at the maximum: lets tests set points directly.
struct FactPointsScorer: BidScorer {
    static let id = "test.fact-points"
    static let version = "1.0.0"
    static let summary = "Points equal to a number fact, capped at the maximum."
    static let parameters = [ParameterSpec("fact", "fact name", summary: "The fact holding the points.")]
    static let examples: [ScorerExample] = []

    let fact: String

    init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
    }

    var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let value = try bid.number(fact)
        return Award(min(value, maximum), reason: "\(fact) = \(value.decimalString())", inputs: [fact: .number(value)])
    }
}

/// Points equal to an amount fact in millions of yuan, capped at the maximum: reads amounts as
/// the cost scorers do.
struct AmountPointsScorer: BidScorer {
    static let id = "test.amount-points"
    static let version = "1.0.0"
    static let summary = "Points equal to an amount fact in millions of yuan, capped at the maximum."
    static let parameters = [ParameterSpec("fact", "fact name", summary: "The fact holding the amount.")]
    static let examples: [ScorerExample] = []

    let fact: String

    init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
    }

    var facts: [FactRequirement] { [FactRequirement(fact, .amount)] }

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let amount = try bid.amount(fact)
        return Award(min(amount / Rational(1_000_000), maximum), reason: "\(fact) = \(amount.decimalString())")
    }
}

/// The 87号令 price formula, kept minimal so core tests do not depend on the plugins.
struct PriceRatioScorer: Scorer {
    static let id = "test.price"
    static let version = "1.0.0"
    static let summary = "benchmark ÷ evaluation price × points."
    static let parameters: [ParameterSpec] = []
    static let examples: [ScorerExample] = []
    static let scoresPrice = true
    static let isArticle55PriceRule = true

    init(parameters: ScorerParameters) throws(ScorerError) {}

    var facts: [FactRequirement] { [] }

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        let benchmark = context.bids.map(\.evaluationPrice).min() ?? .one
        return context.bids.map { Award(benchmark / $0.evaluationPrice * context.maximum, reason: "price") }
    }
}

/// Gives more than the maximum: the engine must refuse it.
struct GreedyScorer: BidScorer {
    static let id = "test.greedy"
    static let version = "1.0.0"
    static let summary = "Always one point too many."
    static let parameters: [ParameterSpec] = []
    static let examples: [ScorerExample] = []

    init(parameters: ScorerParameters) throws(ScorerError) {}

    var facts: [FactRequirement] { [] }

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        Award(maximum + 1, reason: "too many")
    }
}

/// Points equal to a number fact, not capped: a fact above the maximum gives points the engine
/// must refuse.
struct UncappedFactScorer: BidScorer {
    static let id = "test.uncapped"
    static let version = "1.0.0"
    static let summary = "Points equal to a number fact, however large."
    static let parameters = FactPointsScorer.parameters
    static let examples: [ScorerExample] = []

    /// The same fact, read the same way; only the cap differs.
    let capped: FactPointsScorer

    init(parameters: ScorerParameters) throws(ScorerError) {
        capped = try FactPointsScorer(parameters: parameters)
    }

    var facts: [FactRequirement] { capped.facts }

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        Award(try bid.number(capped.fact), reason: "as written")
    }
}

enum Fixture {
    static let registry = try! ScorerRegistry([
        ScorerModule("TestScorers", [FactPointsScorer.self, AmountPointsScorer.self, PriceRatioScorer.self, GreedyScorer.self,
                                     UncappedFactScorer.self]),
    ])

    /// A small services rubric: price 30, quality 60 (fact `q`), committee 10.
    static func rubric(
        extra: String = "",
        price: String = "price:\n  ceiling: 1000\n  small_enterprise: { rate: 10%, consortium_rate: 4% }\n",
        committee: String = "committee: { combine: mean, spread_flag: 30% }\n"
    ) -> String {
        """
        format: vendorscore/rubric@1
        id: demo
        version: "1"
        title: { zh: 示例, en: Demo }
        category: services
        method: comprehensive
        total_points: 100
        \(price)\(committee)\(extra)gates:
          - id: mlps
            stage: qualification
            title: { zh: 等保三级, en: MLPS level 3 }
            fact: mlps_level
            at_least: 3
        groups:
          - id: quality
            title: { zh: 质量, en: Quality }
            criteria:
              - id: q
                title: Quality
                points: 60
                type: objective
                scorer: test.fact-points
                params: { fact: q }
              - id: design
                title: { zh: 技术方案, en: Solution design }
                points: 10
                type: subjective
          - id: cost
            title: { zh: 价格, en: Cost }
            criteria:
              - id: price
                title: { zh: 价格分, en: Price }
                points: 30
                type: objective
                scorer: test.price

        """
    }

    static func bid(_ id: String, price: String, q: String = "50", mlps: String = "3", size: String = "large",
                    scores: String = "{ E1: 8, E2: 8, E3: 8 }") -> String {
        """
          - id: \(id)
            name: 供应商\(id)
            price: \(price)
            declarations: { enterprise_size: \(size) }
            facts: { q: \(q), mlps_level: \(mlps) }
            scores: { design: \(scores) }

        """
    }

    static func bids(_ items: [String]) -> String {
        "format: vendorscore/bids@1\nbids:\n" + items.joined()
    }

    static func loadRubric(_ text: String) throws(DiagnosticList) -> Rubric {
        try RubricLoader(registry: registry).load(bytes: Array(text.utf8), file: "rubric.yaml").rubric
    }

    static func loadBids(_ text: String, file: String = "bids.yaml") throws(DiagnosticList) -> BidsLoader.Loaded {
        try BidsLoader().load(bytes: Array(text.utf8), file: file)
    }

    static func evaluate(rubric: String = Fixture.rubric(), bids: [String]) throws -> Evaluation {
        let rubric = try loadRubric(rubric)
        let loaded = try loadBids(Fixture.bids(bids))
        let problems = BidChecker.check(loaded, against: rubric)
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        return try Engine().evaluate(rubric: rubric, bids: loaded.bids)
    }

    /// The diagnostics a load throws, or an empty list when it succeeds.
    static func problems(_ body: () throws(DiagnosticList) -> Void) -> [Diagnostic] {
        do {
            try body()
            return []
        } catch {
            return error.diagnostics
        }
    }
}
