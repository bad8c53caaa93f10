import VendorScoreCore
import VendorScoreOutput

/// Every fixed text of the report, in Chinese and in English, in one place. Rubric titles come
/// from the rubric; reasons and flag messages are the engine's and the scorers' own words.
///
/// Each entry gives the Chinese first, then the English.
struct ReportLabels {
    let language: Language
    /// Under 竞争性磋商 the report uses the consultation's own words (磋商小组, 响应文件, 最后报价,
    /// 成交候选供应商).
    let consultation: Bool

    init(_ language: Language, method: ProcurementMethod = .comprehensive) {
        self.language = language
        consultation = method == .consultation
    }

    /// `zh` or `en` as the method words it: the comprehensive method's first, then the consultation's.
    private func pick(_ zh: String, _ consultationZh: String, _ en: String, _ consultationEn: String) -> String {
        consultation ? pick(consultationZh, consultationEn) : pick(zh, en)
    }

    private func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Document

    var htmlLanguage: String { pick("zh-CN", "en") }
    var reportTitle: String { pick("评标报告", "Evaluation report") }
    var chartData: String { pick("图表数据", "Chart data") }
    var contents: String { pick("目录", "Contents") }

    // MARK: Header

    var tender: String { pick("项目编号", "Tender") }
    var rubric: String { pick("评分办法", "Rubric") }
    var titleChinese: String { pick("中文名称", "Title (Chinese)") }
    var titleEnglish: String { pick("英文名称", "Title (English)") }
    var method: String { pick("评标方法", "Method") }
    var category: String { pick("采购类别", "Category") }
    var evaluationDate: String { pick("评标日期", "Date of evaluation") }
    var bids: String { pick("投标", "Bids") }
    var seal: String { pick("封存", "Seal") }

    func method(_ method: ProcurementMethod) -> String {
        switch method {
        case .comprehensive: return pick("综合评分法", "comprehensive scoring (综合评分法)")
        case .consultation: return pick("竞争性磋商", "competitive consultation (竞争性磋商)")
        }
    }

    /// The method with the rule it follows: `综合评分法（财政部令第87号 第55条）`.
    func methodWithBasis(_ method: ProcurementMethod) -> String {
        pick("\(self.method(method))（\(method.legalBasis)）", "\(self.method(method)), \(method.legalBasis)")
    }

    func category(_ category: ProcurementCategory) -> String {
        switch category {
        case .goods: return pick("货物", "goods")
        case .services: return pick("服务", "services")
        }
    }

    func bidCount(total: Int, qualified: Int) -> String {
        pick("共 \(total) 家，\(qualified) 家通过资格性和符合性审查",
             "\(total) received, \(qualified) passed qualification and compliance review")
    }

    // MARK: Result

    var resultTitle: String { pick("评审结果", "Result") }
    var rank: String { pick("排名", "Rank") }
    var vendor: String { pick("投标人", "供应商", "Vendor", "Supplier") }
    var bidPrice: String { pick("投标报价", "最后报价", "Bid price", "Final quote") }
    var evaluationPrice: String { pick("评标价格", "Evaluation price") }
    var total: String { pick("总分", "Total") }
    var maximum: String { pick("满分", "Maximum") }
    var maximumShort: String { pick("满分", "max.") }
    var tied: String { pick("并列", "tied") }
    var qualified: String { pick("合格", "qualified") }
    var disqualified: String { pick("不合格", "disqualified") }
    var notScored: String { pick("未评分", "not scored") }
    var rankingNotes: String { pick("排序说明", "Ranking notes") }
    var rankingNote: String { pick("排序说明", "Ranking note") }
    var tieExplanation: String {
        pick("排名前的“=”表示并列：总分相同，且按评分办法的排序规则仍无法区分（财政部令第87号 第57条），由采购文件规定的方式确定。",
             "A rank written “=” is a tie (并列): equal totals that the rubric's tie order cannot separate (财政部令第87号 第57条); the tender document decides how it is resolved.")
    }

    func noRanking(qualified: Int, minimum: Int) -> String {
        pick("不予排名：仅 \(qualified) 家投标通过资格性和符合性审查，评分办法要求至少 \(minimum) 家（财政部令第87号）。",
             "No ranking: only \(qualified) bid\(qualified == 1 ? "" : "s") passed the gates; the rubric requires \(minimum) (财政部令第87号).")
    }

