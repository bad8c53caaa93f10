import VendorScoreCore

/// The words of every ``Phrase`` the engine and the built-in scorers say, in Chinese and in
/// English, in one place: each message id with its two templates, Chinese first. A template
/// quotes the phrase's values by name, `{price}`; `{terms| + }` joins a list of phrases with
/// ` + ` instead of the language's clause separator. ``PhraseText`` fills them in.
///
/// ```swift
/// PhraseCatalogue.entries["gate.failed"]?.en   // "{fact} is {found}; required {condition}"
/// ```
public enum PhraseCatalogue {
    public struct Entry: Sendable {
        public let zh: String
        public let en: String
    }

    private static func entry(_ zh: String, _ en: String) -> Entry { Entry(zh: zh, en: en) }

    /// Every message id and its templates.
    public static let entries: [String: Entry] = engine
        .merging(scales, uniquingKeysWith: { first, _ in first })
        .merging(scorers, uniquingKeysWith: { first, _ in first })

    // MARK: Shared forms

    private static let shared: [String: Entry] = [
        Phrase.ownText: entry("{text}", "{text}"),
        "clauses": entry("{parts}", "{parts}"),
        "times": entry(" × {factor}", " × {factor}"),
        "items.listed": entry("（{items}）", " ({items})"),
        "items.ignored": entry("未计分：{items}", "ignored: {items}"),
        "price.after-deductions": entry("（投标报价 {bid}，经价格扣除）", " (bid price {bid} after policy deductions)"),
    ]

    // MARK: Gates, prices, deductions, ranking and the committee

