import VendorScoreCore

/// Scores 信创 (domestic IT innovation) coverage: how many of the domestic CPU lines and
/// operating systems the bid supports.
///
/// `points = maximum × (cpu_share × CPU lines covered ÷ CPU lines + (1 − cpu_share) × OSes covered ÷ OSes)`.
/// Reads the list facts `domestic_cpus` and `domestic_os`; items that are not among the lines
/// score nothing, are named in the reason, and are reported as a warning.
///
/// ```yaml
/// - id: xinchuang
///   points: 10
///   scorer: scalability.xinchuang
///   params: {cpu_share: 60%}
/// ```
public struct XinchuangScorer: BidScorer {
    public static let id = "scalability.xinchuang"
    public static let version = "1.0.0"
    public static let summary = "信创 coverage: share of domestic CPU lines and operating systems supported, CPUs weighing cpu_share."
    public static let parameters = [
        ParameterSpec("cpu_lines", "list", required: false, summary: "Domestic CPU lines that count; 鲲鹏, 海光, 飞腾, 龙芯, 兆芯, 申威 by default."),
        ParameterSpec("os_lines", "list", required: false, summary: "Domestic operating systems that count; 银河麒麟, 统信UOS, 中科方德 by default."),
        ParameterSpec("cpu_share", "percentage", required: false, summary: "Share of the points for CPU lines; 60% by default, OSes have the rest."),
    ]
    public static let examples = [
        ScorerExample(
            "Default lines: half the CPUs and two of three OSes; all of them; none",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["domestic_cpus": "鲲鹏 | 海光 | 飞腾", "domestic_os": "银河麒麟 | 统信UOS"]),
                ExampleBid("b", facts: ["domestic_cpus": "鲲鹏 | 海光 | 飞腾 | 龙芯 | 兆芯 | 申威", "domestic_os": "银河麒麟 | 统信UOS | 中科方德"]),
                ExampleBid("c", facts: ["domestic_cpus": "Intel", "domestic_os": "Windows Server"]),
            ],
            expected: ["5.67", "10.00", "0.00"]
        ),
        ScorerExample(
            "Own lines and share; items outside the lines and repeats are ignored",
            parameters: "cpu_lines: [鲲鹏, 海光]\nos_lines: [银河麒麟]\ncpu_share: 50%",
            maximum: 4,
            bids: [ExampleBid("a", facts: ["domestic_cpus": "海光 | Intel | 海光", "domestic_os": "银河麒麟"])],
            expected: ["3.00"]
        ),
    ]

    static let defaultCPULines = ["鲲鹏", "海光", "飞腾", "龙芯", "兆芯", "申威"]
    static let defaultOSLines = ["银河麒麟", "统信UOS", "中科方德"]

    let cpuLines: Set<String>
    let osLines: Set<String>
    /// Points per covered line, as a fraction of the maximum.
    let perCPU: Rational
    let perOS: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        cpuLines = try Self.lines("cpu_lines", parameters, default: Self.defaultCPULines)
        osLines = try Self.lines("os_lines", parameters, default: Self.defaultOSLines)
        let cpuShare = parameters.has("cpu_share") ? try parameters.percent("cpu_share") / 100 : Rational(3, 5)
        perCPU = cpuShare / Rational(cpuLines.count)
        perOS = (1 - cpuShare) / Rational(osLines.count)
    }

    private static func lines(_ name: String, _ parameters: ScorerParameters, default defaultValue: [String]) throws(ScorerError) -> Set<String> {
        Set(try parameters.distinctStrings(name, what: "lines", default: defaultValue))
    }

    public var facts: [FactRequirement] {
        [FactRequirement("domestic_cpus", .list), FactRequirement("domestic_os", .list)]
    }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let cpus = try bid.list("domestic_cpus")
        let systems = try bid.list("domestic_os")
        let cpu = Coverage(cpus, lines: cpuLines)
        let os = Coverage(systems, lines: osLines)
        let points = (Rational(cpu.covered.count) * perCPU + Rational(os.covered.count) * perOS) * maximum
        let unrecognised = UnrecognisedItems.found(fact: "domestic_cpus", items: cpu.ignored, recognised: cpuLines)
            + UnrecognisedItems.found(fact: "domestic_os", items: os.ignored, recognised: osLines)
        return Award(points, unrecognised: unrecognised) {
            (reason(cpu: cpu, os: os), ["domestic_cpus": .list(cpus), "domestic_os": .list(systems)])
        }
    }

    private func reason(cpu: Coverage, os: Coverage) -> Phrase {
        var parts = [
            Phrase("xinchuang.cpu", ["count": .number(Rational(cpu.covered.count)), "of": .number(Rational(cpuLines.count)),
                                     "listed": cpu.listed]),
            Phrase("xinchuang.os", ["count": .number(Rational(os.covered.count)), "of": .number(Rational(osLines.count)),
                                    "listed": os.listed]),
        ]
        let ignored = cpu.ignored + os.ignored
        if !ignored.isEmpty { parts.append(Phrase("items.ignored", ["items": .writtenList(ignored)])) }
        return Phrase("clauses", ["parts": .phrases(parts)])
    }

    /// Which of a bid's items are among the lines (each counted once), in the bid's order.
    struct Coverage {
        var covered: [String] = []
        var ignored: [String] = []

        init(_ items: [String], lines: Set<String>) {
            var seen = Set<String>()
            for item in items where seen.insert(item).inserted {
                if lines.contains(item) { covered.append(item) } else { ignored.append(item) }
            }
        }

        /// ` (鲲鹏, 海光)`, or nothing when no line is covered.
        var listed: PhraseValue { .optional(covered.isEmpty ? nil : Phrase("items.listed", ["items": .writtenList(covered)])) }
    }
}
