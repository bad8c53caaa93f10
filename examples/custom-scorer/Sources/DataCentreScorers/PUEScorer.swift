import VendorScoreCore

/// Scores the power usage effectiveness (PUE) of the data centres a bid serves the tender from,
/// by the worst of them: a tender is only as green as its least efficient site.
///
/// GB 40879-2021 (数据中心能效限定值及能效等级) sets 1.5 as the limit a data centre may not
/// exceed and 1.2 as grade 1. The scorer gives full points at or below `target`, none at or
/// above `limit`, and a straight line between; a bid above the limit also gets a flag for the
/// committee, because the standard forbids such a site, which a score of 0 alone would hide.
///
/// ```yaml
/// - id: pue
///   title: { zh: 数据中心能效（PUE）, en: Data-centre PUE }
///   points: 6
///   type: objective
///   scorer: datacentre.pue
///   params: { target: 1.2, limit: 1.5 }
/// ```
///
/// A bid states one PUE, or one per data centre (`data_centre_pue: [1.25, 1.31]`, or
/// `1.25 | 1.31` in CSV).
public struct PUEScorer: BidScorer {
    public static let id = "datacentre.pue"
    /// Raise it whenever the same inputs could give different points: results pin it.
    public static let version = "1.0.0"
    public static let summary = "Data-centre PUE (GB 40879-2021), worst site: linear from the limit (0 points) to the target (full); above the limit is flagged."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The fact holding the PUE of each data centre; data_centre_pue by default."),
        ParameterSpec("target", "number", summary: "The PUE earning full points, such as 1.2 (GB 40879-2021 grade 1)."),
        ParameterSpec("limit", "number", summary: "The PUE earning no points and flagged above, such as 1.5 (the standard's limit)."),
    ]
    public static let examples = [
        ScorerExample(
            "Worst site halfway; best-in-class; above the limit",
            parameters: "target: 1.2\nlimit: 1.5",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["data_centre_pue": "1.25 | 1.35"]),
                ExampleBid("b", facts: ["data_centre_pue": "1.18"]),
                ExampleBid("c", facts: ["data_centre_pue": "1.3 | 1.62"]),
            ],
            expected: ["3.00", "6.00", "0.00"]
        ),
        ScorerExample(
            "Own fact name and scale",
            parameters: "fact: pue\ntarget: 1.3\nlimit: 1.6",
            maximum: 4,
            bids: [ExampleBid("a", facts: ["pue": "1.45"]), ExampleBid("b", facts: ["pue": "1.6"])],
            expected: ["2.00", "0.00"]
        ),
    ]

    let fact: String
    let target: Rational
    let limit: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "data_centre_pue"
        target = try parameters.number("target")
        limit = try parameters.number("limit")
        guard target >= 1 else { throw parameters.error("a PUE is at least 1, found target \(target.decimalString())", at: "target") }
        guard target < limit else {
            throw parameters.error("expected a target below the limit \(limit.decimalString()), found \(target.decimalString())", at: "target")
        }
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .number, .list)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let sites = try pues(of: bid)
        let worst = sites.max()!
        let points = Scales.linear(worst, floor: limit, target: target, maximum: maximum)
        let (worstText, targetText, limitText) = (worst.decimalString(), target.decimalString(), limit.decimalString())
        let listed = sites.map { $0.decimalString() }
        // The reason in both languages; a scorer may also give one string, shown in both.
        let rule = worst <= target ? (zh: "不高于目标值 \(targetText)", en: "at or below the target \(targetText)")
            : worst >= limit ? (zh: "不低于限值 \(limitText)", en: "at or above the limit \(limitText)")
            : (zh: "在限值 \(limitText) 与目标值 \(targetText) 之间按线性计分", en: "linear between \(limitText) (limit) and \(targetText) (target)")
        let flags = worst > limit
            ? [Flag(.scorer, Phrase(zh: "PUE \(worstText) 超过 GB 40879-2021 限值 \(limitText)",
                                    en: "PUE \(worstText) exceeds the GB 40879-2021 limit \(limitText)"))]
            : []
        return Award(points, reason: Phrase(zh: "最差 PUE \(worstText)（\(listed.joined(separator: "、"))）；\(rule.zh)",
                                            en: "worst PUE \(worstText) of \(listed.joined(separator: ", ")); \(rule.en)"),
                     inputs: [fact: bid.optionalValue(fact)!, "worst_pue": .number(worst)], flags: flags)
    }

    /// Every site's PUE, each a number of at least 1.
    private func pues(of bid: BidFacts) throws(ScorerError) -> [Rational] {
        let texts: [String]
        switch try bid.value(fact) {
        case .number(let value): texts = [value.decimalString()]
        case .list(let items) where !items.isEmpty: texts = items
        case let other:
            throw ScorerError("vendor '\(bid.id)': \(fact) should be a PUE or a list of them, found \(other)", at: bid.location(of: fact))
        }
        var values: [Rational] = []
        for text in texts {
            guard let value = Rational(decimal: text), value >= 1 else {
                throw ScorerError("vendor '\(bid.id)': \(fact) should hold PUE values of at least 1, found '\(text)'", at: bid.location(of: fact))
            }
            values.append(value)
        }
        return values
    }
}