    private static let engine: [String: Entry] = shared.merging([
        "condition.is-true": entry("为“是”", "is true"),
        "condition.at-least": entry("不低于 {value}", "≥ {value}"),
        "condition.at-most": entry("不高于 {value}", "≤ {value}"),
        "condition.equals": entry("等于 {value}", "= {value}"),
        "condition.one-of": entry("为以下之一：{items}", "one of {items}"),
        "condition.includes": entry("包含 {items}", "includes {items}"),
        "condition.price-within-ceiling": entry("投标报价不超过最高限价 {ceiling}", "price ≤ ceiling {ceiling}"),
        "gate.passed": entry("{fact} 为 {found}，符合要求（{condition}）", "{fact} {found} {condition}"),
        "gate.failed": entry("{fact} 为 {found}，要求{condition}", "{fact} is {found}; required {condition}"),
        "gate.missing-fact": entry("投标文件未填报 {fact}", "{fact} not declared in the bid"),
        "gate.wrong-kind": entry("{fact} 为“{found}”，无法比较", "{fact} is '{found}', which cannot be compared"),
        "gate.price-within-ceiling": entry("投标报价 {price} 不超过最高限价 {ceiling}", "bid price {price} ≤ ceiling {ceiling}"),
        "gate.price-above-ceiling": entry("投标报价 {price} 超过最高限价 {ceiling}", "bid price {price} exceeds the ceiling {ceiling}"),
        "abnormal.below-mean": entry(
            "报价 {price} 低于通过审查投标的平均报价 {mean} 的 {share}（{basis}），投标人须书面说明其报价的合理性",
            "price {price} < {share} of the mean qualified price {mean} ({basis}); the bidder must justify it in writing"),
        "abnormal.below-second": entry(
            "最低报价 {price} 低于次低报价 {second} 的 {share}（{basis}），投标人须书面说明其报价的合理性",
            "lowest price {price} < {share} of the second-lowest {second} ({basis}); the bidder must justify it in writing"),
        "abnormal.below-ceiling": entry(
            "报价 {price} 低于最高限价 {ceiling} 的 {share}（{basis}），投标人须书面说明其报价的合理性",
            "price {price} < {share} of the ceiling price {ceiling} ({basis}); the bidder must justify it in writing"),
        "abnormal.below-budget": entry(
            "报价 {price} 低于采购预算 {ceiling} 的 {share}（{basis}），投标人须书面说明其报价的合理性",
            "price {price} < {share} of the budget {ceiling} ({basis}); the bidder must justify it in writing"),
        "enterprise.large": entry("大型", "large"),
        "enterprise.medium": entry("中型", "medium"),
        "enterprise.small": entry("小型", "small"),
        "enterprise.micro": entry("微型", "micro"),
        "deduction.small-enterprise": entry("{size}企业：价格扣除 {rate}（{basis}）", "{size} enterprise: {rate} deduction ({basis})"),
        "deduction.consortium": entry(
            "小微企业承担合同份额 {share}（不低于 {minimum}）：价格扣除 {rate}（{basis}）",
            "{share} of the contract to small/micro firms (≥ {minimum}): {rate} deduction ({basis})"),
        "deduction.domestic-product": entry(
            "本国产品占比 {share}（不低于 {minimum}）：价格扣除 {rate}（{basis}）",
            "{share} domestic product (≥ {minimum}): {rate} deduction ({basis})"),
        "tie-break.bid-price": entry("投标报价", "bid price"),
        "tie-break.evaluation-price": entry("评标价格", "evaluation price"),
        "tie-break.group": entry("“{title}”得分", "the '{title}' subtotal"),
        "tie-break.criterion": entry("“{title}”得分", "points on '{title}'"),
        "rank.placed-below": entry("与 {vendor} 总分相同，按{key}排在其后", "equal total with {vendor}; placed below on {key}"),
        "rank.tied": entry("与 {peers} 并列：总分相同", "tied with {peers}: equal total"),
        "rank.tied-on": entry("与 {peers} 并列：总分及{keys|、}均相同", "tied with {peers}: equal total and equal {keys|, }"),
        "rank.tied-many": entry("与其他 {count} 家投标人（{peers} 等）并列：总分相同", "tied with {count} other vendors ({peers}, …): equal total"),
        "rank.tied-many-on": entry("与其他 {count} 家投标人（{peers} 等）并列：总分及{keys|、}均相同",
                                   "tied with {count} other vendors ({peers}, …): equal total and equal {keys|, }"),
        "committee.mean": entry("{count}评分的平均值：{mean}", "mean of {count}: {mean}"),
        "committee.trimmed-mean": entry("去掉一个最高分和一个最低分后 {count}评分的平均值：{mean}",
                                        "mean of {count} after dropping the highest and the lowest: {mean}"),
        "flag.evaluator-spread": entry(
            "评委评分相差 {spread}（满分 {maximum}，超过 {share}），畸高畸低，签字前须复核（{basis}）",
            "evaluators' scores differ by {spread} of {maximum} (more than {share}); marks far apart, review before signing ({basis})"),
        "decider.committee": entry("评标委员会", "the committee"),
        "decider.purchaser": entry("采购人", "the purchaser"),
        "decider.member": entry("评委 {member}", "member {member}"),
        "review.invalid": entry("{reason}（{by} 认定，{date}）", "{reason} (decided by {by}, {date})"),
        "review.abnormal-rejected": entry("异常低价说明未被接受：{reason}（{by} 认定，{date}；{basis}）",
                                          "explanation of the abnormally low price rejected: {reason} (decided by {by}, {date}; {basis})"),
    ], uniquingKeysWith: { first, _ in first })

    // MARK: Scales shared by scorers

    private static let scales: [String: Entry] = [
        "end.floor": entry("下限 {value}", "{value} (floor)"),
        "end.target": entry("目标 {value}", "{value} (target)"),
        "end.limit": entry("限值 {value}", "{value} (limit)"),
        "end.minimum": entry("最低 {value}", "{value} (minimum)"),
        "end.full": entry("满分值 {value}", "{value} (full)"),
        "end.floor-at": entry("{value}（下限 {at}）", "{value} (floor {at})"),
        "end.target-at": entry("{value}（目标 {at}）", "{value} (target {at})"),
        "end.limit-at": entry("{value}（限值 {at}）", "{value} (limit {at})"),
        "end.minimum-at": entry("{value}（最低 {at}）", "{value} (minimum {at})"),
        "end.full-at": entry("{value}（满分值 {at}）", "{value} (full {at})"),
        "linear.between": entry("在 {zero} 与 {full} 之间按线性计分", "linear between {zero} and {full}"),
        "linear.reaches": entry("达到 {full}", "reaches {full}"),
        "linear.no-better": entry("未优于 {zero}", "no better than {zero}"),
        "fact.rule": entry("{fact} 为 {value}：{rule}", "{fact} {value}: {rule}"),
    ]