    func benchmarkSentence(_ benchmark: String) -> String {
        pick("评标基准价为 \(benchmark)，即通过审查的投标中最低的评标价格。",
             "The benchmark price (评标基准价) is \(benchmark), the lowest evaluation price among qualified bids.")
    }

    func standing(rank: String, tiedWith: [String], of count: Int) -> String {
        let ties = tiedWith.joined(separator: ", ")
        return tiedWith.isEmpty
            ? pick("第 \(rank) 名（共 \(count) 家合格投标）", "\(rank) of \(count) qualified bids")
            : pick("第 \(rank) 名，与 \(ties) 并列（共 \(count) 家合格投标）", "\(rank) of \(count) qualified bids, tied with \(ties)")
    }

    func deductionShort(_ adjustment: PriceAdjustment) -> String {
        let rate = adjustment.rate.decimalString() + "%"
        switch adjustment.kind {
        case .smallEnterprise: return pick("小微企业扣除 \(rate)", "small/micro enterprise −\(rate)")
        case .consortium: return pick("联合体或分包小微企业扣除 \(rate)", "consortium with small firms −\(rate)")
        case .domesticProduct: return pick("本国产品扣除 \(rate)", "domestic product −\(rate)")
        }
    }

    // MARK: Charts

    var chartsTitle: String { pick("图表", "Charts") }
    var noCharts: String { pick("没有排名，因此没有图表。", "There is no ranking, so there are no charts.") }
    var barChartTitle: String { pick("各投标人分组得分", "Points by group for each vendor") }
    func barChartCaption(total: String) -> String {
        pick("各投标人按评分组的得分（堆叠条形），灰色底条为满分 \(total) 分；条末为总分。",
             "Each vendor's points by criterion group (stacked bars) against the maximum of \(total), shown as the grey track; the total is at the end of each bar.")
    }
    var barChartAlternative: String {
        pick("图中各段数值与上文“评审结果”表中的分组得分和总分相同。",
             "The numbers in this chart are the group subtotals and totals of the Result table above.")
    }
    func pointsAxis(maximum: String) -> String { pick("得分（满分 \(maximum)）", "Points (maximum \(maximum))") }
    var radarCaption: String {
        pick("各投标人在各评分组的得分率（得分 ÷ 该组满分），圆环为 25%、50%、75%、100%。",
             "Each vendor's share of every group's maximum (points ÷ the group's maximum); rings at 25%, 50%, 75% and 100%.")
    }
    var radarTableCaption: String { pick("各组得分率（得分 / 满分）", "Share of each group's maximum (points / maximum)") }
    func radarLabel(vendor: String) -> String { pick("\(vendor) 各组得分率雷达图", "Radar chart of \(vendor)'s group shares") }
    var radarNeedsThreeGroups: String {
        pick("评分办法少于三个评分组，不绘制雷达图；各组得分见“评审结果”表。",
             "The rubric has fewer than three groups, so there is no radar chart; the Result table gives every group's points.")
    }
    var priceChartTitle: String { pick("评标价格与价格分", "Evaluation price and price score") }
    func priceChartCaption(benchmark: String, points: String, curve: Bool) -> String {
        guard curve else {
            return pick("评标价格与价格分。竖线为评标基准价 \(benchmark)；点旁数字为排名。",
                        "Evaluation price against price score. The vertical line is the benchmark, \(benchmark); numbers beside the points are ranks.")
        }
        return pick("评标价格与价格分。竖线为评标基准价 \(benchmark)；曲线为价格分 = 评标基准价 ÷ 评标价格 × \(points)；点旁数字为排名。",
             "Evaluation price against price score. The vertical line is the benchmark, \(benchmark); the curve is price score = benchmark ÷ evaluation price × \(points); numbers beside the points are ranks.")
    }
    var priceLegendBid: String { pick("投标（评标价格）", "bid, at its evaluation price") }
    var priceLegendBeforeDeduction: String { pick("政策扣除前的投标报价", "bid price before a policy deduction") }
    var priceLegendAbnormallyLow: String { pick("异常低价提示", "flagged as abnormally low") }
    func priceLegendCurve(points: String) -> String {
        pick("价格分曲线：评标基准价 ÷ 评标价格 × \(points)", "price score curve: benchmark ÷ evaluation price × \(points)")
    }
    var benchmark: String { pick("评标基准价", "Benchmark") }
    var priceScore: String { pick("价格分", "Price score") }
    var priceTableCaption: String { pick("投标报价、评标价格与价格分", "Bid price, evaluation price and price score") }
    func priceAxis(unit: String?) -> String {
        unit.map { pick("评标价格（\($0)）", "Evaluation price (\($0))") } ?? pick("评标价格", "Evaluation price")
    }
    func priceScoreAxis(points: String) -> String { pick("价格分（满分 \(points)）", "Price score (maximum \(points))") }

