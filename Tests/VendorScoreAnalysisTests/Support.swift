import CostScorers
import VendorScoreAnalysis
import VendorScoreCore

/// A scorer reading one number fact named by its `fact` parameter.
protocol OneFactScorer: BidScorer {
    init(fact: String)
    var fact: String { get }
}

extension OneFactScorer {
    static var version: String { "1.0.0" }
    static var parameters: [ParameterSpec] { [ParameterSpec("fact", "fact name", summary: "The fact to read.")] }
    static var examples: [ScorerExample] { [] }

    init(parameters: ScorerParameters) throws(ScorerError) {
        self.init(fact: try parameters.factName())
    }

    var facts: [FactRequirement] { [FactRequirement(fact, .number)] }
}

/// Points = the bid's share fact (0…1) × the maximum: linear in the maximum.
struct ShareScorer: OneFactScorer {
    static let id = "test.share"
    static let summary = "The share fact times the maximum."
    let fact: String

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        Award(min(try bid.number(fact), .one) * maximum, reason: "share")
    }
}

/// Points = the fact itself, capped: written in points, so not linear in the maximum.
struct FixedPointsScorer: OneFactScorer {
    static let id = "test.fixed"
    static let summary = "Points equal to a number fact, capped at the maximum."
    let fact: String

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        Award(min(try bid.number(fact), maximum), reason: "points")
    }
}

/// A small tender made from a seed: five criteria in three groups (one scored by the committee of
/// three, one with fixed points, one the price) and a few vendors with pseudo-random figures.
struct SmallTender {
    var rubric: Rubric
    var bids: [Bid]
    var evaluation: Evaluation

    static let registry = try! ScorerRegistry([
        ScorerModule("TestScorers", [ShareScorer.self, FixedPointsScorer.self]),
        ScorerModule("CostScorers", CostScorers.all),
    ])

    static let rubricText = """
        format: vendorscore/rubric@1
        id: small
        version: "1"
        title: { en: Small }
        category: services
        method: comprehensive
        total_points: 100
        price_weight: warning
        minimum_qualified: 2
        price: { ceiling: 10000 }
        committee: { combine: mean, spread_flag: 100% }
        groups:
          - id: quality
            title: { en: Quality }
            criteria:
              - { id: a, title: A, points: 20, type: objective, scorer: test.share, params: { fact: a } }
              - { id: b, title: B, points: 15, type: objective, scorer: test.fixed, params: { fact: b } }
          - id: design
            title: { en: Design }
            criteria:
              - { id: plan, title: Plan, points: 15, type: subjective }
              - { id: c, title: C, points: 10, type: objective, scorer: test.share, params: { fact: c } }
          - id: cost
            title: { en: Cost }
            criteria:
              - { id: price, title: Price, points: 40, type: objective, scorer: cost.price-87 }

        """

    /// `vendors` bids drawn from `seed`; figures on a coarse grid so that ties and near-ties occur.
    static func make(seed: UInt64, vendors: Int = 5, rubric: String = rubricText) throws -> SmallTender {
        var generator = Xoshiro256StarStar(seed: seed, block: 0)
        func pick(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
        var text = "format: vendorscore/bids@1\nbids:\n"
        for index in 0..<vendors {
            let marks = (1...3).map { "E\($0): \(Double(pick(10...30)) / 2)" }.joined(separator: ", ")
            text += """
                  - id: v\(index)
                    name: Vendor \(index)
                    price: \(pick(60...100) * 100)
                    facts: { a: 0.\(pick(10...99)), b: \(pick(0...15)), c: 0.\(pick(10...99)) }
                    scores: { plan: { \(marks) } }

                """
        }
        return try load(bids: text, rubric: rubric)
    }

    /// Three vendors, each better than the next on every criterion.
    static let dominated = """
        format: vendorscore/bids@1
        bids:
          - { id: best, name: Best, price: 6000, facts: { a: 0.9, b: 12, c: 0.8 }, scores: { plan: { E1: 9, E2: 9, E3: 9 } } }
          - { id: next, name: Next, price: 7000, facts: { a: 0.5, b: 10, c: 0.7 }, scores: { plan: { E1: 8, E2: 8, E3: 8 } } }
          - { id: last, name: Last, price: 9000, facts: { a: 0.2, b: 3, c: 0.1 }, scores: { plan: { E1: 5, E2: 6, E3: 7 } } }
        """

    /// A tender from a bids file's text.
    static func load(bids text: String, rubric: String = rubricText) throws -> SmallTender {
        let loadedRubric = try RubricLoader(registry: registry).load(bytes: Array(rubric.utf8), file: "rubric.yaml").rubric
        let bids = try BidsLoader().load(bytes: Array(text.utf8), file: "bids.yaml").bids
        let evaluation = try Engine().evaluate(rubric: loadedRubric, bids: bids)
        return SmallTender(rubric: loadedRubric, bids: bids, evaluation: evaluation)
    }
}
