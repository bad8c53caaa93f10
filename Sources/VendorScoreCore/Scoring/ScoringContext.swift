/// What a scorer sees when it scores one criterion: the criterion's maximum and every qualified
/// bid, in a canonical order (by vendor id), so relative scores can look at all of them.
public struct ScoringContext: Sendable {
    public var criterionID: String
    public var maximum: Rational
    public var bids: [BidFacts]
    public var committee: CommitteePolicy

    public init(criterionID: String, maximum: Rational, bids: [BidFacts], committee: CommitteePolicy = CommitteePolicy()) {
        self.criterionID = criterionID
        self.maximum = maximum
        self.bids = bids
        self.committee = committee
    }
}

/// One bid as a scorer sees it: identity, prices and typed access to its facts.
///
/// A class, so that handing every bid to every criterion's scorer shares one object instead of
/// copying its dictionaries. The engine has already checked that every fact the scorer declared is present (or has a
/// rubric default) and of an accepted kind, so the typed readers fail only when a scorer reads a
/// fact it did not declare or asks for another kind than it declared.
public final class BidFacts: Sendable {
    public let id: String
    public let name: String
    /// The price as bid.
    public let price: Rational
    /// The price after policy deductions (small/micro enterprise, domestic product), used for
    /// the price score and its benchmark.
    public let evaluationPrice: Rational
    private let facts: FactTable
    private let defaults: [String: Fact]
    private let scores: [String: [String: EvaluatorScore]]

    public init(id: String, name: String, price: Rational, evaluationPrice: Rational, facts: FactTable,
                defaults: [String: Fact] = [:], evaluatorScores: [String: [String: EvaluatorScore]] = [:]) {
        self.id = id
        self.name = name
        self.price = price
        self.evaluationPrice = evaluationPrice
        self.facts = facts
        self.defaults = defaults
        self.scores = evaluatorScores
    }

    /// A bid from a dictionary of facts, for tests and examples.
    public convenience init(id: String, name: String, price: Rational, evaluationPrice: Rational, facts: [String: Fact],
                            defaults: [String: Fact] = [:], evaluatorScores: [String: [String: EvaluatorScore]] = [:]) {
        self.init(id: id, name: name, price: price, evaluationPrice: evaluationPrice, facts: FactTable(facts),
                  defaults: defaults, evaluatorScores: evaluatorScores)
    }

    /// The fact's value, from the bid or else from the rubric's defaults.
    public func value(_ fact: String) throws(ScorerError) -> FactValue {
        guard let found = facts.value(fact) ?? defaults[fact]?.value else {
            throw ScorerError(Messages.missingFact(fact, vendor: id))
        }
        return found
    }

    /// The fact's value, or `nil` when neither the bid nor the rubric gives one.
    public func optionalValue(_ fact: String) -> FactValue? {
        facts.value(fact) ?? defaults[fact]?.value
    }

    /// Where the fact was written (in the bids file, or the rubric for a default).
    public func location(of fact: String) -> SourceLocation? {
        (facts[fact] ?? defaults[fact])?.location
    }

    /// A plain number.
    public func number(_ fact: String) throws(ScorerError) -> Rational {
        let value = try value(fact)
        guard case .number(let number) = value else { throw mismatch(fact, value, .number) }
        return number
    }

    /// An amount of money in yuan (``FactKind/amount``): a number, or text written as in a price
    /// cell (`2,800,000`, `¥2,800,000`, `280万元`), read exactly.
    public func amount(_ fact: String) throws(ScorerError) -> Rational {
        let value = try value(fact)
        guard case .success(let amount)? = value.amount else { throw mismatch(fact, value, .amount) }
        return amount
    }

    /// A percentage, in percent (99.95 for `99.95%`).
    public func percent(_ fact: String) throws(ScorerError) -> Rational {
        let value = try value(fact)
        guard case .percent(let number) = value else { throw mismatch(fact, value, .percent) }
        return number
    }

    /// A duration, in seconds.
    public func duration(_ fact: String) throws(ScorerError) -> Rational {
        let value = try value(fact)
        guard case .duration(let seconds) = value else { throw mismatch(fact, value, .duration) }
        return seconds
    }

    /// `true` or `false`.
    public func bool(_ fact: String) throws(ScorerError) -> Bool {
        let value = try value(fact)
        guard case .bool(let flag) = value else { throw mismatch(fact, value, .bool) }
        return flag
    }

    /// Text; a number, percentage, duration or true/false is given as written canonically.
    public func text(_ fact: String) throws(ScorerError) -> String {
        let value = try value(fact)
        switch value {
        case .text(let text): return text
        case .number, .percent, .duration, .bool: return value.description
        case .list: throw mismatch(fact, value, .text)
        }
    }

    /// A list of strings; a single text value counts as a one-item list.
    public func list(_ fact: String) throws(ScorerError) -> [String] {
        let value = try value(fact)
        switch value {
        case .list(let items): return items
        case .text(let text): return [text]
        default: throw mismatch(fact, value, .list)
        }
    }

    /// The committee's scores for a criterion, sorted by evaluator id.
    public func evaluatorScores(_ criterion: String) -> [(evaluator: String, points: Rational)] {
        (scores[criterion] ?? [:]).map { ($0.key, $0.value.points) }.sorted { $0.evaluator < $1.evaluator }
    }

    private func mismatch(_ fact: String, _ value: FactValue, _ kind: FactKind) -> ScorerError {
        ScorerError(Messages.factKindMismatch(fact, vendor: id, expected: [kind], found: value), at: location(of: fact))
    }
}
