import VendorScoreCore

/// The words of every ``Diagnostic`` the core reports about a rubric, a bids file, a tender
/// file or a scorer's parameters, the workbook reader about an `.xlsx` file and the plugins file's
/// reader, in Chinese and in English: each message id with its two
/// templates, Chinese first, filled in by ``PhraseText`` like the phrases of ``PhraseCatalogue``.
/// ``DiagnosticText`` words a whole diagnostic with its place, severity and key path.
///
/// ```swift
/// DiagnosticCatalogue.entries["key.unknown"]?.zh   // "未知的键“{key}”；此处可用的键：{allowed}"
/// ```
public enum DiagnosticCatalogue {
    public typealias Entry = PhraseCatalogue.Entry

    private static func entry(_ zh: String, _ en: String) -> Entry { Entry(zh: zh, en: en) }

    /// Every message id and its templates.
    public static let entries: [String: Entry] = files
        .merging(structure, uniquingKeysWith: { first, _ in first })
        .merging(rubric, uniquingKeysWith: { first, _ in first })
        .merging(bids, uniquingKeysWith: { first, _ in first })
        .merging(tender, uniquingKeysWith: { first, _ in first })
        .merging(amounts, uniquingKeysWith: { first, _ in first })
        .merging(workbooks, uniquingKeysWith: { first, _ in first })
        .merging(plugins, uniquingKeysWith: { first, _ in first })
        .merging(analysis, uniquingKeysWith: { first, _ in first })

    // MARK: Analysis

    private static let analysis: [String: Entry] = [
        "analysis.not-ranked": entry("评审未对任何投标人排序（通过资格条件的投标过少），没有可分析的排名",
                                     "the evaluation ranked no vendors (too few bids passed the gates), so there is no ranking to analyse"),
        "analysis.one-vendor": entry("合格投标人只有 1 家；分析至少需要两家", "only 1 qualified vendor; an analysis needs at least two"),
        "analysis.too-few-vendors": entry("合格投标人只有 {count} 家；分析至少需要两家",
                                          "only {count} qualified vendors; an analysis needs at least two"),
    ]

    // MARK: Files and YAML

    private static let files: [String: Entry] = [
        "file.unreadable": entry("无法读取 {file}：{reason}", "cannot read {file}: {reason}"),
        "file.unreadable-plugins": entry("无法读取插件文件 {file}：{reason}", "cannot read plugins file {file}: {reason}"),
        "file.no-such-file": entry("文件不存在", "no such file"),
        "file.link-loop": entry("符号链接层级过多（符号链接构成了循环）", "too many levels of symbolic links (a symbolic link loop)"),
        "file.dangling-link": entry("符号链接指向的文件不存在", "a symbolic link to a file that does not exist"),
        "file.permission-denied": entry("没有读取权限", "permission denied"),
        "file.is-folder": entry("这是文件夹，不是文件", "it is a folder, not a file"),
        "file.not-regular": entry("不是普通文件", "not a regular file"),
        "file.looks-like-csv": entry(
            "该文件看起来是 CSV 文件（第一行为“{header}”），但文件名不以 .csv 结尾，因此按 YAML 读取",
            "this looks like a CSV file (its first line is '{header}'), but its name does not end in .csv, so it was read as YAML"),
        "file.name-it-csv": entry("如需按 CSV 读取，请将文件名改为以 .csv 结尾", "name it with .csv at the end to have it read as CSV"),
        "file.empty": entry("文件为空；应为 YAML 映射（键值对）", "the file is empty; expected a YAML mapping"),
        "file.too-large": entry("文件大小为 {bytes} 字节，超过允许的 {limit} 字节", "the file is {bytes} bytes, more than the {limit} bytes allowed"),
        "file.invalid-utf8": entry("文件不是有效的 UTF-8 文本；请另存为 UTF-8 编码", "the file is not valid UTF-8 text; save it as UTF-8"),
        "yaml.syntax": entry("YAML 语法错误：{problem}", "YAML syntax error: {problem}"),
        "yaml.duplicate-key": entry("键“{key}”重复（首次定义于第 {line} 行第 {column} 列）",
                                    "duplicate key '{key}' (first defined at line {line}, column {column})"),
        "yaml.non-scalar-key": entry("映射的键必须是简单取值，不能是列表或映射", "a mapping key must be a plain value, not a list or mapping"),
        "yaml.undefined-alias": entry("别名“{alias}”之前没有定义对应的锚点“{anchor}”", "alias '{alias}' refers to no anchor '{anchor}' defined before it"),
        "yaml.too-many-aliases": entry("别名展开后超过 {limit} 个节点；该文件疑似恶意构造或已损坏",
                                       "aliases expand to more than {limit} nodes; this file looks hostile or broken"),
        "yaml.too-deep": entry("嵌套层级超过 {limit} 层", "nesting is deeper than {limit} levels"),
        "yaml.multiple-documents": entry("文件包含多个 YAML 文档（“{separator}”）；一个文件只能有一个文档",
                                         "the file holds more than one YAML document ('{separator}'); put one document in a file"),
    ]

