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
    public func total(_ points: String) -> String { pick("总分 (\(points))", "Total (\(points))") }
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

    // MARK: Re-evaluation

    public var revisionTitle: String { pick("重新评审", "Re-evaluation (重新评审)") }
    /// `revision 2, re-evaluating revision 1 (财政部令第87号 第64条): reason; opened 2026-03-20 09:30 by 王芳`.
    public func revisionLine(_ revision: EvaluationDocument.Revision) -> String {
        pick("第\(revision.number)次评审，重新评审第\(revision.supersedes)次（财政部令第87号 第64条）：\(revision.reason)；"
                + "\(revision.openedAt) 由 \(revision.openedBy) 开启",
             "revision \(revision.number), re-evaluating revision \(revision.supersedes) (财政部令第87号 第64条): \(revision.reason); "
                + "opened \(revision.openedAt) by \(revision.openedBy)")
    }
}
