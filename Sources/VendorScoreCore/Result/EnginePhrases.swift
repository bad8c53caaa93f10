/// The phrases the engine itself says about a result (gates, price deductions, abnormally low
/// prices, ranking, the committee's marks and decisions), each a message id and its values, in
/// one place. Renderers word them from their catalogue.
enum EnginePhrases {
    static let article87 = "财政部令第87号"
    static let abnormalBasis = "财库〔2026〕2号"
    static let smallEnterpriseBasis = "财库〔2020〕46号"
    static let domesticBasis = "国办发〔2025〕34号"

    // MARK: Gates

    static func condition(_ condition: Gate.Condition) -> Phrase {
        switch condition {
        case .isTrue: return Phrase("condition.is-true", [:])
        case .atLeast(let value): return Phrase("condition.at-least", ["value": .value(value)])
        case .atMost(let value): return Phrase("condition.at-most", ["value": .value(value)])
        case .equals(let value): return Phrase("condition.equals", ["value": .value(value)])
        case .oneOf(let values): return Phrase("condition.one-of", ["items": .writtenList(values)])
        case .includes(let values): return Phrase("condition.includes", ["items": .writtenList(values)])
        case .priceWithinCeiling(let ceiling): return Phrase("condition.price-within-ceiling", ["ceiling": .amount(ceiling)])
        }
    }

    static func gatePassed(_ fact: String, _ condition: Gate.Condition, found: FactValue) -> Phrase {
        Phrase("gate.passed", ["fact": .fact(fact), "found": .value(found), "condition": .phrase(self.condition(condition))])
    }
    static func gateFailed(_ fact: String, _ condition: Gate.Condition, found: FactValue) -> Phrase {
        Phrase("gate.failed", ["fact": .fact(fact), "found": .value(found), "condition": .phrase(self.condition(condition))])
    }
    static func gateMissingFact(_ fact: String) -> Phrase { Phrase("gate.missing-fact", ["fact": .fact(fact)]) }
    static func gateWrongKind(_ fact: String, found: FactValue) -> Phrase {
        Phrase("gate.wrong-kind", ["fact": .fact(fact), "found": .value(found)])
    }
    static func priceWithinCeiling(price: Rational, ceiling: Rational) -> Phrase {
        Phrase("gate.price-within-ceiling", ["price": .amount(price), "ceiling": .amount(ceiling)])
    }
    static func priceAboveCeiling(price: Rational, ceiling: Rational) -> Phrase {
        Phrase("gate.price-above-ceiling", ["price": .amount(price), "ceiling": .amount(ceiling)])
    }

    // MARK: Abnormally low prices

    static func abnormalMean(price: Rational, share: Rational, mean: Rational) -> Phrase {
        Phrase("abnormal.below-mean", ["price": .amount(price), "share": .percent(share), "mean": .amount(mean),
                                       "basis": .citation(abnormalBasis)])
    }
    static func abnormalSecond(price: Rational, share: Rational, second: Rational) -> Phrase {
        Phrase("abnormal.below-second", ["price": .amount(price), "share": .percent(share), "second": .amount(second),
                                         "basis": .citation(abnormalBasis)])
    }
    static func abnormalCeiling(price: Rational, share: Rational, ceiling: Rational, isBudget: Bool) -> Phrase {
        Phrase(isBudget ? "abnormal.below-budget" : "abnormal.below-ceiling",
               ["price": .amount(price), "share": .percent(share), "ceiling": .amount(ceiling), "basis": .citation(abnormalBasis)])
    }

    // MARK: Price deductions

    static func smallEnterprise(_ size: EnterpriseSize, rate: Rational) -> Phrase {
        Phrase("deduction.small-enterprise", ["size": .phrase(Phrase("enterprise.\(size.rawValue)", [:])), "rate": .percent(rate),
                                              "basis": .citation(smallEnterpriseBasis)])
    }
    static func consortium(share: Rational, minimum: Rational, rate: Rational) -> Phrase {
        Phrase("deduction.consortium", ["share": .percent(share), "minimum": .percent(minimum), "rate": .percent(rate),
                                        "basis": .citation(smallEnterpriseBasis)])
    }
    static func domesticProduct(share: Rational, minimum: Rational, rate: Rational) -> Phrase {
        Phrase("deduction.domestic-product", ["share": .percent(share), "minimum": .percent(minimum), "rate": .percent(rate),
                                              "basis": .citation(domesticBasis)])
    }