    // MARK: What was expected and what was found

    private static let structure: [String: Entry] = [
        "severity.error": entry("错误", "error"),
        "severity.warning": entry("警告", "warning"),
        "quoted": entry("“{text}”", "'{text}'"),
        "expected": entry("应为{what}，实际为{found}", "expected {what}, found {found}"),
        "expect.mapping": entry("映射（键值对）", "a mapping"),
        "expect.list": entry("列表", "a list"),
        "expect.text": entry("文字", "text"),
        "expect.value": entry("取值", "a value"),
        "expect.number": entry("数字", "a number"),
        "expect.amount": entry("金额，如 {a} 或 {b}", "an amount such as {a} or {b}"),
        "expect.percentage": entry("百分比，如 {example}", "a percentage such as {example}"),
        "expect.duration": entry("时长，如 {a}、{b}、{c} 或 {d}", "a duration such as {a}, {b}, {c} or {d}"),
        "expect.whole-number": entry("{from} 至 {to} 之间的整数", "a whole number from {from} to {to}"),
        "expect.positive-whole": entry("不小于 1 的整数", "a whole number of at least 1"),
        "expect.one-of": entry("以下之一：{allowed}", "one of {allowed}"),
        "expect.either": entry("{first} 或 {second}", "{first} or {second}"),
        "expect.gate-true": entry("{true}（审查条件写明必须满足的要求）", "{true} (a gate asks for what must hold)"),
        "expect.zero-or-more": entry("不小于 0 的数字", "a number of 0 or more"),
        "expect.conflicts": entry("“{none}”或包含 {stepped_aside} 与 {reason} 的映射", "'{none}' or a mapping with {stepped_aside} and {reason}"),
        "expect.date": entry("日期，格式为 {format}", "a date written {format}"),
        "expect.date-time": entry("日期和时间，格式为 {format}", "a date and time written {format}"),
        "expect.non-empty-list": entry("非空列表", "a non-empty list"),
        "expect.non-empty-mapping": entry("非空映射（键值对）", "a non-empty mapping"),
        "expect.points": entry("分值（数字）", "points (a number)"),
        "found.mapping": entry("映射", "a mapping"),
        "found.list": entry("列表", "a list"),
        "found.null": entry("空值（null）", "null"),
        "found.empty": entry("空值", "an empty value"),
        "found.false": entry("{false}", "{false}"),
        "found.none": entry("无", "none"),
        "found.number": entry("{value}", "{value}"),
        "found.plain": entry("“{text}{truncated}”{tag}", "'{text}{truncated}'{tag}"),
        "found.string": entry("字符串“{text}{truncated}”{tag}", "the string \"{text}{truncated}\"{tag}"),
        "found.truncated": entry("…（共 {count} 个字符）", "… ({count} characters in all)"),
        "found.tagged": entry(
            "，带有标签 {tag}（取值一律按文字读取，不接受 YAML 标签；请去掉“{tag}”）",
            " tagged {tag} (VendorScore reads every value from its text and takes no YAML tags; write it without '{tag}')"),
        "key.unknown": entry("未知的键“{key}”；此处可用的键：{allowed}", "unknown key '{key}'; allowed here: {allowed}"),
        "key.missing": entry("缺少必填的键“{key}”", "missing required key '{key}'"),
        "key.missing-title": entry("缺少必填的键“{zh}”或“{en}”", "missing required key '{zh}' or '{en}'"),
        "list.empty": entry("列表为空", "the list is empty"),
        "list.item-not-plain": entry("列表项必须是简单取值，实际为{found}", "list items must be plain values, found {found}"),
        "value.null": entry("应为取值，实际为空值（null）", "expected a value, found null"),
        "value.negative": entry("“{text}”为负数；事实和金额不能小于 0", "'{text}' is negative; facts and amounts must be 0 or more"),
        "value.not-finite": entry("“{text}”不是有限的数", "'{text}' is not a finite number"),
        "value.percent-over-100": entry("“{text}”超过 100%", "'{text}' is over 100%"),
        "value.too-precise": entry("“{text}”无法精确读取（小数点前最多 15 位，小数点后最多 9 位）",
                                   "'{text}' is not a number VendorScore can read exactly (at most 15 digits before the point and 9 after)"),
        "id.invalid": entry("“{text}”不是有效的编号；只能使用字母、数字、“-”“_”或“.”，不能含空格",
                            "'{text}' is not a valid id; use letters, digits, '-', '_' or '.' without spaces"),
        "id.duplicate": entry("{kind}编号“{id}”重复（首次使用于第 {line} 行第 {column} 列）",
                              "duplicate {kind} id '{id}' (first used at {line}:{column})"),
        "named.member": entry("评委", "member"),
        "named.opening-record-vendor": entry("开标记录中的供应商", "opening record vendor"),
        "named.criterion": entry("评分因素", "criterion"),
        "named.group": entry("分组", "group"),
        "named.gate": entry("审查条件", "gate"),
        "number.not-positive": entry("必须大于 0，实际为 {value}", "must be greater than 0, found {value}"),
        "format.unsupported": entry("不支持的格式“{found}”；本版本读取的格式为“{expected}”",
                                    "unsupported format '{found}'; this version of VendorScore reads '{expected}'"),
        "hint.did-you-mean": entry("是否应为{candidates|或}？", "did you mean {candidates| or }?"),
        "hint.did-you-mean-item": entry("“{item}”是否应为“{close}”？", "did you mean '{close}' for '{item}'?"),
        "hint.joined-items": entry(
            "“{item}”看起来是用“{separator}”连接的 {count} 项；请分项填写：YAML 中写作 [{parts|, }]，CSV 单元格中写作 {parts| | }",
            "'{item}' looks like {count} items joined by '{separator}'; write them as separate items: [{parts|, }] in YAML, {parts| | } in a CSV cell"),
        "parameters.not-mapping": entry("参数必须是映射（键值对）", "parameters must be a mapping"),
        "parameters.missing": entry("缺少必填参数“{name}”", "missing required parameter '{name}'"),
        "parameters.fact-name": entry("事实名称必须是一个词，如 {example}", "a fact name must be one word, such as {example}"),
        "parameters.points-exceed": entry("{points} 分超过该评分因素的满分 {maximum}", "{points} points exceed the criterion's {maximum}"),
        "parameters.unknown-key": entry("未知的键“{key}”；应为以下之一：{allowed}{hint}", "unknown key '{key}'; expected one of {allowed}{hint}"),
        "parameters.did-you-mean": entry("；是否应为“{close}”？", "; did you mean '{close}'?"),
    ]