    /// How the price axis writes amounts: in 万元 for Chinese, in millions for English, once
    /// prices are large enough for that to shorten the labels.
    struct MoneyUnit {
        var name: String?
        var divisor: Rational

        func format(_ value: Rational) -> String {
            let scaled = value / divisor
            return divisor == 1 ? ReportText.amount(scaled) : scaled.decimalString(maxDecimals: 4)
        }
    }

    func moneyUnit(for high: Rational) -> MoneyUnit {
        switch language {
        case .zh: return high >= 100_000 ? MoneyUnit(name: "万元", divisor: 10_000) : MoneyUnit(name: nil, divisor: 1)
        case .en: return high >= 1_000_000 ? MoneyUnit(name: "millions", divisor: 1_000_000) : MoneyUnit(name: nil, divisor: 1)
        }
    }

    // MARK: Gates

    var gatesTitle: String { pick("资格性与符合性审查", "Gates: qualification and compliance review") }
    var noGates: String { pick("评分办法未设审查条件。", "The rubric sets no gates.") }
    var pass: String { pick("通过", "pass") }
    var fail: String { pick("不通过", "fail") }
    var conclusion: String { pick("结论", "Result") }

    func stage(_ stage: Gate.Stage) -> String {
        switch stage {
        case .qualification: return pick("资格性审查", "qualification")
        case .compliance: return pick("符合性审查", "compliance")
        }
    }

    func condition(_ gate: Gate) -> String {
        let words = PhraseText(language).render(gate.condition.phrase)
        if case .priceWithinCeiling = gate.condition { return words }
        return "\(gate.fact ?? "") \(words)"
    }

    // MARK: Flags

    var flagsTitle: String { pick("提示事项", "Flags") }
    var flagsIntroduction: String {
        pick("以下事项提请评标委员会关注；提示本身不改变得分和排名。",
             "These are for the committee to look at; a flag by itself changes no points and no rank.")
    }
    var abnormallyLowTitle: String { pick("异常低价（财库〔2026〕2号）", "Abnormally low prices (财库〔2026〕2号)") }
    var evaluatorSpreadTitle: String { pick("评委评分差异过大（畸高畸低）", "Evaluator disagreement (畸高畸低)") }
    var priceWeightTitle: String { pick("价格权重", "Price weight") }
    var otherFlagsTitle: String { pick("其他提示", "Other flags") }
    var warningsTitle: String { pick("输入文件警告", "Input warnings") }
    var none: String { pick("无", "None") }

    func priceWeightSentence(share: String, points: String, total: String, lower: String, upper: String?, basis: String,
                             category: String, within: Bool) -> String {
        let range = upper.map { "\(lower)–\($0)" } ?? pick("不低于 \(lower)", "at least \(lower)")
        return pick("价格分 \(points) 分，占总分 \(total) 分的 \(share)；\(basis) 对\(category)类项目的要求为\(range)：\(within ? "符合" : "不符合")。",
                    "The price score is \(points) of \(total) points, \(share); \(basis) requires \(range) for \(category): \(within ? "within range" : "OUT OF RANGE").")
    }

    // MARK: Detail

    var detailTitle: String { pick("逐项评分明细", "Scoring detail by vendor") }
    var criterion: String { pick("评分因素", "Criterion") }
    var factsRead: String { pick("读取的事实", "Facts read") }
    var rule: String { pick("评分规则", "Rule applied") }
    var points: String { pick("得分", "Points") }
    var deduction: String { pick("价格扣除", "Price deduction") }

    func notScoredFailed(_ gates: String) -> String {
        pick("未评分：未通过审查 \(gates)。", "Not scored: failed \(gates).")
    }

    func rawPoints(_ raw: String) -> String { pick("取整前 \(raw)", "before rounding \(raw)") }

    // MARK: Method

