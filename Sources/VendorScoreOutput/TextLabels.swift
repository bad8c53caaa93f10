import VendorScoreCore

/// The fixed words of the text outputs (table, Markdown, CSV headings aside), in Chinese and in
/// English, in one place: column headers and the titles of the notes under a table. Each entry
/// gives the Chinese first. Reasons and messages inside the notes are the engine's own words.
///
/// ```swift
/// TextLabels(.zh).rank   // "排名"
/// ```
public struct TextLabels: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Columns

    public var rank: String { pick("排名", "Rank") }
    public var vendor: String { pick("投标人编号", "Vendor") }
    public var name: String { pick("投标人", "Name") }
    public var price: String { pick("投标报价（元）", "Price") }
    public var evaluationPrice: String { pick("评标价格（元）", "Evaluation price") }
    public func total(_ points: String) -> String { withMaximum(pick("总分", "Total"), points) }
    /// A column of points headed by its title and the most it can hold: `安全与合规（19）`, `Security (19)`.
    public func withMaximum(_ title: String, _ points: String) -> String { pick("\(title)（\(points)）", "\(title) (\(points))") }
    public var flags: String { pick("提示", "Flags") }
    public var failedGates: String { pick("未通过的审查", "Failed gates") }
    public var result: String { pick("结论", "Result") }
    public var pass: String { pick("通过", "pass") }
    public var fail: String { pick("不通过", "FAIL") }
    public var qualified: String { pick("合格", "qualified") }
    public var disqualified: String { pick("不合格", "disqualified") }

    // MARK: Notes under the table

    public var recommendedTitle: String { pick("推荐候选人（按排名顺序）", "Recommended candidates, in order (推荐候选人)") }
    public var benchmarkTitle: String { pick("评标基准价", "Benchmark price (评标基准价)") }
    public func benchmarkLine(_ amount: String) -> String {
        pick("\(amount) 元：通过审查的投标中最低的评标价格", "\(amount): the lowest evaluation price among qualified bids")
    }
    public var adjustmentsTitle: String { pick("价格扣除", "Price adjustments") }
    public var rankingNotesTitle: String { pick("排名说明", "Ranking notes") }
    public var flagsTitle: String { pick("提示事项", "Flags") }
    public var failedGatesTitle: String { pick("未通过审查", "Failed gates") }
    public var warningsTitle: String { pick("警告", "Warnings") }
    public var projectTitle: String { pick("项目", "Project") }
    public var committeeTitle: String { pick("评标委员会", "Committee (评标委员会)") }
    public var decisionsTitle: String { pick("评标委员会的认定", "Committee decisions") }
    public var correctionsTitle: String {
        pick("评分更正（财政部令第87号 第64条），原评分 → 更正后", "Corrections (财政部令第87号 第64条), mark given → mark scored")
    }
    public var clarificationsTitle: String { pick("澄清、说明、补正", "Clarifications (澄清、说明、补正)") }
    public var dissentsTitle: String { pick("不同意见", "Dissenting opinions") }

    // MARK: Reasons, flags and deductions

    /// What a flag is about, by its kind (`abnormally-low-price`, …); an unknown kind as written.
    public func flagKind(_ kind: String) -> String {
        switch kind {
        case Flag.Kind.abnormallyLowPrice.rawValue: return pick("异常低价", "abnormally low price")
        case Flag.Kind.evaluatorSpread.rawValue: return pick("评委评分差异", "evaluator spread")
        case Flag.Kind.priceWeight.rawValue: return pick("价格分权重", "price weight")
        case Flag.Kind.scorer.rawValue: return pick("评分提示", "scorer note")
        default: return kind
        }
    }

    /// A price deduction's kind (`small-enterprise`, …); an unknown kind as written.
    public func adjustmentKind(_ kind: String) -> String {
        switch kind {
        case PriceAdjustment.Kind.smallEnterprise.rawValue: return pick("小微企业价格扣除", "small-enterprise deduction")
        case PriceAdjustment.Kind.consortium.rawValue: return pick("联合体小微企业价格扣除", "consortium deduction")
        case PriceAdjustment.Kind.domesticProduct.rawValue: return pick("本国产品价格扣除", "domestic-product deduction")
        default: return kind
        }
    }

    /// A review stage (`qualification`, `compliance`).
    public func stage(_ stage: String) -> String {
        switch stage {
        case Gate.Stage.qualification.rawValue: return pick("资格性审查", "qualification")
        case Gate.Stage.compliance.rawValue: return pick("符合性审查", "compliance")
        default: return stage
        }
    }

    public func evaluationPriceNote(_ amount: String) -> String { pick("评标价格 \(amount) 元", "evaluation price \(amount) yuan") }

    // MARK: Tender file notes

    var clauseSeparator: String { pick("；", "; ") }
    var listSeparator: String { pick("、", ", ") }
    func parenthesised(_ text: String) -> String { pick("（\(text)）", " (\(text))") }
    /// ": ", or the full-width colon Chinese takes.
    var colon: String { pick("：", ": ") }
    /// ", ", or the full-width comma Chinese takes.
    var comma: String { pick("，", ", ") }

    func article64Case(_ number: Int) -> String {
        switch number {
        case 1: return pick("第一种情形：分值汇总计算错误", "case 1, 分值汇总计算错误")
        case 2: return pick("第二种情形：分项评分超出评分标准规定的分值范围", "case 2, 分项评分超出评分标准规定的分值范围")
        case 3: return pick("第三种情形：客观评审因素评分不一致", "case 3, 客观评审因素评分不一致")
        default: return pick("第四种情形：经评标委员会认定评分畸高、畸低", "case 4, 畸高畸低")
        }
    }

    func decided(reason: String, by: String, date: String) -> String {
        pick("\(reason)（\(by) 认定，\(date)）", "\(reason) (\(by), \(date))")
    }

    func projectNumber(name: String, number: String) -> String { pick("\(name)，项目编号 \(number)", "\(name), project number \(number)") }
    func purchaser(_ name: String) -> String { pick("采购人 \(name)", "purchaser \(name)") }
    func agency(_ name: String) -> String { pick("采购代理机构 \(name)", "agency \(name)") }
    func budget(_ amount: String) -> String { pick("采购预算 \(amount) 元", "budget \(amount)") }
    var leader: String { pick("评标组长", "leader, 评标组长") }
    var purchaserRepresentative: String { pick("采购人代表", "purchaser's representative") }
    func steppedAside(from vendors: String, reason: String) -> String {
        pick("：因与 \(vendors) 有利害关系回避：\(reason)", ": stepped aside (回避) over \(vendors): \(reason)")
    }

    func abnormalPriceDecision(vendor: String, accepted: Bool, decided: String) -> String {
        accepted
            ? pick("\(vendor)：异常低价说明被接受，继续评审：\(decided)",
                   "\(vendor): explanation of the abnormally low price accepted; the bid is scored: \(decided)")
            : pick("\(vendor)：异常低价说明未被接受，投标无效（第60条）：\(decided)",
                   "\(vendor): explanation of the abnormally low price rejected; the bid is invalid (第60条): \(decided)")
    }

    func invalidBidDecision(vendor: String, stage: String, decided: String) -> String {
        pick("\(vendor)：\(stage)中认定为无效投标：\(decided)", "\(vendor): found invalid at \(stage) review: \(decided)")
    }

    func correction(vendor: String, criterion: String, member: String, before: String, after: String, legalCase: String,
                    decided: String) -> String {
        pick("\(vendor)，\(criterion)，评委 \(member)：\(before) → \(after)（第64条\(legalCase)）：\(decided)",
             "\(vendor), \(criterion), member \(member): \(before) → \(after) (第64条 \(legalCase)): \(decided)")
    }

    // MARK: Explanations

    func standing(rank: String, tiedWith: [String], qualified: Int) -> String {
        let shown = tiedWith.isEmpty ? rank : "=" + rank + pick("（与 \(tiedWith.joined(separator: "、")) 并列）", " (tied with \(tiedWith.joined(separator: ", ")))")
        return pick("第 \(shown) 名（共 \(qualified) 家通过审查）", "rank \(shown) of " + ReportText.count(qualified, "qualified bid"))
    }
    var notRanked: String { pick("未排名", "not ranked") }
    var rubricLabel: String { pick("评分办法", "Rubric") }
    var priceHeading: String { pick("价格", "Price") }
    var bidPrice: String { pick("投标报价", "Bid price") }
    var evaluationPriceLabel: String { pick("评标价格", "Evaluation price") }
    var noDeduction: String { pick("（无价格扣除）", " (no policy deduction)") }
    var benchmarkLabel: String { pick("评标基准价", "Benchmark (评标基准价)") }
    var gatesHeading: String { pick("审查", "Gates") }
    var none: String { pick("无", "none") }
    var gatePass: String { pick("通过", "pass") }
    var gateFail: String { pick("不通过", "FAIL") }
    var criteriaHeading: String { pick("评分因素", "Criteria") }
    func notScored(_ reason: String) -> String { pick("未评分：\(reason)", "Not scored: \(reason)") }
    func failedGates(_ gates: String) -> String { pick("未通过 \(gates)（见审查）", "failed \(gates) (see Gates)") }
    var noCriteria: String { pick("无评分因素", "no criteria") }
    var scorerLabel: String { pick("评分规则", "scorer") }
    var factsLabel: String { pick("所读事实", "facts") }
    var ruleLabel: String { pick("依据", "rule") }
    var pointsLabel: String { pick("得分", "points") }
    var flagLabel: String { pick("提示", "flag") }
    var correctedLabel: String { pick("更正", "corrected") }
    var groupsHeading: String { pick("分组小计", "Groups") }
    var totalLabel: String { pick("总分", "Total") }
    var rankHeading: String { pick("排名", "Rank") }
    func recommendedPlace(_ place: Int, of count: Int) -> String {
        pick("推荐候选人第 \(place) 位（共 \(count) 位）", "recommended candidate \(place) of \(count)")
    }
    func noRanking(qualified: Int, minimum: Int) -> String {
        language == .zh ? "不排名：仅 \(qualified) 家投标通过审查，评分办法要求至少 \(minimum) 家（财政部令第87号）"
            : ReportText.noRanking(qualified: qualified, minimum: minimum)
    }

    // MARK: Re-evaluation

    public var revisionTitle: String { pick("重新评审", "Re-evaluation (重新评审)") }
    /// `revision 2, re-evaluating revision 1 (财政部令第87号 第64条): reason; opened 2026-03-20 09:30 by 王芳`.
    public func revisionLine(_ revision: EvaluationDocument.Revision) -> String {
        pick("第\(revision.number)次评审，重新评审第\(revision.supersedes)次（财政部令第87号 第64条）：\(revision.reason)；"
                + "\(revision.openedAt) 由 \(revision.openedBy) 开启",
             "revision \(revision.number), re-evaluating revision \(revision.supersedes) (财政部令第87号 第64条): \(revision.reason); "
                + "opened \(revision.openedAt) by \(revision.openedBy)")
    }

    // MARK: Validation summary

    private func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// `validate`'s line about a rubric that loaded.
    public func rubricSummary(id: String, version: String, criteria: Int, groups: Int, gates: Int, points: String) -> String {
        pick("评分办法 \(id) v\(version)：\(groups) 个分组共 \(criteria) 个评分因素，\(gates) 个审查条件，满分 \(points) 分",
             "rubric \(id) v\(version): \(count(criteria, "criterion", "criteria")) in \(count(groups, "group", "groups")), "
                + "\(count(gates, "gate", "gates")), \(points) points")
    }

    /// `validate`'s line about a bids file that loaded.
    public func bidsSummary(vendors: Int) -> String {
        pick("投标：\(vendors) 家投标人", "bids: \(count(vendors, "vendor", "vendors"))")
    }

    /// `validate`'s line about a tender file that loaded.
    public func tenderSummary(number: String, members: Int, decisions: Int) -> String {
        pick("项目 \(number)：评标委员会 \(members) 人，认定 \(decisions) 项",
             "tender \(number): committee of \(count(members, "member", "members")), \(count(decisions, "decision", "decisions"))")
    }

    /// `validate`'s last line.
    public func problemCount(errors: Int, warnings: Int) -> String {
        pick("\(errors) 个错误，\(warnings) 个警告", "\(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings"))")
    }
}