    // MARK: Rubric, scorers and the registry

    private static let rubric: [String: Entry] = [
        "rubric.points-mismatch": entry("各评分因素分值合计为 {sum}（{groups| + }），但 {key} 为 {declared}",
                                        "criteria points add up to {sum} ({groups| + }), but {key} is {declared}"),
        "rubric.group-points": entry("{group} {points}", "{group} {points}"),
        "scorer.problem": entry("{scorer}：{problem}", "{scorer}: {problem}"),
        "scorer.unknown": entry("未知的评分器“{scorer}”", "unknown scorer '{scorer}'"),
        "scorer.list-hint": entry("运行“{command}”可列出全部评分器", "run '{command}' to list them"),
        "scorer.subjective": entry("主观评分因素由评标委员会评分（“{committee}”），不能使用“{scorer}”",
                                   "a subjective criterion is scored by the committee ('{committee}'), not by '{scorer}'"),
        "scorer.objective-committee": entry("“{committee}”用于主观评分因素；请设置“{setting}”",
                                            "'{committee}' scores subjective criteria; set '{setting}'"),
        "rubric.price-weight": entry("价格分占总分的 {share}；{basis} 要求{category}项目的价格分占比{bounds}",
                                     "the price score is {share} of the total; {basis} requires {bounds} for {category}"),
        "bounds.at-least": entry("不低于 {lower}", "at least {lower}"),
        "bounds.between": entry("在 {lower}–{upper} 之间", "{lower}–{upper}"),
        "category.goods": entry("货物类", "goods"),
        "category.services": entry("服务类", "services"),
        "rubric.price-rule-not-article-55": entry(
            "评分因素“{criterion}”以“{scorer}”计算价格分，但评分办法的评标方法适用 {basis}，其价格分为评标基准价（最低评标价）÷ 投标报价 × 分值（评分器“{rule}”）；"
                + "其他价格计算方法仅适用于不受其约束的项目（{law}下的工程项目、国有企业采购）",
            "criterion '{criterion}' scores price with '{scorer}', but the rubric's method follows {basis}, "
                + "whose price score is the lowest price ÷ the bid's price × points (scorer '{rule}'); "
                + "use another price rule only in a tender not bound by it ({law} works, state-owned enterprises)"),
        "rubric.no-price-criterion": entry("没有评分因素对价格评分；{comprehensive}和{consultation}都要求设置价格分",
                                           "no criterion scores price; {comprehensive} and {consultation} require a price score"),
        "rubric.unknown-tie-break": entry("未知的同分排序依据“{key}”；可用 {bid}、{evaluation}、{group} 或 {criterion}",
                                          "unknown tie-break key '{key}'; use {bid}, {evaluation}, {group} or {criterion}"),
        "rubric.gate-condition-count": entry("每个审查条件须有且只有一个判定条件（{keys}），实际为{found}",
                                             "a gate needs exactly one condition ({keys}), found {found}"),
        "rubric.share-out-of-range": entry("{value} 超出允许的范围 {lower}–{upper}", "{value} is outside the allowed {lower}–{upper}"),
        "scoring.no-marks": entry("供应商“{vendor}”没有“{criterion}”的评委评分", "vendor '{vendor}' has no evaluator scores for '{criterion}'"),
        "scoring.trimmed-mean-needs-three": entry(
            "去掉最高分和最低分后取平均值，至少需要 3 个评委评分；供应商“{vendor}”在“{criterion}”上只有 {count} 个",
            "a trimmed mean needs at least 3 evaluator scores; vendor '{vendor}' has {count} for '{criterion}'"),
        "scoring.award-out-of-range": entry("评分器“{scorer}”给供应商“{vendor}”{points} 分，超出 0–{maximum}；这是评分器的缺陷",
                                            "scorer '{scorer}' gave vendor '{vendor}' {points} points, outside 0–{maximum}; this is a bug in the scorer"),
        "scoring.award-count": entry("评分器“{scorer}”对 {expected} 份投标返回了 {found} 个得分；这是评分器的缺陷",
                                     "scorer '{scorer}' returned {found} awards for {expected} bids; this is a bug in the scorer"),
        "registry.duplicate-scorer": entry("评分器编号“{scorer}”被注册了两次（{first} 与 {second}）；每个评分器须有自己的编号",
                                           "scorer id '{scorer}' is registered twice, by {first} and by {second}; every scorer needs its own id"),
        "registry.invalid-scorer-id": entry("{module} 中的评分器编号“{scorer}”不符合 {form} 的形式（小写字母、数字和“-”）",
                                            "scorer id '{scorer}' from {module} is not of the form {form} (lowercase letters, digits and '-')"),
    ]