    var methodTitle: String { pick("评分方法", "Method") }
    var totalPoints: String { pick("总分值", "Total points") }
    var minimumQualified: String { pick("最少合格投标数", "Minimum qualified bids") }
    var priceFormulaLabel: String { pick("价格分计算", "Price score") }
    var deductionsLabel: String { pick("政策价格扣除", "Policy price deductions") }
    var deductionsAppliedLabel: String { pick("本次适用扣除", "Deductions applied") }
    var abnormallyLowLabel: String { pick("异常低价判定", "Abnormally low price triggers") }
    var ceilingLabel: String { pick("最高限价与预算", "Ceiling and budget") }
    var ceiling: String { pick("最高限价", "ceiling") }
    var budget: String { pick("采购预算", "budget") }
    var committeeLabel: String { pick("评委打分", "Committee marks") }
    var roundingLabel: String { pick("取整规则", "Rounding") }
    var tieOrderLabel: String { pick("排序规则", "Ranking and ties") }
    var notChecked: String { pick("未启用", "not checked") }
    var noPriceCriterion: String { pick("评分办法中没有价格分。", "The rubric has no price criterion.") }
    func tieBreakBidPrice(_ method: ProcurementMethod) -> String {
        method == .consultation
            ? pick("最后报价低者优先（\(method.tieRuleBasis)）", "lower final quote first (\(method.tieRuleBasis))")
            : pick("投标报价低者优先（\(method.tieRuleBasis)）", "lower quoted price first (\(method.tieRuleBasis))")
    }
    var tieBreakEvaluationPrice: String { pick("评标价格（扣除后）低者优先", "lower evaluation price (after deductions) first") }

    func tieBreakGroup(_ title: String) -> String { pick("“\(title)”组得分高者优先", "higher “\(title)” subtotal first") }
    func tieBreakCriterion(_ title: String) -> String { pick("“\(title)”得分高者优先", "higher “\(title)” points first") }

    func tieOrder(_ keys: [String]) -> String {
        let then = keys.map { pick("；总分相同时，\($0)", "; then \($0)") }.joined()
        return pick("按总分从高到低排序\(then)；仍相同者并列，不作隐含区分。",
                    "By total, high to low\(then); bids still equal share the rank (并列), never ordered silently.")
    }

    func priceFormula(points: String) -> String {
        pick("价格分 = 评标基准价 ÷ 评标价格 × \(points)（低价优先法，财政部令第87号）。",
             "price score = benchmark ÷ evaluation price × \(points) (低价优先法, 财政部令第87号).")
    }

    func priceExample(vendor: String, benchmark: String, evaluationPrice: String, points: String, result: String) -> String {
        pick("例如 \(vendor)：\(benchmark) ÷ \(evaluationPrice) × \(points) = \(result)。",
             "For example \(vendor): \(benchmark) ÷ \(evaluationPrice) × \(points) = \(result).")
    }

    func otherPriceScorer(criterion: String, scorer: String, points: String) -> String {
        pick("“\(criterion)”（\(points) 分）由评分器 \(scorer) 计算，见逐项明细。",
             "“\(criterion)” (\(points) points) is scored by \(scorer); see the scoring detail.")
    }

    func smallEnterprisePolicy(rate: String, consortium: String?, share: String) -> String {
        let first = pick("小微企业投标报价扣除 \(rate)（财库〔2020〕46号）", "small and micro enterprises: \(rate) off the bid price (财库〔2020〕46号)")
        guard let consortium else { return first }
        return first + pick("；联合体或分包给小微企业份额不低于 \(share) 的扣除 \(consortium)",
                            "; consortia or subcontracts giving at least \(share) to small firms: \(consortium) off")
    }

    func domesticPolicy(rate: String, share: String) -> String {
        pick("本国产品成本占比不低于 \(share) 的扣除 \(rate)（国办发〔2025〕34号）",
             "bids with at least \(share) domestic product: \(rate) off (国办发〔2025〕34号)")
    }

    func deductionApplied(vendor: String, deductions: String, price: String, evaluationPrice: String) -> String {
        pick("\(vendor)：\(deductions)，\(price) → \(evaluationPrice)", "\(vendor): \(deductions), \(price) → \(evaluationPrice)")
    }