    // MARK: Built-in scorers

    private static let scorers: [String: Entry] = [
        "boolean.true": entry("{fact} 为“是”：满分", "{fact} is true: full points"),
        "boolean.false": entry("{fact} 为“否”：得 {points} 分（满分 {maximum}）", "{fact} is false: {points} of {maximum}"),
        "lookup.listed": entry("{fact} 为 {value}：按表得 {points} 分（满分 {maximum}）", "{fact} {value}: {points} of {maximum} from the table"),
        "lookup.otherwise": entry("{fact} 为 {value}，不在表中：按其他情形得 {points} 分（满分 {maximum}）",
                                  "{fact} {value} is not in the table: otherwise {points} of {maximum}"),
        "steps.at-least": entry("不低于 {threshold}，得 {points} 分（满分 {maximum}）", "at least {threshold}, {points} of {maximum}"),
        "steps.at-most": entry("不高于 {threshold}，得 {points} 分（满分 {maximum}）", "at most {threshold}, {points} of {maximum}"),
        "steps.none-below": entry("未达到任何一档（低于 {threshold}）：得 {points} 分（满分 {maximum}）",
                                  "meets no step (below {threshold}): {points} of {maximum}"),
        "steps.none-above": entry("未达到任何一档（高于 {threshold}）：得 {points} 分（满分 {maximum}）",
                                  "meets no step (above {threshold}): {points} of {maximum}"),
        "ratio.none-more": entry("{fact} 为 {value}，且无投标人更高：0 分", "{fact} {value}, and no bid has more: 0 points"),
        "ratio.best": entry("{fact} 为 {value}，为最优：满分", "{fact} {value} is the best: full points"),
        "ratio.higher": entry("{fact} {value} ÷ 最优值 {best} × {maximum}", "{fact} {value} ÷ best {best} × {maximum}"),
        "ratio.lower": entry("最优值 {best} ÷ {fact} {value} × {maximum}", "best {best} ÷ {fact} {value} × {maximum}"),
        "per-item.total": entry("{count} × {each} = {total}（满分 {maximum}）{listed}", "{count} × {each} = {total} of {maximum}{listed}"),
        "per-item.capped": entry("{count} × {each} = {total}，以满分 {maximum} 为限{listed}", "{count} × {each} = {total}, capped at {maximum}{listed}"),
        "certification.points": entry("{name} {points}", "{name} {points}"),
        "certification.none": entry("无计分的认证", "no certification that scores"),
        "certification.sum": entry("{terms| + } = {total}", "{terms| + } = {total}"),
        "certification.capped": entry("{terms| + } = {total}，以 {maximum} 为限", "{terms| + } = {total}, capped at {maximum}"),
        "mlps.level": entry("等保 {level}：得 {points} 分（满分 {maximum}）", "MLPS {level}: {points} of {maximum}"),
        "mlps.unlisted": entry("等保 {level} 不在计分等级（{levels}）之列：得 0 分（满分 {maximum}）",
                               "MLPS {level} is not among the scored levels ({levels}): 0 of {maximum}"),
        "residency.allowed": entry("数据存放于 {location}，属允许的地点：满分", "data kept in {location}, an allowed location: full points"),
        "residency.partial": entry("数据存放于 {location}，部分得分：{points} 分（满分 {maximum}）",
                                   "data kept in {location}, partial credit: {points} of {maximum}"),
        "residency.not-allowed": entry("数据存放于 {location}，不属允许的地点（{allowed}）：0 分",
                                       "data kept in {location}, not an allowed location ({allowed}): 0 points"),
        "dr-level.rule": entry("{fact} 为 {level}（{basis}）：{rule}", "{fact} {level} ({basis}): {rule}"),
        "recovery.rule": entry(
            "恢复时间目标 {rto}，{rto_rule}：得 {rto_points} 分（满分 {rto_maximum}）；恢复点目标 {rpo}，{rpo_rule}：得 {rpo_points} 分（满分 {rpo_maximum}）",
            "RTO {rto}, {rto_rule}: {rto_points} of {rto_maximum}; RPO {rpo}, {rpo_rule}: {rpo_points} of {rpo_maximum}"),
        "sla.no-downtime": entry("可用性 {availability}，无停机时间：满分", "{availability} → no downtime: full points"),
        "sla.nines": entry("可用性 {availability}，达到 {nines}；{rule}", "{availability} → {nines}; {rule}"),
        "sla.downtime": entry("可用性 {availability}，年停机时间 {downtime}；{rule}", "{availability} → {downtime} downtime; {rule}"),
        "elastic.rule": entry(
            "{vcpus}（目标 {vcpu_target}）：得 {vcpu_points} 分（满分 {vcpu_maximum}）；{storage}（目标 {storage_target}）：得 {storage_points} 分（满分 {storage_maximum}）",
            "{vcpus} of target {vcpu_target}: {vcpu_points} of {vcpu_maximum}; {storage} of target {storage_target}: {storage_points} of {storage_maximum}"),
        "xinchuang.cpu": entry("处理器 {count}/{of} 个系列{listed}", "CPU lines {count} of {of}{listed}"),
        "xinchuang.os": entry("操作系统 {count}/{of} 个{listed}", "OS {count} of {of}{listed}"),
        "tco.rule": entry("全生命周期成本 {one_time} + {annual} × {years} = {total}；最低 {lowest} ÷ {total} × {maximum}",
                          "TCO {one_time} + {annual} × {years} = {total}; lowest {lowest} ÷ {total} × {maximum}"),
        "price-87.formula": entry("评标基准价 {benchmark} ÷ 评标价格 {price} × {maximum}{deducted}",
                                  "benchmark {benchmark} ÷ evaluation price {price} × {maximum}{deducted}"),
        "discount.rule": entry("(1 − {rate}) × 基准价 {base} = {quoted}{deducted}；最低 {lowest} ÷ {evaluated} × {maximum}",
                               "(1 − {rate}) × base {base} = {quoted}{deducted}; lowest {lowest} ÷ {evaluated} × {maximum}"),
        "discount.after-deductions": entry("，价格扣除后为 {evaluated}", ", {evaluated} after policy deductions"),
        "mean-benchmark.mean": entry("评标基准价 = 平均价 {mean}{factor} = {benchmark}", "benchmark = mean {mean}{factor} = {benchmark}"),
        "mean-benchmark.trimmed": entry("评标基准价 = 去掉最高价和最低价后的平均价 {mean}{factor} = {benchmark}",
                                        "benchmark = mean without the highest and lowest {mean}{factor} = {benchmark}"),
        "mean-benchmark.at-benchmark": entry("评标价格 {price}{deducted} 等于基准价：满分", "evaluation price {price}{deducted} is the benchmark: full points"),
        "mean-benchmark.above": entry("评标价格 {price}{deducted} 高于基准价 {deviation}{counted}",
                                      "evaluation price {price}{deducted} is {deviation} above{counted}"),
        "mean-benchmark.below": entry("评标价格 {price}{deducted} 低于基准价 {deviation}{counted}",
                                      "evaluation price {price}{deducted} is {deviation} below{counted}"),
        "mean-benchmark.counted": entry("，按 {counted} 计", ", counted as {counted}"),
        "mean-benchmark.deduction": entry("{maximum} − {counted} × {rate}{floor}", "{maximum} − {counted} × {rate}{floor}"),
        "mean-benchmark.floor": entry("，最低 {floor}", ", at least {floor}"),
    ]
}
