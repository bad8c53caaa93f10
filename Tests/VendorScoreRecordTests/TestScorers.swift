import VendorScoreCLI
import VendorScoreCore

/// Full points when a number fact reaches the target, as an outside scorer module would ship it.
struct TargetScorer: Scorer {
    static let id = "test.target"
    static let version = "2.0.1"
    static let summary = "Full points when the fact reaches the target."
    static let parameters = [
        ParameterSpec("fact", "fact name", summary: "The number fact to compare."),
        ParameterSpec("target", "number", summary: "The value for full points."),
    ]
    static let examples: [ScorerExample] = []

    let fact: String
    let target: Rational

    init(parameters: ScorerParameters) throws(ScorerError) {
        fact = try parameters.factName()
        target = try parameters.number("target")
    }

    var facts: [FactRequirement] { [FactRequirement(fact, .number)] }

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        try awards(context, fact: fact, target: target)
    }
}

/// A changed `test.target`: full points at half the target. `Release` says which version it
/// claims, raised or (against the rules) not.
struct HalfTargetScorer<Release: TargetRelease>: Scorer {
    static var id: String { TargetScorer.id }
    static var version: String { Release.version }
    static var summary: String { "Full points when the fact reaches half the target." }
    static var parameters: [ParameterSpec] { TargetScorer.parameters }
    static var examples: [ScorerExample] { [] }

    let base: TargetScorer

    init(parameters: ScorerParameters) throws(ScorerError) {
        base = try TargetScorer(parameters: parameters)
    }

    var facts: [FactRequirement] { base.facts }

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        try awards(context, fact: base.fact, target: base.target / 2)
    }
}

protocol TargetRelease: Sendable {
    static var version: String { get }
}

/// The change released properly, with a raised version.
enum Bumped: TargetRelease {
    static let version = "2.1.0"
}

/// The change released under the old version, which the version rule forbids.
enum Unbumped: TargetRelease {
    static let version = TargetScorer.version
}

private func awards(_ context: ScoringContext, fact: String, target: Rational) throws(ScorerError) -> [Award] {
    var awards: [Award] = []
    for bid in context.bids {
        let value = try bid.number(fact)
        awards.append(Award(value >= target ? context.maximum : .zero, reason: "\(fact) \(value.decimalString()) against \(target.decimalString())",
                            inputs: [fact: .number(value)]))
    }
    return awards
}

let targetModules = builtinModules + [ScorerModule("TargetScorers", [TargetScorer.self])]
let bumpedModules = builtinModules + [ScorerModule("TargetScorers", [HalfTargetScorer<Bumped>.self])]
let silentlyChangedModules = builtinModules + [ScorerModule("TargetScorers", [HalfTargetScorer<Unbumped>.self])]

/// A rubric using `test.target`, the committee and the price score; with ``auditBids`` the price
/// score gives fractions that rounding cuts.
let auditRubric = """
    format: vendorscore/rubric@1
    id: audit-2026
    version: "1.0"
    title: { zh: 审计测试评分办法, en: Audit test rubric }
    category: services
    method: comprehensive
    total_points: 100
    minimum_qualified: 3
    groups:
      - id: technical
        title: { zh: 技术, en: Technical }
        criteria:
          - id: zones
            title: { zh: 可用区, en: Availability zones }
            points: 30
            type: objective
            scorer: test.target
            params: { fact: zones, target: 3 }
          - id: design
            title: { zh: 总体设计, en: Overall design }
            points: 40
            type: subjective
      - id: commercial
        title: { zh: 商务, en: Commercial }
        criteria:
          - id: price
            title: { zh: 价格分, en: Price score }
            points: 30
            type: objective
            scorer: cost.price-87

    """

let auditBids = """
    format: vendorscore/bids@1
    tender: audit-2026
    bids:
      - id: alpha
        name: 甲云
        price: 9_000_000
        facts: { zones: 3 }
        scores: { design: { E1: 30, E2: 32, E3: 31 } }
      - id: beta
        name: 乙云
        price: 8_700_000
        facts: { zones: 2 }
        scores: { design: { E1: 36, E2: 35, E3: 37 } }
      - id: gamma
        name: 丙云
        price: 9_900_000
        facts: { zones: 2 }
        scores: { design: { E1: 38, E2: 38, E3: 39 } }
      - id: delta
        name: 丁云
        price: 9_300_000
        facts: { zones: 1 }
        scores: { design: { E1: 30, E2: 30, E3: 30 } }

    """