    func abnormallyLowPolicy(mean: String, second: String, ceiling: String, againstBudget: Bool) -> String {
        let limit = againstBudget ? pick("采购预算", "the budget") : pick("最高限价", "the ceiling")
        return pick("投标报价低于合格投标平均价的 \(mean)；最低报价低于次低报价的 \(second)；投标报价低于\(limit)的 \(ceiling)（财库〔2026〕2号）。仅提示评标委员会要求书面说明，不自动否决。",
                    "a bid price below \(mean) of the mean of qualified bids; the lowest below \(second) of the second lowest; a price below \(ceiling) of \(limit) (财库〔2026〕2号). Each flags the bid for a written explanation; none excludes it.")
    }

    func committeePolicy(combination: String, spread: String, evaluators: Int?) -> String {
        let count = evaluators.map { pick("\($0) 名评委独立打分，", "\($0) evaluators score independently; ") } ?? ""
        return count + pick("取\(combination)；同一因素最高分与最低分之差超过该因素分值的 \(spread) 时提示畸高畸低（财政部令第87号 第64条）。",
                            "points are the \(combination); a spread above \(spread) of the criterion's points is flagged 畸高畸低 (财政部令第87号 第64条).")
    }

    func combination(_ combination: CommitteePolicy.Combination) -> String {
        switch combination {
        case .mean: return pick("算术平均值", "mean of the marks")
        case .trimmedMean: return pick("去掉一个最高分和一个最低分后的平均值", "mean after dropping the highest and the lowest mark")
        }
    }

    func roundingMode(_ mode: RoundingMode) -> String {
        switch mode {
        case .halfUp: return pick("四舍五入", "half-up (四舍五入)")
        case .halfEven: return pick("四舍六入五成双", "half-even")
        case .down: return pick("去尾", "down (truncate)")
        case .up: return pick("进一", "up (away from zero)")
        }
    }

    func rounding(mode: String, decimals: Int, eachCriterion: Bool) -> String {
        eachCriterion
            ? pick("\(mode)，保留 \(decimals) 位小数；每个评分因素先取整，合计后总分再取整。",
                   "\(mode) to \(decimals) decimals; each criterion is rounded, then the total.")
            : pick("\(mode)，保留 \(decimals) 位小数；仅对总分取整。", "\(mode) to \(decimals) decimals; only the total is rounded.")
    }

    // MARK: Footer

    var footerTitle: String { pick("版本与输入文件", "Versions and inputs") }
    var vendorScoreVersion: String { pick("VendorScore 版本", "VendorScore version") }
    var scorersCaption: String { pick("使用的评分器", "Scorers used") }
    var scorer: String { pick("评分器", "Scorer") }
    var version: String { pick("版本", "Version") }
    var origin: String { pick("来源", "Origin") }
    var criteria: String { pick("评分因素", "Criteria") }
    var inputsCaption: String { pick("输入文件（SHA-256 校验值）", "Input files (SHA-256)") }
    var inputFile: String { pick("文件", "File") }
    var path: String { pick("路径", "Path") }
    var bidsFile: String { pick("投标文件", "Bids") }
    var sha256: String { "SHA-256" }

    // MARK: Committee and decisions

