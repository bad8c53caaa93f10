import Synchronization
import VendorScoreCore

/// A well-behaved scorer: full points at or below a target, none from a limit, linear between.
struct GoodScorer: BidScorer {
    static let id = "sample.pue"
    static let version = "1.2.0"
    static let summary = "Full points at or below the target PUE, none from the limit."
    static let parameters = [
        ParameterSpec("target", "number", summary: "PUE for full points."),
        ParameterSpec("limit", "number", summary: "PUE for no points."),
    ]
    static let examples = [
        ScorerExample("between, at the target, past the limit", parameters: "target: 1.2\nlimit: 1.5", maximum: 4,
                      bids: [ExampleBid("a", facts: ["pue": "1.35"]), ExampleBid("b", facts: ["pue": "1.2"]),
                             ExampleBid("c", facts: ["pue": "1.6", "unused": "9"])],
                      expected: ["2.00", "4.00", "0.00"]),
    ]

    let target: Rational, limit: Rational

    init(parameters: ScorerParameters) throws(ScorerError) {
        target = try parameters.number("target")
        limit = try parameters.number("limit")
        guard target < limit else { throw parameters.error("target must be below limit", at: "target") }
    }

    var facts: [FactRequirement] { [FactRequirement("pue", .number)] }

    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let pue = try bid.number("pue")
        return Award(Scales.linear(pue, floor: limit, target: target, maximum: maximum),
                     reason: "PUE \(pue.decimalString()) between \(limit.decimalString()) and \(target.decimalString())",
                     inputs: ["pue": .number(pue)])
    }
}

/// Breaks the identity rules: a malformed id and version, a two-line summary, an undocumented
/// parameter, no examples.
struct BadIdentityScorer: Scorer {
    static let id = "Custom PUE"
    static let version = "1"
    static let summary = "Scores PUE.\nLower is better."
    static let parameters = [ParameterSpec("target", "number", required: false, summary: "")]
    static let examples: [ScorerExample] = []

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] { context.bids.map { _ in Award(0, reason: "none") } }
}

/// Takes the id of ``GoodScorer``.
struct ClashingScorer: Scorer {
    static let id = "sample.pue"
    static let version = "1.0.0"
    static let summary = "Another scorer with the same id."
    static let parameters: [ParameterSpec] = []
    static let examples = [ScorerExample("one bid", maximum: 1, bids: [ExampleBid("a")], expected: ["1.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] { context.bids.map { _ in Award(1, reason: "always full") } }
}

/// Gives 2 points where its example promises 3, and lists too few expected results in another.
struct WrongExampleScorer: Scorer {
    static let id = "sample.wrong-example"
    static let version = "1.0.0"
    static let summary = "Always 2 points."
    static let parameters: [ParameterSpec] = []
    static let examples = [
        ScorerExample("promises 3", maximum: 5, bids: [ExampleBid("a")], expected: ["3.00"]),
        ScorerExample("two bids, one result", maximum: 5, bids: [ExampleBid("a"), ExampleBid("b")], expected: ["2.00"]),
        ScorerExample("undeclared parameter", parameters: "bonus: 1", maximum: 5, bids: [ExampleBid("a")], expected: ["2.00"]),
    ]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] { context.bids.map { _ in Award(2, reason: "always 2") } }
}

/// Awards one point more than the maximum, with a reason on two lines.
struct OutOfRangeScorer: Scorer {
    static let id = "sample.out-of-range"
    static let version = "1.0.0"
    static let summary = "Too generous."
    static let parameters: [ParameterSpec] = []
    static let examples = [ScorerExample("over the top", maximum: 5, bids: [ExampleBid("a")], expected: ["6.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        context.bids.map { _ in Award(context.maximum + 1, reason: "generous\nvery") }
    }
}

/// Counts its calls, so a second run gives other points.
struct NondeterministicScorer: Scorer {
    static let id = "sample.counter"
    static let version = "1.0.0"
    static let summary = "Points from a call counter."
    static let parameters: [ParameterSpec] = []
    static let examples = [ScorerExample("first call", maximum: 5, bids: [ExampleBid("a")], expected: ["1.00"])]
    static let calls = Atomic(0)

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        let call = Self.calls.add(1, ordering: .relaxed).newValue
        return context.bids.map { _ in Award(Rational(call % 5), reason: "call \(call)") }
    }
}

/// Gives full points to whichever bid comes first.
struct FirstComeScorer: Scorer {
    static let id = "sample.first-come"
    static let version = "1.0.0"
    static let summary = "Full points for the first bid."
    static let parameters: [ParameterSpec] = []
    static let examples = [ScorerExample("a first", maximum: 5, bids: [ExampleBid("a"), ExampleBid("b")], expected: ["5.00", "0.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        context.bids.indices.map { index in Award(index == 0 ? context.maximum : 0, reason: "position \(index + 1)") }
    }
}

/// Reads `pue` without declaring it.
struct UndeclaredFactScorer: BidScorer {
    static let id = "sample.undeclared"
    static let version = "1.0.0"
    static let summary = "Reads a fact it does not declare."
    static let parameters: [ParameterSpec] = []
    static let examples = [ScorerExample("reads pue", maximum: 5, bids: [ExampleBid("a", facts: ["pue": "1.3"])], expected: ["5.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let pue = try bid.number("pue")
        return Award(maximum, reason: "PUE \(pue.decimalString())")
    }
}

/// Accepts any parameters, even without its required `target`.
struct LaxScorer: Scorer {
    static let id = "sample.lax"
    static let version = "1.0.0"
    static let summary = "Never refuses parameters."
    static let parameters = [ParameterSpec("target", "number", summary: "PUE for full points.")]
    static let examples = [ScorerExample("any", parameters: "target: 1.2", maximum: 5, bids: [ExampleBid("a")], expected: ["5.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {}
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] { context.bids.map { _ in Award(context.maximum, reason: "full") } }
}

/// Refuses parameters without saying where.
struct UnlocatedScorer: Scorer {
    static let id = "sample.unlocated"
    static let version = "1.0.0"
    static let summary = "Refuses parameters without a location."
    static let parameters = [ParameterSpec("target", "number", summary: "PUE for full points.")]
    static let examples = [ScorerExample("any", parameters: "target: 1.2", maximum: 5, bids: [ExampleBid("a")], expected: ["5.00"])]

    init(parameters: ScorerParameters) throws(ScorerError) {
        guard parameters.has("target"), (try? parameters.number("target")) != nil else { throw ScorerError("bad target") }
    }
    var facts: [FactRequirement] { [] }
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] { context.bids.map { _ in Award(context.maximum, reason: "full") } }
}