    // MARK: Bids

    private static let bids: [String: Entry] = [
        "bids.duplicate-vendor": entry("供应商编号“{vendor}”出现了两次（首次出现于第 {line} 行）", "vendor id '{vendor}' appears twice (first at line {line})"),
        "bids.missing-fact": entry("供应商“{vendor}”缺少事实“{fact}”", "vendor '{vendor}' lacks fact '{fact}'"),
        "bids.missing-fact-needed": entry("供应商“{vendor}”缺少事实“{fact}”，评分因素 {users} 需要读取该事实",
                                          "vendor '{vendor}' lacks fact '{fact}', which {users} reads"),
        "bids.add-fact-or-default": entry("请在投标中补充该事实，或在评分办法的“{defaults}”中给出默认值",
                                          "add it to the bid, or give it a default under '{defaults}' in the rubric"),
        "bids.fact-kind-mismatch": entry("供应商“{vendor}”：事实“{fact}”应为{expected|或}，实际为“{found}”",
                                         "vendor '{vendor}': fact '{fact}' should be {expected| or }, found '{found}'"),
        "bids.unused-fact": entry("事实“{fact}”（见于 {bids}）未被任何评分因素或审查条件读取",
                                  "fact '{fact}' (in {bids}) is not read by any criterion or gate"),
        "count.bid": entry("{count} 份投标", "{count} bid"),
        "count.bids": entry("{count} 份投标", "{count} bids"),
        "count.bid-was": entry("{count} 份投标", "{count} bid was"),
        "count.bids-were": entry("{count} 份投标", "{count} bids were"),
        "bids.score-for-unknown-criterion": entry("评分办法中没有主观评分因素“{criterion}”", "no subjective criterion '{criterion}' in the rubric"),
        "bids.mark-out-of-range": entry("供应商“{vendor}”：评委“{evaluator}”对“{criterion}”的评分 {points} 超出 0–{maximum}",
                                        "vendor '{vendor}': evaluator '{evaluator}' gave {points} on '{criterion}', outside 0–{maximum}"),
        "bids.no-marks": entry("供应商“{vendor}”缺少主观评分因素“{criterion}”的评委评分",
                               "vendor '{vendor}' has no evaluator scores for subjective criterion '{criterion}'"),
        "bids.mark-count": entry("供应商“{vendor}”在“{criterion}”上有 {found} 个评委评分，而评标委员会有 {expected} 名成员",
                                 "vendor '{vendor}' has {found} evaluator scores for '{criterion}'; the committee has {expected} members"),
        "bids.different-panels": entry("各投标在“{criterion}”上并非由同一组评委评分：{usual}由 {evaluators} 评分，但{others}",
                                       "the bids were not all marked by the same evaluators on '{criterion}': {usual} marked by {evaluators}, but {others}"),
        "bids.panel-other": entry("{vendors}由 {evaluators} 评分", "{vendors} by {evaluators}"),
        "bids.no-evaluator": entry("无评委", "no evaluator"),
        "vendors.one": entry("供应商 {vendors|、}", "vendor {vendors|, }"),
        "vendors.many": entry("供应商 {vendors|、}", "vendors {vendors|, }"),
        "bids.same-panel-hint": entry(
            "每份投标都须有评标委员会每位评委的评分；评委较少、较多或不同的投标将不在同一基础上排名",
            "every bid needs a mark from each evaluator of the committee; a bid with fewer, more or other evaluators' marks would be ranked on a different footing"),
        "bids.unrecognised-items": entry("供应商“{vendor}”：{criterion}（{scorer}）无法识别 {items|、}，{scored}；可识别的有：{recognised}",
                                         "vendor '{vendor}': {criterion} ({scorer}) does not recognise {items|, } and {scored}; it recognises: {recognised}"),
        "items.earning": entry("按 {earning} 计", "gives {earning}"),
        "items.scores-it-nothing": entry("该项得 0 分", "scores it 0"),
        "items.scores-them-nothing": entry("这些项得 0 分", "scores them 0"),
        "bids.gate-fact-missing": entry("审查条件“{gate}”读取事实“{fact}”，但没有投标填报该事实，评分办法也未给出默认值；所有投标都将不通过",
                                        "gate '{gate}' reads fact '{fact}', which no bid states and the rubric gives no default for; every bid would fail it"),
        "bids.wrong-tender": entry("这些投标属于项目“{found}”，但评分办法为“{rubric}”", "these bids are for tender '{found}', but the rubric is '{rubric}'"),
        "bids.none": entry("投标文件中没有任何投标", "the bids file lists no bids"),
        "csv.unreadable": entry("无法解析 CSV：{problem}", "{problem}"),
        "csv.missing-column": entry("CSV 表头缺少“{column}”列", "the CSV header has no '{column}' column"),
        "csv.row-length": entry("该行有 {found} 个字段，但表头有 {expected} 个", "the row has {found} fields but the header has {expected}"),
        "csv.duplicate-column": entry("表头中“{column}”列出现了两次", "column '{column}' appears twice in the header"),
        "csv.score-column": entry("“{column}”列应写作 {form}", "column '{column}' should be written {form}"),
    ]

