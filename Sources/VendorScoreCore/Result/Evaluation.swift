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
    /// 评标基准价: the lowest evaluation price among qualified bids; `nil` when nothing was scored
    /// or when price is scored by a rule other than 第55条's (its reasons give its own benchmark).
    public var benchmark: Rational?
    /// Warnings about the rubric and bids (price weight, unread facts).
    public var warnings: [Diagnostic]
    /// The tender file the evaluation applied: project, committee, opening record and decisions.
    public var tender: Tender?
    /// The recommended candidates (推荐中标候选人) in rank order: every vendor ranked within the
    /// tender file's `recommend` places (3 by default), ties on the last place included.
    public var recommended: [String]

    public init(rubric: Rubric, outcome: Outcome, vendors: [VendorResult], benchmark: Rational?, warnings: [Diagnostic],
                tender: Tender? = nil, recommended: [String] = []) {
        self.rubric = rubric
        self.outcome = outcome
        self.vendors = vendors
        self.benchmark = benchmark
        self.warnings = warnings
        self.tender = tender
        self.recommended = recommended
    }

    public var isRanked: Bool { outcome == .ranked }
    public var qualified: [VendorResult] { vendors.filter(\.qualified) }

    public func vendor(_ id: String) -> VendorResult? { vendors.first { $0.id == id } }
}

/// For which vendors an evaluation keeps each criterion's reason and inputs. Points, subtotals,
/// totals, flags and ranks are kept for every vendor whatever the detail.
///
/// A ranking table of ten thousand bids needs no reasons; an explanation of one vendor needs
/// only that vendor's. Keeping less lets large tenders evaluate in little memory.
public enum EvaluationDetail: Sendable, Hashable {
    case full
    case pointsOnly
    case vendors(Set<String>)

    func includes(_ vendor: String) -> Bool {
        switch self {
        case .full: return true
        case .pointsOnly: return false
        case .vendors(let ids): return ids.contains(vendor)
        }
    }
}

/// Everything decided about one vendor.
public struct VendorResult: Sendable {
    public var id: String
    public var name: String
    public var price: Rational
    public var evaluationPrice: Rational
    public var adjustments: [PriceAdjustment]
    public var gates: [GateResult]
    /// Every criterion's points, reason and inputs, in rubric order; empty for vendors the
    /// evaluation was not asked to detail (see ``EvaluationDetail``) and for unscored vendors.
    public var criteria: [CriterionResult]
    /// Every criterion's rounded points, in rubric order; empty when not scored.
    public var criterionPoints: [Rational]
    public var groups: [GroupSubtotal]
    /// The total of rounded criterion points, rounded by the rubric's rule; `nil` when not scored.
    public var total: Rational?
    /// 1-based; tied vendors share a rank. `nil` when not ranked.
    public var rank: Int?
    /// Ids of vendors that share this rank (并列).
    public var tiedWith: [String] { tie?.peers(of: id) ?? [] }
    /// Whether other vendors share this rank (并列), without listing them.
    public var isTied: Bool { (tie?.ids.count ?? 0) > 1 }
    /// The vendors sharing this rank, one list for all of them: a tie of thousands of identical
    /// bids costs one list, not one per vendor.
    var tie: TieGroup?
    /// How the position against the neighbour above was decided (equal total, placed below on
    /// the evaluation price), or the tie (并列) it shares.
    public var rankNote: Phrase?
    public var flags: [Flag]

    public var qualified: Bool { gates.allSatisfy(\.passed) }
    public var failedGates: [GateResult] { gates.filter { !$0.passed } }
}

/// The ids of vendors that share one rank, in rank order.
final class TieGroup: Sendable {
    let ids: [String]

    init(_ ids: [String]) {
        self.ids = ids
    }

    func peers(of id: String) -> [String] { ids.filter { $0 != id } }
}

public struct GateResult: Sendable {
    public var gateID: String
    public var stage: Gate.Stage
    public var title: LocalizedText
    public var passed: Bool
    /// Why the bid passed or failed, as a message and its values.
    public var reason: Phrase {
        get {
            switch why {
            case .stated(let phrase): return phrase
            case .checked(let check): return GateEvaluator.reason(check)
            }
        }
        set { why = .stated(newValue) }
    }

    /// A gate's check keeps what it compared and is worded when read: every bid of a large
    /// tender passes through every gate, and most outputs quote few of the reasons.
    enum Why: Sendable {
        case stated(Phrase)
        case checked(GateEvaluator.Check)
    }
    private var why: Why

    init(gateID: String, stage: Gate.Stage, title: LocalizedText, passed: Bool, reason: Phrase) {
        (self.gateID, self.stage, self.title, self.passed) = (gateID, stage, title, passed)
        why = .stated(reason)
    }

    init(_ gate: Gate, check: GateEvaluator.Check) {
        (gateID, stage, title, passed) = (gate.id, gate.stage, gate.title, check.passed)
        why = .checked(check)
    }
}

/// One vendor's points on one criterion.
///
/// An evaluation holds one of these for every qualified bid and criterion (400,000 for 10,000
/// bids on 40 criteria), so it stores only what differs per bid and shares the criterion's
/// description.
public struct CriterionResult: Sendable {
    /// What is the same for every bid: id, group, title, scorer, maximum.
    public let criterion: CriterionInfo
    /// Points exactly as the scorer computed them: the award's, not stored twice.
    public var rawPoints: Rational { award.points }
    /// Points after the rubric's rounding.
    public var points: Rational
    /// The scorer's award: reason, inputs and flags.
    public let award: Award

    public var criterionID: String { criterion.id }
    public var groupID: String { criterion.groupID }
    public var title: LocalizedText { criterion.title }
    public var nature: CriterionNature { criterion.nature }
    public var scorerID: String { criterion.scorerID }
    public var scorerVersion: String { criterion.scorerVersion }
    public var maximum: Rational { criterion.maximum }
    public var reason: Phrase { award.reason }
    public var flags: [Flag] { award.flags }

    /// The values the scorer used, sorted by name.
    public var inputs: [(name: String, value: FactValue)] {
        Self.sorted(award.inputs)
    }

    /// The reason and the inputs sorted by name, worked out once for a reader that needs both.
    public var explanation: (reason: Phrase, inputs: [(name: String, value: FactValue)]) {
        let (reason, inputs) = award.explanation
        return (reason, Self.sorted(inputs))
    }

    private static func sorted(_ inputs: [String: FactValue]) -> [(name: String, value: FactValue)] {
        // Sorted where they are made, one list rather than a sorted copy mapped into another.
        var list = inputs.map { (name: $0.key, value: $0.value) }
        if list.count > 1 { list.sort { $0.name < $1.name } }
        return list
    }
}

/// The description of a criterion that every bid's ``CriterionResult`` shares.
public final class CriterionInfo: Sendable {
    public let id: String
    public let groupID: String
    public let title: LocalizedText
    public let nature: CriterionNature
    public let scorerID: String
    public let scorerVersion: String
    public let maximum: Rational

    public init(_ criterion: Criterion) {
        id = criterion.id
        groupID = criterion.groupID
        title = criterion.title
        nature = criterion.nature
        scorerID = criterion.scorerID
        scorerVersion = criterion.scorerVersion
        maximum = criterion.maximum
    }
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
    public var reason: Phrase
}
