import VendorScoreCore
import VendorScoreOutput

/// Everything a section needs to write its part of the report: the evaluation, the labels in the
/// report's language, the group fills, and the number formats.
struct ReportContext {
    let evaluation: Evaluation
    let inputs: ReportInputs
    let options: ReportOptions
    let labels: ReportLabels
    let palette: GroupPalette

    init(evaluation: Evaluation, inputs: ReportInputs, options: ReportOptions) {
        self.evaluation = evaluation
        self.inputs = inputs
        self.options = options
        labels = ReportLabels(options.language, method: evaluation.rubric.method)
        palette = GroupPalette(groupCount: evaluation.rubric.groups.count)
    }

    var rubric: Rubric { evaluation.rubric }
    var language: Language { options.language }

    /// Qualified vendors in rank order, when there is a ranking.
    var ranked: [VendorResult] { evaluation.isRanked ? evaluation.qualified : [] }

    /// The rubric's text in the report's language, falling back to the other.
    func text(_ text: LocalizedText) -> String { text.text(preferring: language) }

    /// A reason, flag or note in the report's language.
    func words(_ phrase: Phrase) -> String { PhraseText(language).render(phrase) }

    /// Points with the rubric's decimals: `27.08`.
    func points(_ value: Rational) -> String { ReportText.points(value, rubric) }

    /// A maximum or other number the rubric states, as written there: `23`, `100`, `2.5`.
    func stated(_ value: Rational) -> String { value.decimalString() }

    /// Money with grouped thousands: `9,680,000`.
    func amount(_ value: Rational) -> String { ReportText.amount(value) }

    /// A percentage held as a number of percent, to one decimal where needed: `30%`, `87.5%`.
    func percent(_ value: Rational) -> String {
        let rounded = value.rounded(RoundingRule(mode: .halfUp, decimals: 1))
        return (rounded.isInteger ? rounded.fixed(0) : rounded.fixed(1)) + "%"
    }

    /// A share of a maximum, always to one decimal so a column of shares lines up: `59.0%`.
    func sharePercent(_ part: Rational, of whole: Rational) -> String {
        share(part, of: whole).fixed(1) + "%"
    }

    /// `part` as a percentage of `whole`, or zero when the whole is zero.
    func share(_ part: Rational, of whole: Rational) -> Rational {
        (part * 100).divided(by: whole) ?? .zero
    }

    /// `1`, `=2` for a shared rank, or `—` when not ranked.
    func rank(_ vendor: VendorResult) -> String {
        vendor.rank == nil ? "—" : ReportText.rank(vendor)
    }

    /// The first criterion that scores price, with its position among all criteria.
    var priceCriterion: (index: Int, criterion: Criterion)? {
        rubric.criteria.enumerated().first { $0.element.scorerEntry.scoresPrice }.map { ($0.offset, $0.element) }
    }

    /// Whether the price criterion uses the 财政部令第87号 formula, benchmark ÷ evaluation price ×
    /// points, which the method section and the price chart's curve spell out.
    var priceScoreIsOrder87: Bool { priceCriterion?.criterion.scorerEntry.isArticle55PriceRule ?? false }

    /// Points on the price criteria out of the total, in percent.
    var priceWeight: (points: Rational, share: Rational) {
        let points = rubric.criteria.filter(\.scorerEntry.scoresPrice).reduce(Rational.zero) { $0 + $1.maximum }
        return (points, share(points, of: rubric.totalPoints))
    }

    /// The group subtotal of a scored vendor, matched by group id.
    func subtotal(_ vendor: VendorResult, _ group: CriterionGroup) -> GroupSubtotal? {
        vendor.groups.first { $0.groupID == group.id }
    }
}