    var committeeTitle: String { pick("评标委员会与评审决定", "磋商小组与评审决定", "The committee and its decisions", "The consultation panel and its decisions") }
    var recommendedTitle: String {
        pick("推荐中标候选人（按排名顺序）", "推荐成交候选供应商（按排名顺序）", "Recommended candidates, in order", "Recommended suppliers, in order")
    }
    func recommendedLine(rank: Int, name: String, id: String, total: String) -> String {
        pick("第\(rank)名 \(name)（\(id)），总分 \(total)", "rank \(rank): \(name) (\(id)), total \(total)")
    }
    var noRecommendation: String { pick("无排名，不推荐候选人。", "No ranking, so no candidates are recommended.") }
    var noTenderFile: String {
        pick("未提供招标项目文件（--tender）：评标委员会组成、开标记录及评审决定未记录。",
             "No tender file was given (--tender): the committee, the opening record and the committee's decisions are not recorded.")
    }
    var committeeMembersTitle: String {
        pick("评标委员会成员及回避声明", "磋商小组成员及回避声明", "Members and conflict-of-interest declarations", "Panel members and conflict-of-interest declarations")
    }
    var memberID: String { pick("编号", "Member") }
    var memberName: String { pick("姓名", "Name") }
    var memberRole: String { pick("身份", "Role") }
    var memberDeclaration: String { pick("利害关系声明", "Declaration") }
    func memberRole(_ role: CommitteeMember.Role, leader: Bool) -> String {
        let base = role == .expert ? pick("评审专家", "expert") : pick("采购人代表", "purchaser's representative")
        return leader ? base + pick("（评标组长）", "（磋商小组组长）", " (leader)", " (leader)") : base
    }
    var noConflict: String { pick("无利害关系", "no conflict of interest") }
    func steppedAside(bidders: String, reason: String) -> String {
        pick("因与 \(bidders) 存在利害关系回避：\(reason)", "stepped aside over \(bidders): \(reason)")
    }
    var decisionsTitle: String { pick("异常低价与无效投标的认定", "Abnormally low prices and invalid bids") }
    func abnormalDecision(vendor: String, accepted: Bool, reason: String, by: String, date: String) -> String {
        accepted
            ? pick("\(vendor)：异常低价书面说明被接受，投标有效（\(by)，\(date)）：\(reason)",
                   "\(vendor): explanation of the abnormally low price accepted; the bid is scored (\(by), \(date)): \(reason)")
            : pick("\(vendor)：异常低价书面说明未被接受，作无效投标处理（财政部令第87号 第60条；\(by)，\(date)）：\(reason)",
                   "\(vendor): explanation of the abnormally low price rejected; the bid is invalid (第60条; \(by), \(date)): \(reason)")
    }
    func invalidDecision(vendor: String, stage: String, reason: String, by: String, date: String) -> String {
        pick("\(vendor)：\(stage)中认定为无效投标（\(by)，\(date)）：\(reason)",
             "\(vendor): found invalid at \(stage) (\(by), \(date)): \(reason)")
    }
    var correctionsTitle: String { pick("评分更正（财政部令第87号 第64条）", "Corrections (财政部令第87号 第64条)") }
    var markBefore: String { pick("原评分", "Mark given") }
    var markAfter: String { pick("更正后", "Mark scored") }
    var correctionCase: String { pick("情形", "Case") }
    func correctionCase(_ number: Int) -> String {
        switch number {
        case 1: return pick("（一）分值汇总计算错误", "1: summing error")
        case 2: return pick("（二）分项评分超出评分标准规定的分值范围", "2: item scored outside its range")
        case 3: return pick("（三）客观评审因素评分不一致", "3: objective item scored differently")
        default: return pick("（四）评分畸高、畸低", "4: abnormally high or low mark")
        }
    }
    var reason: String { pick("理由", "Reason") }
    /// Who decided: the committee, the purchaser, or a member by id.
    func decider(_ id: String) -> String {
        switch id {
        case "committee": return pick("评标委员会", "磋商小组", "the committee", "the panel")
        case "purchaser": return pick("采购人", "the purchaser")
        default: return pick("成员 \(id)", "member \(id)")
        }
    }
    var clarificationsTitle: String { pick("澄清、说明或补正", "Clarifications") }
    var dissentsTitle: String { pick("不同意见", "Dissenting opinions") }

    // MARK: Re-evaluation

    var revision: String { pick("重新评审", "Re-evaluation") }
    func reevaluates(_ number: Int, supersedes: Int) -> String {
        pick("第 \(number) 版，重新评审第 \(supersedes) 版（财政部令第87号 第64条）",
             "revision \(number), re-evaluating revision \(supersedes) (财政部令第87号 Art. 64)")
    }
    var revisionReason: String { pick("重新评审理由", "Reason for re-evaluation") }
    var revisionOpened: String { pick("重新评审开启", "Re-evaluation opened") }
    func revisionOpenedLine(at time: String, by person: String) -> String { pick("\(time)，\(person)", "\(time) by \(person)") }

    // MARK: Project, opening record, score sheets, signatures

