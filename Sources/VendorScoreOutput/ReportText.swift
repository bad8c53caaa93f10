import VendorScoreCore

/// Number formats and phrases shared by the text renderers, so a table, a Markdown report and an
/// explanation word the same thing the same way.
///
/// ```swift
/// ReportText.amount(Rational(9_860_000))     // "9,860,000"
/// ReportText.points(Rational(2708, 100), rubric)   // "27.08" with two decimals
/// ```
public enum ReportText {
    /// Points with the rubric's number of decimals: `27.08`.
    public static func points(_ value: Rational, _ rubric: Rubric) -> String {
        value.fixed(rubric.rounding.decimals)
    }

    /// An amount of money with thousands grouped: `9,860,000` or `8,874,000.5`.
    public static func amount(_ value: Rational) -> String {
        amount(value.decimalString())
    }

    /// ``amount(_:)`` for a decimal already written as text, such as a document's price.
    public static func amount(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let integerPart = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(integerPart.count)
        var grouped = ""
        for (offset, digit) in integerPart.enumerated() {
            if offset > 0 && (integerPart.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + rest
    }

    /// `1`, or `=2` for a rank shared with other vendors (并列), or `-` when not ranked.
    public static func rank(_ vendor: VendorResult) -> String {
        guard let rank = vendor.rank else { return "-" }
        return vendor.isTied ? "=\(rank)" : "\(rank)"
    }

    /// "1 bid", "3 bids".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    static func noRanking(qualified: Int, minimum: Int) -> String {
        let passed = qualified == 1 ? "only 1 bid passed" : "only \(qualified) bids passed"
        return "No ranking: \(passed) the gates; the rubric requires \(minimum) (财政部令第87号)"
    }

    /// The rubric's heading: `Title (id v1.0)`, or `标题（id v1.0）` in Chinese.
    static func heading(_ rubric: Rubric, _ language: Language) -> String {
        rubric.title.text(preferring: language) + TextLabels(language).parenthesised("\(rubric.id) v\(rubric.version)")
    }

    /// One line on how the ranking and rounding work, in `language`.
    static func method(_ rubric: Rubric, _ language: Language) -> String {
        guard language == .zh else { return method(rubric) }
        let keys = rubric.tieBreak.map { key -> String in
            switch key {
            case .lowerBidPrice:
                return (rubric.method == .consultation ? "最后报价" : "投标报价") + "低者优先（\(rubric.method.tieRuleBasis)）"
            case .lowerEvaluationPrice: return "评标价格低者优先"
            case .higherGroup(let id):
                return "“\(rubric.groups.first { $0.id == id }?.title.text(preferring: .zh) ?? id)”组得分高者优先"
            case .higherCriterion(let id):
                return "“\(rubric.criteria.first { $0.id == id }?.title.text(preferring: .zh) ?? id)”得分高者优先"
            }
        }
        let mode: String
        switch rubric.rounding.mode {
        case .halfUp: mode = "四舍五入"
        case .halfEven: mode = "四舍六入五成双"
        case .down: mode = "舍去"
        case .up: mode = "进一"
        }
        let scope = rubric.roundsCriteria ? "每个评分因素及总分" : "仅总分"
        return "按总分由高到低排名" + keys.map { "，得分相同的" + $0 }.joined() + "。\(mode)保留\(rubric.rounding.decimals)位小数（\(scope)）。"
    }

    /// One line on how the ranking and rounding work.
    static func method(_ rubric: Rubric) -> String {
        let tieBreak = rubric.tieBreak.isEmpty ? "" : ", then " + rubric.tieBreak.map { tieBreakText($0, rubric.method) }.joined(separator: ", then ")
        let scope = rubric.roundsCriteria ? "each criterion and the total" : "the total only"
        return "Ranked by total\(tieBreak). Rounding: \(rubric.rounding.mode.rawValue) to \(count(rubric.rounding.decimals, "decimal")), \(scope)."
    }

    static func tieBreakText(_ key: TieBreakKey, _ method: ProcurementMethod) -> String {
        switch key {
        case .lowerBidPrice: return "lower quoted price (\(method.tieRuleBasis))"
        case .lowerEvaluationPrice: return "lower evaluation price"
        case .higherGroup(let id): return "higher '\(id)' subtotal"
        case .higherCriterion(let id): return "higher '\(id)' points"
        }
    }

    static func flag(_ flag: Flag, _ rubric: Rubric, _ language: Language) -> String {
        let title = flag.criterion.map { id in rubric.criteria.first { $0.id == id }?.title.text(preferring: language) ?? id }
        return self.flag(kind: flag.kind.rawValue, criterion: title, message: PhraseText(language).render(flag.message), language)
    }

    /// `kind [criterion]: message`, or `kind: message` for a flag on no one criterion, with the
    /// kind in words and the criterion by its title.
    static func flag(kind: String, criterion: String?, message: String, _ language: Language) -> String {
        let kind = TextLabels(language).flagKind(kind)
        return (criterion.map { language == .zh ? "\(kind)【\($0)】" : "\(kind) [\($0)]" } ?? kind) + (language == .zh ? "：" : ": ") + message
    }

    static func adjustment(_ adjustment: PriceAdjustment, _ language: Language) -> String {
        Self.adjustment(kind: adjustment.kind.rawValue, rate: adjustment.rate.decimalString(),
                   reason: PhraseText(language).render(adjustment.reason), language)
    }

    /// `small-enterprise deduction -10%: small enterprise: 10% deduction (…)`.
    static func adjustment(kind: String, rate: String, reason: String, _ language: Language) -> String {
        "\(TextLabels(language).adjustmentKind(kind)) -\(rate)%" + (language == .zh ? "：" : ": ") + reason
    }

    /// `title (stage): reason`: the gate by its title, never its id.
    static func gate(_ gate: GateResult, _ language: Language) -> String {
        let stage = TextLabels(language).stage(gate.stage.rawValue)
        let reason = PhraseText(language).render(gate.reason)
        return language == .zh ? "\(gate.title.text(preferring: language))（\(stage)）：\(reason)"
            : "\(gate.title.text(preferring: language)) (\(stage)): \(reason)"
    }

    /// A note's lead: `huayun (华云数据): `, or in Chinese `huayun（华云数据）：`.
    static func vendorNote(_ vendor: VendorResult, _ language: Language) -> String {
        language == .zh ? "\(vendor.id)（\(vendor.name)）：" : "\(vendor.id) (\(vendor.name)): "
    }
}
