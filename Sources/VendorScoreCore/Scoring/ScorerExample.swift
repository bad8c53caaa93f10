/// A worked example of a scorer: parameters and bids in, points out. Examples document a scorer
/// in `vendorscore scorers` and are run by the tests, so they cannot drift from the code.
///
/// ```swift
/// ScorerExample(
///     "99.95% sits halfway between floor and target",
///     parameters: "fact: sla\nfloor: 99.9%\ntarget: 100%",
///     maximum: 10,
///     bids: [ExampleBid("a", facts: ["sla": "99.95%"])],
///     expected: ["5.00"]
/// )
/// ```
public struct ScorerExample: Sendable {
    public var title: String
    /// The criterion's `params`, as YAML.
    public var parameters: String
    public var maximum: Rational
    public var bids: [ExampleBid]
    /// Each bid's points, in order, rounded half-up to two decimals.
    public var expected: [String]

    public init(_ title: String, parameters: String = "", maximum: Rational, bids: [ExampleBid], expected: [String]) {
        self.title = title
        self.parameters = parameters
        self.maximum = maximum
        self.bids = bids
        self.expected = expected
    }

    /// Runs the example through a scorer type, returning each bid's award.
    public func run(_ scorer: any Scorer.Type) throws(ScorerError) -> [Award] {
        let parameters = try ScorerParameters(yaml: self.parameters, maximum: maximum, file: "<example '\(title)'>")
        return try scorer.init(parameters: parameters).score(Self.context(maximum: maximum, bids: bids))
    }

    /// A scoring context holding example bids in the given order. Facts are typed as a CSV cell
    /// is: `99.95%`, `4h`, `true`, and `鲲鹏 | 海光` for a list.
    public static func context(maximum: Rational, bids: [ExampleBid], criterionID: String = "example") throws(ScorerError) -> ScoringContext {
        let location = SourceLocation(file: "<example>", line: 1, column: 1)
        var facts: [BidFacts] = []
        for bid in bids {
            var values: [String: Fact] = [:]
            for (name, text) in bid.facts {
                do {
                    values[name] = Fact(try FactReader.cell(text), at: location)
                } catch {
                    throw ScorerError("example fact \(name): \(error.message)")
                }
            }
            var scores: [String: EvaluatorScore] = [:]
            for (evaluator, text) in bid.scores {
                guard let points = Rational(decimal: text) else { throw ScorerError("example score '\(text)' is not a number") }
                scores[evaluator] = EvaluatorScore(points, at: location)
            }
            guard let price = Rational(decimal: bid.price) else { throw ScorerError("example price '\(bid.price)' is not a number") }
            let evaluationPrice = try bid.evaluationPrice.map { (text) throws(ScorerError) -> Rational in
                guard let value = Rational(decimal: text) else { throw ScorerError("example price '\(text)' is not a number") }
                return value
            } ?? price
            facts.append(BidFacts(id: bid.id, name: bid.id, price: price, evaluationPrice: evaluationPrice,
                                  facts: values, evaluatorScores: scores.isEmpty ? [:] : [criterionID: scores]))
        }
        return ScoringContext(criterionID: criterionID, maximum: maximum, bids: facts)
    }
}

/// A bid in a ``ScorerExample``: facts written as they would be in a bids file.
public struct ExampleBid: Sendable {
    public var id: String
    public var price: String
    public var evaluationPrice: String?
    public var facts: [String: String]
    public var scores: [String: String]

    public init(_ id: String, price: String = "1000000", evaluationPrice: String? = nil,
                facts: [String: String] = [:], scores: [String: String] = [:]) {
        self.id = id
        self.price = price
        self.evaluationPrice = evaluationPrice
        self.facts = facts
        self.scores = scores
    }
}