    // MARK: Tender file

    private static let tender: [String: Entry] = [
        "tender.leader-is-purchaser": entry("评委“{member}”是采购人代表，不得担任评标委员会组长（{basis}）；请从评审专家中推选",
                                            "member '{member}' is the purchaser's representative, who may not lead the committee ({basis}); choose an expert"),
        "tender.leader-stepped-aside": entry("评委“{member}”已回避，不能担任评标委员会组长", "member '{member}' stepped aside and cannot lead the committee"),
        "tender.unknown-member": entry("评标委员会中没有评委“{member}”", "no committee member '{member}'"),
        "tender.unknown-vendor": entry("投标文件中没有供应商“{vendor}”的投标", "no bid from vendor '{vendor}' in the bids file"),
        "tender.supersedes": entry("第 {revision} 次评审是对第 {previous} 次的重新评审，但“{key}”为 {found}",
                                   "revision {revision} re-evaluates revision {previous}, but '{key}' is {found}"),
        "tender.correction-unchanged": entry("更正前后的评分均为 {mark}；更正必须改变评分",
                                             "the mark before and after are both {mark}; a correction must change the mark"),
        "tender.wrong-tender": entry("该项目文件属于项目“{found}”，但评分办法为“{rubric}”", "this tender file is for tender '{found}', but the rubric is '{rubric}'"),
        "tender.procedure-mismatch": entry("采购方式“{procedure}”应采用“{method}”评审方法，但评分办法的评审方法为“{rubric}”",
                                           "procurement method '{procedure}' is evaluated by the '{method}' method, but the rubric's method is '{rubric}'"),
        "tender.committee-size": entry("评标委员会有 {sitting} 名评委参加评审（未回避者），但评分办法的 {key} 为 {rubric}",
                                       "{sitting} members sit on the committee (those who did not step aside), but the rubric's {key} is {rubric}"),
        "tender.mark-by-non-member": entry("供应商“{vendor}”：评委“{evaluator}”对“{criterion}”打了分，但不是项目文件中评标委员会的成员",
                                           "vendor '{vendor}': evaluator '{evaluator}' marked '{criterion}' but is not a member of the committee in the tender file"),
        "tender.mark-by-stepped-aside": entry("供应商“{vendor}”：评委“{evaluator}”对“{criterion}”打了分，但已回避本次评审",
                                              "vendor '{vendor}': evaluator '{evaluator}' marked '{criterion}' but stepped aside from this evaluation"),
        "tender.member-without-mark": entry("评委“{member}”没有对供应商“{vendor}”的主观评分因素“{criterion}”评分",
                                            "committee member '{member}' has no mark for vendor '{vendor}' on subjective criterion '{criterion}'"),
        "tender.opening-record-needs-every-bid": entry("开标时拆封的每份投标都须列入开标记录", "every bid opened must be in the opening record"),
        "tender.not-in-opening-record": entry("供应商“{vendor}”有投标，但不在项目文件的开标记录（{term}）中",
                                              "vendor '{vendor}' has a bid but is not in the tender file's opening record ({term})"),
        "tender.opening-price-differs": entry("开标记录中供应商“{vendor}”的报价为 {opened}，但投标文件中为 {bid}；投标文件与开标时的内容不一致",
                                              "the opening record reads {opened} for vendor '{vendor}', but the bids file says {bid}; the bids file no longer matches what was opened"),
        "tender.duplicate-decision": entry("供应商“{vendor}”的第二项{kind}（首次出现于第 {line} 行）",
                                           "a second {kind} decision for vendor '{vendor}' (first at line {line})"),
        "decision.invalid-bid": entry("无效投标认定", "invalid-bid"),
        "decision.abnormal-price": entry("异常低价认定", "abnormal-price"),
        "tender.abnormal-decision-without-flag": entry("供应商“{vendor}”没有异常低价标记，因此没有需要评标委员会接受或拒绝的说明",
                                                       "vendor '{vendor}' has no abnormally-low-price flag, so there is no explanation for the committee to accept or reject"),
        "tender.flag-without-decision": entry("供应商“{vendor}”被标记为报价异常低，但项目文件没有记录评标委员会对其说明的认定（{basis}）",
                                              "vendor '{vendor}' is flagged for an abnormally low price, but the tender file records no committee decision on its explanation ({basis})"),
        "tender.decision-on-excluded-bid": entry("供应商“{vendor}”已未通过审查；该认定不改变结果",
                                                 "vendor '{vendor}' already fails a review gate; the decision changes nothing"),
        "tender.decided-by-unknown": entry("{key}“{decider}”既不是“{committee}”“{purchaser}”，也不是参加评审的评委",
                                           "{key} '{decider}' is neither '{committee}', '{purchaser}' nor a sitting committee member"),
        "tender.correction-not-subjective": entry("“{criterion}”不是主观评分因素；只有评委评分可以更正",
                                                  "'{criterion}' is not a subjective criterion; only committee marks can be corrected"),
        "tender.correction-before-differs": entry("更正记录称评委“{member}”对供应商“{vendor}”的“{criterion}”评分为 {before}，但{found}",
                                                  "the correction says member '{member}' gave vendor '{vendor}' {before} on '{criterion}', but {found}"),
        "tender.bids-file-has": entry("投标文件中为 {mark}", "the bids file has {mark}"),
        "tender.bids-file-has-no-mark": entry("投标文件中没有该评分", "the bids file has no such mark"),
        "tender.correction-out-of-range": entry("更正后的评分 {mark} 超出 0–{maximum}", "the corrected mark {mark} is outside 0–{maximum}"),
        "tender.duplicate-correction": entry(
            "评委“{member}”对供应商“{vendor}”的“{criterion}”评分被更正了两次（首次出现于第 {line} 行）；请只写一项从原评分到最终评分的更正",
            "member '{member}''s mark for vendor '{vendor}' on '{criterion}' is corrected twice (first at line {line}); give one correction from the original mark to the final one"),
        "tender.dissent-by-non-member": entry("“{member}”提出了不同意见，但不是参加评审的评委", "'{member}' dissents but is not a sitting committee member"),
    ]

