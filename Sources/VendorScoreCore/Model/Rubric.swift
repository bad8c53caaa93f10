/// A scoring rubric (评分办法), loaded and validated: everything the engine needs to score bids.
///
/// Load one with ``RubricLoader``; the engine never sees an unchecked rubric.
public struct Rubric: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var category: ProcurementCategory
    public var method: ProcurementMethod
    public var totalPoints: Rational
    public var rounding: RoundingRule
    /// Whether each criterion's points are rounded before they are added up (the default), or
    /// only the total is.
    public var roundsCriteria: Bool
    public var priceWeightSeverity: Diagnostic.Severity
    public var minimumQualified: Int
    public var tieBreak: [TieBreakKey]
    public var price: PricePolicy
    public var committee: CommitteePolicy
    /// Defaults for facts that a bid may leave out.
    public var factDefaults: [String: Fact]
    public var gates: [Gate]
    public var groups: [CriterionGroup]
    public var file: String

    /// All criteria in rubric order.
    public var criteria: [Criterion] { groups.flatMap(\.criteria) }

    /// Whether `bid` passes every gate (资格性审查 and 符合性审查), and so is to be scored.
    ///
    /// ```swift
    /// let toScore = bids.filter(rubric.passesGates)
    /// ```
    public func passesGates(_ bid: Bid) -> Bool {
        GateEvaluator.passesAll(gates, bid: bid, defaults: factDefaults)
    }
}

/// Text in Chinese and English; either may be missing, not both.
public struct LocalizedText: Sendable, Hashable {
    public var zh: String?
    public var en: String?

    public init(zh: String? = nil, en: String? = nil) {
        self.zh = zh
        self.en = en
    }

    /// The text in the preferred language, falling back to the other.
    public func text(preferring language: Language) -> String {
        switch language {
        case .zh: return zh ?? en ?? ""
        case .en: return en ?? zh ?? ""
        }
    }
}

public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// 货物 or 服务: decides the price-weight floor.
public enum ProcurementCategory: String, Sendable, CaseIterable {
    case goods, services
}

/// The procurement method, which decides the allowed price weight.
public enum ProcurementMethod: String, Sendable, CaseIterable {
    /// 综合评分法 under 财政部令第87号.
    case comprehensive
    /// 竞争性磋商 under 财库〔2014〕214号.
    case consultation

    /// The allowed share of the price score in the total, in percent.
    public func priceWeightRange(for category: ProcurementCategory) -> ClosedRange<Rational> {
        switch (self, category) {
        case (.comprehensive, .goods): return 30...100
        case (.comprehensive, .services): return 10...100
        case (.consultation, .goods): return 30...60
        case (.consultation, .services): return 10...30
        }
    }

    public var legalBasis: String {
        switch self {
        case .comprehensive: return "财政部令第87号 第55条"
        case .consultation: return "财库〔2014〕214号"
        }
    }

    /// The tie-break order when the rubric gives none: the lower quoted price (第57条; the final
    /// quote under 竞争性磋商).
    public static let defaultTieBreak: [TieBreakKey] = [.lowerBidPrice]

    /// Where the rule "equal scores: lower price first" comes from for this method.
    public var tieRuleBasis: String {
        switch self {
        case .comprehensive: return "财政部令第87号 第57条"
        case .consultation: return "财库〔2014〕214号"
        }
    }
}

/// A group of criteria such as reliability or cost.
public struct CriterionGroup: Sendable {
    public var id: String
    public var title: LocalizedText
    public var criteria: [Criterion]

    public var maximum: Rational { criteria.reduce(Rational.zero) { $0 + $1.maximum } }
}

/// One scoring item (评分因素).
public struct Criterion: Sendable {
    public var id: String
    public var groupID: String
    public var title: LocalizedText
    public var maximum: Rational
    public var nature: CriterionNature
    public var scorer: any CriterionScorer
    /// The registry entry the scorer came from: its id, version and origin are pinned in results.
    public var scorerEntry: ScorerRegistry.Entry
    public var location: SourceLocation
    /// How to award the points (评分标准), for the experts who score it: shown on the score sheet
    /// beside the points range. It never changes a score.
    public var guidance: LocalizedText? = nil

    public var scorerID: String { scorerEntry.id }
    public var scorerVersion: String { scorerEntry.version }
}

/// Objective criteria are computed from facts; subjective ones are scored by the committee.
public enum CriterionNature: String, Sendable, CaseIterable {
    case objective, subjective
}

/// One key of the tie-break order, applied after equal totals.
public enum TieBreakKey: Sendable, Hashable, CustomStringConvertible {
    /// Lower quoted price first (投标报价; 最后报价 under 竞争性磋商): 财政部令第87号 第57条, the default.
    case lowerBidPrice
    /// Lower evaluation price (after policy deductions) first, for tender documents that say so.
    case lowerEvaluationPrice
    /// Higher subtotal in the named group first.
    case higherGroup(String)
    /// Higher points on the named criterion first.
    case higherCriterion(String)

    public var description: String {
        switch self {
        case .lowerBidPrice: return "bid-price"
        case .lowerEvaluationPrice: return "evaluation-price"
        case .higherGroup(let id): return "group:\(id)"
        case .higherCriterion(let id): return "criterion:\(id)"
        }
    }
}

/// How evaluators' scores on a subjective criterion are combined.
public struct CommitteePolicy: Sendable {
    public enum Combination: String, Sendable, CaseIterable {
        case mean
        /// Drop one highest and one lowest score, then take the mean (needs at least 3 scores).
        case trimmedMean = "trimmed-mean"
    }

    public var combination: Combination
    /// A spread (highest − lowest) above this share of the criterion's points is flagged 畸高畸低.
    public var spreadFlagShare: Rational
    /// The number of evaluators every subjective criterion must have, when the rubric says so.
    public var evaluators: Int?

    public init(combination: Combination = .mean, spreadFlagShare: Rational = Rational(3, 10), evaluators: Int? = nil) {
        self.combination = combination
        self.spreadFlagShare = spreadFlagShare
        self.evaluators = evaluators
    }

    /// Whether marks that lie `spread` apart (highest − lowest) on a criterion worth `maximum`
    /// points are flagged 畸高畸低: the one rule the committee scorer and the workspace's review share.
    ///
    /// ```swift
    /// CommitteePolicy().isFlagged(spread: 4, maximum: 10)   // true: more than 30% of 10
    /// ```
    public func isFlagged(spread: Rational, maximum: Rational) -> Bool {
        spread > maximum * spreadFlagShare
    }
}
