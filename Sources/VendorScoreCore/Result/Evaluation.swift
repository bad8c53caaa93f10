/// The outcome of scoring a set of bids against a rubric: every gate, every point, every flag,
/// and the ranking. It holds facts and numbers only; renderers turn it into tables or JSON.
public struct Evaluation: Sendable {
    public enum Outcome: Sendable, Equatable {
        case ranked
        /// Fewer bids passed the gates than the rubric's minimum: no scoring, no ranking.
        case tooFewQualified(qualified: Int, minimum: Int)
    }

    public var rubric: Rubric
    public var outcome: Outcome
    /// Qualified vendors in rank order, then disqualified vendors by id.
    public var vendors: [VendorResult]
    /// 评标基准价: the lowest evaluation price among qualified bids.
    public var benchmark: Rational?
    /// Warnings about the rubric and bids (price weight, unread facts).
    public var warnings: [Diagnostic]

    public var isRanked: Bool { outcome == .ranked }
    public var qualified: [VendorResult] { vendors.filter(\.qualified) }

    public func vendor(_ id: String) -> VendorResult? { vendors.first { $0.id == id } }
}

/// Everything decided about one vendor.
public struct VendorResult: Sendable {
    public var id: String
    public var name: String
    public var price: Rational
    public var evaluationPrice: Rational
    public var adjustments: [PriceAdjustment]
    public var gates: [GateResult]
    public var criteria: [CriterionResult]
    public var groups: [GroupSubtotal]
    /// The total of rounded criterion points, rounded by the rubric's rule; `nil` when not scored.
    public var total: Rational?
    /// 1-based; tied vendors share a rank. `nil` when not ranked.
    public var rank: Int?
    /// Ids of vendors that share this rank (并列).
    public var tiedWith: [String]
    /// How the position against the neighbour above was decided, e.g. "equal total; lower evaluation price".
    public var rankNote: String?
    public var flags: [Flag]

    public var qualified: Bool { gates.allSatisfy(\.passed) }
    public var failedGates: [GateResult] { gates.filter { !$0.passed } }
}

public struct GateResult: Sendable {
    public var gateID: String
    public var stage: Gate.Stage
    public var title: LocalizedText
    public var passed: Bool
    public var reason: String
}

public struct CriterionResult: Sendable {
    public var criterionID: String
    public var groupID: String
    public var title: LocalizedText
    public var nature: CriterionNature
    public var scorerID: String
    public var scorerVersion: String
    public var maximum: Rational
    /// Points exactly as the scorer computed them.
    public var rawPoints: Rational
    /// Points after the rubric's rounding.
    public var points: Rational
    public var reason: String
    /// The values the scorer used, sorted by name.
    public var inputs: [(name: String, value: FactValue)]
    public var flags: [Flag]
}

public struct GroupSubtotal: Sendable {
    public var groupID: String
    public var title: LocalizedText
    public var points: Rational
    public var maximum: Rational
}

/// A policy deduction applied to the evaluation price.
public struct PriceAdjustment: Sendable {
    public enum Kind: String, Sendable {
        case smallEnterprise = "small-enterprise"
        case consortium
        case domesticProduct = "domestic-product"
    }

    public var kind: Kind
    /// Deduction in percent.
    public var rate: Rational
    public var reason: String
}
