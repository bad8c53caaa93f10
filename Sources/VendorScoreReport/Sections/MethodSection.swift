import VendorScoreCore

/// How the result was reached, generated from the rubric: method, points and price weight, the
/// price formula with this tender's numbers, the deductions and which bids got them, the
/// abnormally-low triggers, how the committee's marks combine, the rounding rule and the tie order.
struct MethodSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let rubric = context.rubric
        let price = rubric.price
        var fields = [
            Field(label: labels.method, value: "\(labels.methodWithBasis(rubric.method)); \(labels.category(rubric.category))"),
            Field(label: labels.totalPoints, value: context.stated(rubric.totalPoints)),
            Field(label: labels.minimumQualified, value: "\(rubric.minimumQualified)"),
        ]
        fields.append(Field(label: labels.priceFormulaLabel, value: priceFormula()))
        var deductions: [String] = []
        if let small = price.smallEnterprise {
            deductions.append(labels.smallEnterprisePolicy(rate: context.percent(small.rate),
                                                           consortium: small.consortiumRate.map(context.percent),
                                                           share: context.percent(small.minimumShare)))
        }
        if let domestic = price.domesticProduct {
            deductions.append(labels.domesticPolicy(rate: context.percent(domestic.rate), share: context.percent(domestic.minimumShare)))
        }
        fields.append(Field(label: labels.deductionsLabel, value: deductions.isEmpty ? labels.none : deductions.joined(separator: "; ")))
        let applied = context.evaluation.vendors.filter { !$0.adjustments.isEmpty }.map { vendor in
            labels.deductionApplied(vendor: "\(vendor.name) (\(vendor.id))",
                                    deductions: vendor.adjustments.map { labels.deductionShort($0) }.joined(separator: ", "),
                                    price: context.amount(vendor.price), evaluationPrice: context.amount(vendor.evaluationPrice))
        }
        fields.append(Field(label: labels.deductionsAppliedLabel, value: applied.isEmpty ? labels.none : applied.joined(separator: "; ")))
        let low = price.abnormallyLow
        fields.append(Field(label: labels.abnormallyLowLabel, value: low.enabled
            ? labels.abnormallyLowPolicy(mean: context.percent(low.meanShare), second: context.percent(low.secondLowestShare),
                                         ceiling: context.percent(low.ceilingShare), againstBudget: price.ceiling == nil)
            : labels.notChecked))
        if price.ceiling != nil || price.budget != nil {
            fields.append(Field(label: labels.ceilingLabel, value: [
                price.ceiling.map { "\(labels.ceiling) \(context.amount($0))" },
                price.budget.map { "\(labels.budget) \(context.amount($0))" },
            ].compactMap { $0 }.joined(separator: "; ")))
        }
        if rubric.criteria.contains(where: { $0.nature == .subjective }) {
            let committee = rubric.committee
            fields.append(Field(label: labels.committeeLabel, value: labels.committeePolicy(
                combination: labels.combination(committee.combination), spread: context.percent(committee.spreadFlagShare * 100),
                evaluators: committee.evaluators)))
        }
        fields.append(Field(label: labels.roundingLabel, value: labels.rounding(
            mode: labels.roundingMode(rubric.rounding.mode), decimals: rubric.rounding.decimals, eachCriterion: rubric.roundsCriteria)))
        fields.append(Field(label: labels.tieOrderLabel, value: labels.tieOrder(rubric.tieBreak.map(tieBreak))))
        return ReportSection(id: "method", title: labels.methodTitle, blocks: [.fields(fields)])
    }

    /// The price formula, with the benchmark and the first-ranked bid's numbers worked through.
    func priceFormula() -> String {
        let labels = context.labels
        guard let (index, criterion) = context.priceCriterion else { return labels.noPriceCriterion }
        let maximum = context.stated(criterion.maximum)
        guard context.priceScoreIsOrder87 else {
            return labels.otherPriceScorer(criterion: context.text(criterion.title), scorer: criterion.scorerID, points: maximum)
        }
        var text = labels.priceFormula(points: maximum)
        if let benchmark = context.evaluation.benchmark {
            text += " " + labels.benchmarkSentence(context.amount(benchmark))
            if let first = context.ranked.first, first.criterionPoints.indices.contains(index) {
                text += " " + labels.priceExample(vendor: first.name, benchmark: context.amount(benchmark),
                                                  evaluationPrice: context.amount(first.evaluationPrice), points: maximum,
                                                  result: context.points(first.criterionPoints[index]))
            }
        }
        return text
    }

    private func tieBreak(_ key: TieBreakKey) -> String {
        let labels = context.labels
        switch key {
        case .lowerBidPrice:
            return labels.tieBreakBidPrice(context.rubric.method)
        case .lowerEvaluationPrice:
            return labels.tieBreakEvaluationPrice
        case .higherGroup(let id):
            return labels.tieBreakGroup(context.rubric.groups.first { $0.id == id }.map { context.text($0.title) } ?? id)
        case .higherCriterion(let id):
            return labels.tieBreakCriterion(context.rubric.criteria.first { $0.id == id }.map { context.text($0.title) } ?? id)
        }
    }
}
