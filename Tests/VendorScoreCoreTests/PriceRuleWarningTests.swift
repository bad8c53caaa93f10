import Testing
@testable import VendorScoreCore

/// A price score that is not 第55条's formula counts toward the price weight, and a
/// government-procurement rubric using one is warned.
@Suite("Price rules")
struct PriceRuleWarningTests {
    /// Scores price by some rule other than 第55条's, as the mean-benchmark scorer does.
    struct OtherPriceScorer: Scorer {
        static let id = "test.other-price"
        static let version = "1.0.0"
        static let summary = "Full points for every bid."
        static let parameters: [ParameterSpec] = []
        static let examples: [ScorerExample] = []
        static let scoresPrice = true

        init(parameters: ScorerParameters) throws(ScorerError) {}

        var facts: [FactRequirement] { [] }

        func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
            context.bids.map { _ in Award(context.maximum, reason: "full") }
        }
    }

    let registry = try! ScorerRegistry([
        ScorerModule("TestScorers", [FactPointsScorer.self, PriceRatioScorer.self, OtherPriceScorer.self]),
    ])

    private func warnings(_ rubric: String) throws -> [Diagnostic] {
        try RubricLoader(registry: registry).load(bytes: Array(rubric.utf8), file: "r.yaml").warnings
    }

    @Test(arguments: ["comprehensive", "consultation"])
    func anotherPriceRuleIsWarned(method: String) throws {
        let text = Fixture.rubric().replacingOccurrences(of: "scorer: test.price", with: "scorer: test.other-price")
            .replacingOccurrences(of: "method: comprehensive", with: "method: \(method)")
        let warnings = try warnings(text)
        let basis = method == "comprehensive" ? "财政部令第87号 第55条" : "财库〔2014〕214号"
        #expect(warnings.map(\.english) == [
            "criterion 'price' scores price with 'test.other-price', but the rubric's method follows \(basis), whose price score "
                + "is the lowest price ÷ the bid's price × points (scorer 'cost.price-87'); "
                + "use another price rule only in a tender not bound by it (招标投标法 works, state-owned enterprises)",
        ])
        #expect(warnings.first?.location?.mark.line == Fixture.rubric().split(separator: "\n").firstIndex { $0.contains("- id: price") }! + 1)
    }

    @Test func theArticle55RuleIsNotWarnedAndBothCountTowardThePriceWeight() throws {
        #expect(try warnings(Fixture.rubric()).isEmpty)
        // 30 of 100 points either way: no "no criterion scores price" warning for the other rule.
        let other = Fixture.rubric().replacingOccurrences(of: "scorer: test.price", with: "scorer: test.other-price")
        #expect(!(try warnings(other)).contains { $0.english == Messages.noPriceCriterion.english })
    }

    @Test func theLowestPriceIsTheBenchmarkOnlyUnderArticle55() throws {
        let bids = [Fixture.bid("a", price: "800"), Fixture.bid("b", price: "900"), Fixture.bid("c", price: "1000")]
        let loaded = try Fixture.loadBids(Fixture.bids(bids))
        let article55 = try RubricLoader(registry: registry).load(bytes: Array(Fixture.rubric().utf8), file: "r.yaml").rubric
        #expect(try Engine().evaluate(rubric: article55, bids: loaded.bids).benchmark == Rational(800))
        let other = Fixture.rubric().replacingOccurrences(of: "scorer: test.price", with: "scorer: test.other-price")
        let otherRubric = try RubricLoader(registry: registry).load(bytes: Array(other.utf8), file: "r.yaml").rubric
        #expect(try Engine().evaluate(rubric: otherRubric, bids: loaded.bids).benchmark == nil)
    }
}