    func money(_ amount: String) -> String { pick("\(amount) 元", "\(amount) yuan") }
    var projectName: String { pick("项目名称", "Project") }
    var projectNumber: String { pick("项目编号", "Project number") }
    var projectNumberMissing: String { pick("未提供（缺少招标项目文件 --tender）", "not given (no tender file, --tender)") }
    var purchaser: String { pick("采购人", "Purchaser") }
    var agency: String { pick("采购代理机构", "Procurement agency") }
    var projectBudget: String { pick("预算金额", "Budget") }
    var procurementMethod: String { pick("采购方式", "Procurement method") }
    func procedure(_ procedure: ProcurementProcedure) -> String {
        switch procedure {
        case .openTender: return pick("公开招标", "open tender (公开招标)")
        case .invitedTender: return pick("邀请招标", "invited tender (邀请招标)")
        case .consultation: return pick("竞争性磋商", "competitive consultation (竞争性磋商)")
        }
    }
    var notice: String { pick("采购公告", "Procurement notice") }
    func noticeLine(media: String, date: String) -> String { pick("\(date) 发布于 \(media)", "published \(date) in \(media)") }
    var opening: String { pick("开标时间及地点", "Bid opening") }
    func openingLine(time: String, place: String) -> String { pick("\(time)，\(place)", "\(time), \(place)") }
    var openingRecordTitle: String { pick("开标记录", "响应文件开启记录", "Opening record (开标记录)", "Opening record of the responses") }
    var openingDeclarations: String { pick("递交的声明及文件", "Declarations handed in") }
    var noOpeningRecord: String { pick("招标项目文件未提供开标记录。", "The tender file gives no opening record.") }
    var invalidBidsTitle: String { pick("无效投标及理由", "无效响应及理由", "Invalid bids and the reasons", "Invalid responses and the reasons") }
    var qualificationTitle: String { pick("资格性审查", "Qualification review (资格性审查)") }
    var complianceTitle: String { pick("符合性审查", "Compliance review (符合性审查)") }
    var scoreSheetsTitle: String { pick("评审专家个人评分表", "Each member's score sheet") }
    func scoreSheetTitle(member: String, name: String?) -> String {
        pick("\(name.map { "\($0)（\(member)）" } ?? member) 的评分表", "Score sheet of \(name.map { "\($0) (\(member))" } ?? member)")
    }
    var correctedNote: String { pick("已按第64条更正", "corrected under 第64条") }
    var noSubjectiveCriteria: String { pick("评分办法没有主观评分因素，无个人评分表。", "The rubric has no subjective criteria, so there are no member score sheets.") }
    var signaturesTitle: String { pick("评标委员会成员签字", "磋商小组成员签字", "Signatures of the committee", "Signatures of the panel") }
    var signaturesIntroduction: String {
        pick("评审报告由评标委员会全体成员签字。对评审结果有异议的成员应当在报告上签署不同意见并说明理由，否则视为同意（政府采购法实施条例第四十一条）。",
             "评审报告由磋商小组全体成员签字。对评审结果有异议的成员应当在报告上签署不同意见并说明理由，否则视为同意（政府采购法实施条例第四十一条）。",
             "Every member signs the report. A member who disagrees signs and writes the reasons, or is deemed to agree (政府采购法实施条例 Art. 41).",
             "Every panel member signs the report. A member who disagrees signs and writes the reasons, or is deemed to agree (政府采购法实施条例 Art. 41).")
    }
    var signature: String { pick("签字", "Signature") }
    var signatureDate: String { pick("日期", "Date") }
    var dissentColumn: String { pick("不同意见", "Dissent") }
    var noMembers: String { pick("未提供评标委员会名单（缺少招标项目文件 --tender），请在下方手写各成员姓名后签字。",
                                 "No committee list was given (no tender file, --tender): write each member's name below and sign.") }
    var flagDecisionNone: String { pick("委员会未记录处理决定", "no decision recorded by the committee") }
    func flagHandled(_ decision: String) -> String { pick("委员会决定：\(decision)", "Committee decision: \(decision)") }

    // MARK: Spread flags kept after their correction

    /// Follows a 畸高畸低 flag the committee corrected: it was found on the marks as given, and
    /// the committee's decision.
    func spreadHandled(_ decision: String) -> String {
        pick("（按原评分；\(flagHandled(decision))）", " (on the marks as given; \(flagHandled(decision)))")
    }
    func spreadCorrection(member: String, before: String, after: String, reason: String, by: String, date: String) -> String {
        pick("\(member) 原评分 \(before) 更正为 \(after)（\(reason)；\(by)，\(date)）",
             "\(member)'s mark \(before) corrected to \(after) (\(reason); \(by), \(date))")
    }

    /// The printed page number, as a CSS content value: 第 X 页 共 Y 页.
    var pageNumberContent: String {
        pick("\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"", "\"Page \" counter(page) \" of \" counter(pages)")
    }

    // MARK: Tender file among the inputs

    var tenderInputFile: String { pick("招标项目文件", "Tender") }
}