    // MARK: Ranking

    /// A tie-break key as a reader knows it: by the group's or criterion's title, from `titles`
    /// keyed by the key's written form (`group:ID`).
    static func tieBreak(_ key: TieBreakKey, titles: [String: LocalizedText]) -> Phrase {
        switch key {
        case .lowerBidPrice: return Phrase("tie-break.bid-price", [:])
        case .lowerEvaluationPrice: return Phrase("tie-break.evaluation-price", [:])
        case .higherGroup(let id):
            return Phrase("tie-break.group", ["title": .title(titles[key.description] ?? LocalizedText(zh: id, en: id))])
        case .higherCriterion(let id):
            return Phrase("tie-break.criterion", ["title": .title(titles[key.description] ?? LocalizedText(zh: id, en: id))])
        }
    }
    static func placedBelow(_ name: String, on key: Phrase) -> Phrase {
        Phrase("rank.placed-below", ["vendor": .written(name), "key": .phrase(key)])
    }
    /// How many peers a tie note names before it only counts the rest.
    static let tiedPeersNamed = 5
    static func tied(with named: [String], of count: Int, equalOn keys: [Phrase]) -> Phrase {
        let values: PhraseValues = ["peers": .writtenList(Array(named.prefix(tiedPeersNamed))),
                                             "count": .number(Rational(count)), "keys": .phrases(keys)]
        let more = count > tiedPeersNamed
        switch (more, keys.isEmpty) {
        case (false, true): return Phrase("rank.tied", values)
        case (false, false): return Phrase("rank.tied-on", values)
        case (true, true): return Phrase("rank.tied-many", values)
        case (true, false): return Phrase("rank.tied-many-on", values)
        }
    }

    // MARK: The committee

    static func committeeMean(count: Int, mean: Rational, trimmed: Bool) -> Phrase {
        Phrase(trimmed ? "committee.trimmed-mean" : "committee.mean",
               ["count": .quantity(Rational(count), .evaluators), "mean": .number(mean)])
    }
    static func evaluatorSpread(spread: Rational, maximum: Rational, share: Rational) -> Phrase {
        Phrase("flag.evaluator-spread", ["spread": .number(spread), "maximum": .quantity(maximum, .points),
                                         "share": .percent(share * 100), "basis": .citation(article87 + " 第64条")])
    }
    /// Who decided, as the tender file names them: the committee, the purchaser or a member's id.
    static func decider(_ id: String) -> PhraseValue {
        switch id {
        case "committee": return .phrase(Phrase("decider.committee", [:]))
        case "purchaser": return .phrase(Phrase("decider.purchaser", [:]))
        default: return .phrase(Phrase("decider.member", ["member": .id(id)]))
        }
    }
    static func invalidByDecision(_ reason: String, decidedBy: String, date: String) -> Phrase {
        Phrase("review.invalid", ["reason": .written(reason), "by": decider(decidedBy), "date": .written(date)])
    }
    static func abnormalRejected(_ reason: String, decidedBy: String, date: String) -> Phrase {
        Phrase("review.abnormal-rejected", ["reason": .written(reason), "by": decider(decidedBy), "date": .written(date),
                                            "basis": .citation(article87 + " 第60条")])
    }
}

extension Gate.Condition {
    /// The condition as reasons quote it (`≥ 99.9%`, `one of 本省, 山东省`), to word in any language.
    ///
    /// ```swift
    /// PhraseText(.zh).render(gate.condition.phrase)   // "不低于 99.9%"
    /// ```
    public var phrase: Phrase { EnginePhrases.condition(self) }
}
