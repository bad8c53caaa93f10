import VendorScoreAnalysis
import VendorScoreCore

/// Every fixed text of the analysis output (`vendorscore analyze`, the report's robustness
/// section), in Chinese and in English, in one place. Each entry gives the Chinese first.
///
/// ```swift
/// AnalysisLabels(.zh).advisory
/// ```
public struct AnalysisLabels: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Whole

    public var title: String { pick("排名稳健性分析", "How firm is this ranking") }
    public var advisory: String {
        pick("本分析仅供参考：官方得分和排名以评标结果为准，本分析不改变任何得分。",
             "This analysis is advisory: the official scores and ranking are those of the evaluation and are not changed by it.")
    }
    public func basis(winner: String, runnerUp: String, vendors: Int) -> String {
        pick("官方第一名：\(winner)；第二名：\(runnerUp)；参与排名 \(vendors) 家。",
             "Official winner: \(winner); runner-up: \(runnerUp); \(vendors) vendors ranked.")
    }

    // MARK: Sensitivity

    public var sensitivity: String { pick("权重敏感性（精确计算）", "Weight sensitivity (exact)") }
    public var sensitivityNote: String {
        pick("某一分组或评分项的分值在区间内变化（其余各项按比例缩放、总分不变）时，第一名不变或前三名顺序不变。得分按得分率×分值精确计算，不再取整；得分相同时按官方顺序。",
             "Points a group or criterion may carry (all others rescaled in proportion, the total unchanged) while the winner stays first, or the first three keep their order. Scores are performance × points, exactly, without rounding; equal scores keep the official order.")
    }
    public var item: String { pick("分组/评分项", "Group or criterion") }
    public var kind: String { pick("类型", "Kind") }
    public var group: String { pick("分组", "group") }
    public var criterion: String { pick("评分项", "criterion") }
    public var current: String { pick("现分值", "Points") }
    public var winnerInterval: String { pick("第一名不变区间", "Winner stays first") }
    public var topThreeInterval: String { pick("前三名不变区间", "First three keep order") }
    public var smallestChange: String { pick("改变第一名的最小变化", "Smallest change of winner") }
    public var newWinner: String { pick("届时第一名", "Then first") }
    public var scaling: String { pick("分值与满分", "Points vs maximum") }
    public var none: String { pick("无", "none") }
    public var noChange: String { pick("任何分值均不改变", "no value changes it") }

    public func scaling(_ scaling: PointsScaling) -> String {
        switch scaling {
        case .proportional: return pick("按比例", "proportional")
        case .committeeMarks: return pick("评委打分（改满分需重新打分）", "committee marks (a new maximum needs new marks)")
        case .fixedPoints: return pick("固定分值（不随满分缩放）", "fixed points (do not follow the maximum)")
        }
    }

    // MARK: Influence

    public var influence: String { pick("评委影响", "Each evaluator's influence") }
    public var influenceNote: String {
        pick("去掉某位评委的全部打分后重新评审（真实评分引擎）的结果；以及使第一、二名互换的单个评委单项打分最小变化（步长 0.01 分）。",
             "The evaluation re-run by the engine without each member's marks; and the smallest change of one member's mark on one criterion (in steps of 0.01) that swaps winner and runner-up.")
    }
    public var evaluator: String { pick("评委", "Evaluator") }
    public var criterionColumn: String { pick("评分项", "Criterion") }
    public var withoutMember: String { pick("去掉一位评委的打分后重新评审", "Re-evaluated without one member's marks") }
    public var winnerWithout: String { pick("去掉后第一名", "Winner without") }
    public var winnerChanges: String { pick("第一名改变", "Winner changes") }
    public var rankingWithout: String { pick("去掉后前三名", "First three without") }
    public var failed: String { pick("无法评审", "cannot evaluate") }
    public var yes: String { pick("是", "yes") }
    public var no: String { pick("否", "no") }
    public var swaps: String { pick("使第一、二名互换的最小打分变化", "Smallest mark changes that swap the first two") }
    public var whose: String { pick("调整对象", "Mark of") }
    public var from: String { pick("原分", "From") }
    public var to: String { pick("改为", "To") }
    public var change: String { pick("变化", "Change") }
    public var noSwap: String { pick("任何单个评委在单个评分项上的打分变化（在分值范围内）都不能使第一、二名互换。",
                                     "No change of one member's mark on one criterion, within its range, swaps the first two.") }
    public var noEvaluators: String { pick("本次评审没有评委打分项。", "No criterion in this evaluation is scored by the committee.") }
    public func target(lowerWinner: Bool) -> String {
        lowerWinner ? pick("降低第一名", "lower the winner's") : pick("提高第二名", "raise the runner-up's")
    }

    // MARK: SMAA

    public var smaa: String { pick("随机多准则可接受度分析（SMAA-2）", "Rank acceptability (SMAA-2)") }
    public func smaaNote(samples: Int, seed: UInt64, weights: String, noise: String?) -> String {
        pick("\(samples) 次抽样，种子 \(seed)；权重：\(weights)" + (noise.map { "；评委打分扰动：\($0)" } ?? "") + "。表中为各供应商取得各名次的比例。",
             "\(samples) samples, seed \(seed); weights: \(weights)" + (noise.map { "; noise on marks: \($0)" } ?? "") + ". Each cell is the share of samples in which the vendor takes that rank.")
    }
    public var simplex: String { pick("在单纯形上均匀分布", "uniform on the simplex") }
    public func around(_ percent: String) -> String { pick("评分办法权重 ±\(percent)%", "within ±\(percent)% of the rubric's") }
    public func noise(_ points: String) -> String { pick("±\(points) 分均匀分布", "uniform in ±\(points) points") }
    public var vendor: String { pick("供应商", "Vendor") }
    public var officialRank: String { pick("官方名次", "Official rank") }
    public func rank(_ rank: Int) -> String { pick("第\(rank)名", "Rank \(rank)") }
    public var confidence: String { pick("置信因子", "Confidence") }
    public var centralWeights: String { pick("中心权重（按分组合计）", "Central weights (by group)") }
    public var centralWeightsNote: String {
        pick("使该供应商排第一的典型权重（按分组合计的占比），与评分办法的分组占比对照。",
             "The typical weights that make the vendor first (shares summed by group), beside the rubric's group shares.")
    }
    public var rubricWeights: String { pick("评分办法", "Rubric") }
    public var acceptabilityChart: String { pick("名次可接受度", "Rank acceptability") }

    // MARK: Report section

    public var reportSection: String { pick("排名稳健性分析（参考）", "Robustness of the ranking (advisory)") }
    public var acceptabilityCaption: String {
        pick("各供应商取得各名次的抽样比例（SMAA-2，权重不确定时）：第1名颜色最深。",
             "Share of weight samples in which each vendor takes each rank (SMAA-2): rank 1 darkest.")
    }
    public var shareAxis: String { pick("抽样比例（%）", "Share of samples (%)") }
    public var intervalCaption: String {
        pick("各分组分值在区间内变化（其余按比例缩放）时第一名不变；竖线为现分值。",
             "Each group's points over which the winner stays first (the others rescaled); the mark is the current value.")
    }
    public func pointsAxis(total: String) -> String { pick("分值（满分 \(total)）", "Points (of \(total))") }

    // MARK: Weight-interval table

    /// The weight-interval table's caption: it stands without the chart (in Markdown), so it
    /// speaks of the numbers, not of bars or marks.
    public var intervalTableCaption: String {
        pick("各分组分值在区间内变化（其余按比例缩放）时第一名不变。",
             "Each group's points over which the winner stays first (the others rescaled).")
    }

    // MARK: Second opinions

    public var secondOpinions: String { pick("其他多准则方法的排名（参考）", "Second opinions by other methods") }
    public var secondOpinionsNote: String {
        pick("以得分率矩阵（得分÷分值）和评分办法权重计算：TOPSIS（向量归一化）、VIKOR（v = 0.5，Q 越小越好）、PROMETHEE II（通常型偏好函数）、加权积模型（和归一化）。Kendall τ-b 为与官方排名的一致程度。",
             "On the performance matrix (points ÷ maximum) with the rubric's weights: TOPSIS (vector normalisation), VIKOR (v = 0.5, lower Q is better), PROMETHEE II (usual preference function), weighted product model (sum normalisation). Kendall's τ-b measures agreement with the official ranking.")
    }
    public var kendall: String { pick("Kendall τ-b", "Kendall's τ-b") }
}