    // MARK: Amounts and encodings

    private static let amounts: [String: Entry] = [
        "amount.example": entry("请用阿拉伯数字书写，如 {a}、{b}、{c} 或 {d}", "write it in digits, such as {a}, {b}, {c} or {d}"),
        "amount.empty": entry("应为金额，实际为空单元格", "expected an amount, found an empty cell"),
        "amount.bad-grouping": entry("“{text}”不是可以精确读取的金额：逗号没有按三位分组；{example}",
                                     "'{text}' is not an amount VendorScore can read exactly: its commas do not group the digits in threes; {example}"),
        "amount.signed": entry("“{text}”带有正负号；金额不写符号；{example}", "'{text}' has a sign; an amount is written without one; {example}"),
        "amount.unknown-unit": entry("“{text}”：“{unit}”不是金额中可以读取的货币或单位（{units}）；{example}",
                                     "'{text}': '{unit}' is not a currency or unit VendorScore reads in an amount ({units}); {example}"),
        "amount.chinese-numerals": entry("“{text}”是用汉字写的金额；{example}", "'{text}' is written in Chinese numerals; {example}"),
        "amount.too-precise": entry("“{text}”的位数超过可精确读取的范围（小数点前最多 15 位，小数点后最多 9 位）",
                                    "'{text}' has more digits than VendorScore reads exactly (at most 15 before the point and 9 after)"),
        "amount.not-an-amount": entry("“{text}”不是金额；{example}", "'{text}' is not an amount; {example}"),
        "amount.price-not-positive": entry("报价应大于 0，实际为“{text}”", "expected a price above 0, found '{text}'"),
        "encoding.save-as-utf8": entry("请在 Excel 中选择{menu}", "in Excel choose {menu} (Save As → CSV UTF-8 (Comma delimited))"),
        "encoding.read-as-gb18030": entry("文件不是 UTF-8 编码，已按 GB18030（GBK）读取，即中文版 Excel 保存 CSV 的编码；如果文件是以其他编码保存的，{save}",
                                          "the file is not UTF-8; it was read as GB18030 (GBK), the encoding Chinese Excel saves CSV in; if it was saved in another encoding, {save}"),
        "encoding.undecodable": entry("文件既不是 UTF-8 也不是 GB18030（GBK）文本：第 {line} 行第 {column} 列的字节 {byte} 无法读取；{save}",
                                      "the file is neither UTF-8 nor GB18030 (GBK) text: byte {byte} at line {line}, column {column} cannot be read; {save}"),
        "encoding.utf16": entry("文件是 UTF-16 文本（Excel 的“Unicode 文本”）；{save}", "the file is UTF-16 text (Excel's Unicode text); {save}"),
    ]

    // MARK: Workbooks (.xlsx)

    private static let workbooks: [String: Entry] = [
        "workbook.not-xlsx": entry("不是 .xlsx 工作簿（文件不是 zip 压缩包）；请在 Excel 中另存为“{format}”",
                                   "not an .xlsx workbook (the file is not a zip archive); save it from Excel as '{format}'"),
        "workbook.no-temporary-file": entry("无法写入读取工作簿所用的临时副本 {path}；请检查临时目录是否可写",
                                            "cannot write the temporary copy {path} the workbook is read from; check that the temporary directory is writable"),
        "workbook.too-large": entry("工作簿大小为 {bytes} 字节，超过允许的 {limit} 字节", "the workbook is {bytes} bytes, more than the {limit} bytes allowed"),
        "workbook.too-many-parts": entry("工作簿包含超过 {limit} 个部件；投标工作簿最多只有几十个部件，因此拒绝读取",
                                         "the workbook holds more than {limit} parts; a workbook of bids has a few dozen at most, so it is refused"),
        "workbook.inflates-too-much": entry("工作簿的部件解压后超过 {limit} 字节；疑似压缩炸弹，拒绝读取",
                                            "the workbook's parts inflate to more than {limit} bytes; it is refused as a possible zip bomb"),
        "workbook.path-traversal": entry("工作簿包含名为“{path}”的条目，其路径位于压缩包之外；拒绝读取",
                                         "the workbook holds an entry named '{path}', a path outside the archive; it is refused"),
        "workbook.damaged-part": entry("工作簿的部件“{part}”已损坏，无法解压", "the workbook's part '{part}' is damaged and cannot be inflated"),
        "workbook.missing-part": entry("工作簿缺少部件“{part}”；不是完整的 .xlsx 工作簿", "the workbook has no part '{part}'; it is not a complete .xlsx workbook"),
        "workbook.unreadable-part": entry("工作簿的部件“{part}”不是工作簿应有的 XML", "the workbook's part '{part}' is not the XML a workbook holds"),
        "workbook.no-sheets": entry("工作簿中没有工作表", "the workbook has no sheets"),
        "workbook.several-sheets": entry(
            "工作簿有 {count} 个工作表（{sheets|、}）；投标工作簿只能有一个工作表，请删除其他工作表，或将投标数据移到单独的工作簿",
            "the workbook has {count} sheets ({sheets|, }); VendorScore reads bids from a workbook of one sheet, so delete the others or move the bids to a workbook of their own"),
        "sheet.empty": entry("工作表“{sheet}”为空；应有一行表头，每家投标人各占一行", "the sheet '{sheet}' is empty; expected a header row and one row per vendor"),
        "sheet.too-large": entry("工作表延伸至{reach}，超过 {rows} 行或 {columns} 列的上限", "the sheet spans {reach}, more than {rows} rows or {columns} columns"),
        "sheet.reach.dimension": entry(" {dimension}", "{dimension}"),
        "sheet.reach.row": entry("第 {row} 行", "row {row}"),
        "sheet.reach.column": entry("第 {column} 列", "column {column}"),
        "cell.bad-reference": entry("“{reference}”不是单元格引用（如 {example}）", "'{reference}' is not a cell reference such as {example}"),
        "cell.twice": entry("单元格 {reference} 在工作表中出现了两次", "cell {reference} appears twice in the sheet"),
        "cell.shared-string-index": entry("该单元格引用共享字符串“{index}”，但工作簿只有 {count} 个；索引应小于 {count}",
                                          "the cell refers to shared string '{index}', but the workbook has {count}; expected an index below {count}"),
        "cell.error-value": entry("该单元格为错误值 {value}；应为取值", "the cell holds the error value {value}; expected a value"),
        "cell.formula-without-value": entry(
            "该单元格是没有计算结果的公式；应为取值（请在 Excel 中打开并保存工作簿，以保存计算结果）",
            "the cell holds a formula with no computed value; expected a value (open the workbook in Excel and save it, so the value is stored)"),
        "cell.date": entry("该单元格为日期或时间（{value}）；应为数字、百分比或文字（请将单元格格式设为{general}或{text}）",
                           "the cell holds a date or time ({value}); expected a number, a percentage or text (format the cell as {general} or {text})"),
        "cell.not-a-number": entry("该单元格存储的数字“{value}”不是数字", "the cell's stored number '{value}' is not a number"),
        "cell.no-header": entry("该单元格的内容为“{value}”，但第 {column} 列在表头行中没有名称；应在其上方填写表头，或留空该单元格",
                                "the cell holds '{value}', but column {column} has no name in the header row; expected a header above it or an empty cell"),
    ]

    // MARK: Plugins file

    private static let plugins: [String: Entry] = [
        "plugins.empty": entry("文件为空；应为包含 {format} 与 {scorers} 的映射（键值对）", "the file is empty; expected a mapping with {format} and {scorers}"),
        "plugins.format": entry("应为“{expected}”，实际为“{found}”", "expected '{expected}', found '{found}'"),
        "plugins.expect-scorers": entry("非空的评分器列表", "a non-empty list of scorers"),
        "plugins.scorer-twice": entry("评分器编号“{scorer}”重复声明；首次声明于 {first}", "scorer id '{scorer}' is declared twice; first at {first}"),
        "plugins.already-registered": entry("评分器编号“{scorer}”已由 {module} 注册；每个评分器须有自己的编号",
                                            "scorer id '{scorer}' is already registered by {module}; every scorer needs its own id"),
        "plugins.expect-command": entry("以非空词语列表写出的命令，如 {example}（直接运行，不经过命令解释器）",
                                        "the command as a non-empty list of words such as {example} (it is run directly, never through a shell)"),
        "plugins.no-program": entry("{where}没有可执行程序“{program}”", "no executable program '{program}' {where}"),
        "plugins.relative-to": entry("在 {directory} 下", "relative to {directory}"),
        "plugins.on-path": entry("在 {path} 中", "on {path}"),
        "plugins.unreadable-program": entry("无法读取 {program}，不能记录其 {hash}", "cannot read {program} to record its {hash}"),
        "plugins.timeout": entry("应为大于 0 且不超过 {maximum} 的时长，如 {a}、{b} 或 {c}；实际为“{found}”",
                                 "expected a duration above 0 and at most {maximum}, such as {a}, {b} or {c}; found '{found}'"),
        "plugins.expect-parameters": entry("包含 {name}、{type} 与 {summary} 的参数列表", "a list of parameters with {name}, {type} and {summary}"),
        "plugins.parameter-twice": entry("参数“{name}”重复声明", "parameter '{name}' is declared twice"),
    ]
}
