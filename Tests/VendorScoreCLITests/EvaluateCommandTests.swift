import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput

@Suite struct EvaluateCommandTests {
    let panelRubric = Fixtures.path("panel-rubric.yaml")
    let panelBids = Fixtures.path("panel-bids.yaml")
    let rubric = Fixtures.path("rubric.yaml")
    let bids = Fixtures.path("bids.yaml")

    @Test func rankedEvaluationExitsZeroAndPrintsWarningsToStandardError() {
        let run = CLIRun(["evaluate", panelRubric, panelBids], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains("| huayun  | 华云数据"))
        #expect(run.errors == "\(panelRubric):9:15: warning: total_points: no criterion scores price; 综合评分法 and 竞争性磋商 require a price score\n")
    }

    @Test func tooFewQualifiedExitsOneAndShowsTheGateTable() {
        let run = CLIRun(["evaluate", panelRubric, Fixtures.path("panel-bids-too-few.yaml")], modules: CLIRun.coreOnly)
        #expect(run.status == 1)
        #expect(run.output.contains("No ranking: only 1 bid passed the gates; the rubric requires 3 (财政部令第87号)\n"))
        #expect(run.output.contains("| kingsoft | 金山云       | 8,000,000 | FAIL                       | disqualified |\n"))
        #expect(run.output.contains("| inspur   | 浪潮云       | 9,000,000 | pass                       | qualified    |\n"))
        #expect(!run.output.contains("Total"))
    }

    @Test func invalidRubricExitsTwoListingEveryError() {
        let run = CLIRun(["evaluate", Fixtures.path("broken-rubric.yaml"), panelBids], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        let errors = run.errors.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 6)
    }

    @Test func missingFileExitsTwo() {
        let run = CLIRun(["evaluate", panelRubric, Fixtures.path("no-such-bids.yaml")], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("error: cannot read \(Fixtures.path("no-such-bids.yaml")): no such file"))
    }

    @Test func scorerFailureExitsTwoWithALocatedError() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: panelRubric, encoding: .utf8)
            .replacingOccurrences(of: """
                      - id: operations
                        title: { zh: 运维方案, en: Operations plan }
                        points: 20
                        type: subjective
                """, with: """
                      - id: operations
                        title: { zh: 运维方案, en: Operations plan }
                        points: 20
                        type: objective
                        scorer: test.failing
                """)
        let path = directory.appendingPathComponent("rubric.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let bidsPath = directory.appendingPathComponent("bids.yaml").path
        try String(contentsOfFile: panelBids, encoding: .utf8)
            .replacingOccurrences(of: "      operations: { E1: 18, E2: 18, E3: 18 }\n", with: "")
            .replacingOccurrences(of: "      operations: { E1: 17, E2: 19, E3: 18 }\n", with: "")
            .replacingOccurrences(of: "      operations: { E1: 15, E2: 15, E3: 15 }\n", with: "")
            .write(toFile: bidsPath, atomically: true, encoding: .utf8)

        let run = CLIRun(["evaluate", path, bidsPath], modules: [testModule])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("\(path):27:9: error: operations (test.failing): no data for vendor 'ctyun'\n"))
    }

    @Test func csvBidsWithByteOrderMarkGiveTheSameResult() throws {
        let fromYAML = try document(["evaluate", panelRubric, panelBids, "--format", "json"], modules: CLIRun.coreOnly)
        let fromCSV = try document(["evaluate", panelRubric, Fixtures.path("panel-bids.csv"), "--format", "json"], modules: CLIRun.coreOnly)
        #expect(fromCSV.vendors.map(\.id) == ["inspur", "huayun", "ctyun", "tencent", "ucloud"])
        #expect(fromCSV.vendors == fromYAML.vendors)
        #expect(fromCSV.benchmark == fromYAML.benchmark)
    }

    @Test func csvBidsGiveTheSameResultWithPluginScorers() throws {
        let fromYAML = try document(["evaluate", rubric, bids, "--format", "json"])
        let fromCSV = try document(["evaluate", rubric, Fixtures.path("bids.csv"), "--format", "json"])
        #expect(fromCSV.vendors.map(\.id) == ["inspur", "ctyun", "dawning", "huawei", "ucloud"])
        #expect(fromCSV.vendors == fromYAML.vendors)
    }

    @Test func tieOnTotalIsBrokenByTheLowerQuotedPrice() throws {
        let result = try document(["evaluate", rubric, bids, "--format", "json"])
        let ranks = result.vendors.map { "\($0.id) \($0.rank.map(String.init) ?? "-") \($0.total ?? "-")" }
        #expect(ranks == ["inspur 1 89.20", "ctyun 2 89.20", "dawning 3 86.11", "huawei 4 80.46", "ucloud - -"])
        #expect(result.vendors[1].rankNote?.text(.en) == "equal total with \(result.vendors[0].name); placed below on bid price")
        #expect(result.vendors[1].rankNote?.text(.zh) == "与 \(result.vendors[0].name) 总分相同，按投标报价排在其后")
        // JSON carries the words in the language asked, English by default, and only in that one.
        #expect(result.vendors[1].rankNote?.text?.en == result.vendors[1].rankNote?.text(.en))
        #expect(result.vendors[1].rankNote?.text?.zh == nil)
        let chinese = try document(["evaluate", rubric, bids, "--format", "json", "--lang", "zh"])
        #expect(chinese.vendors[1].rankNote?.text?.zh == result.vendors[1].rankNote?.text(.zh))
        #expect(chinese.vendors[1].rankNote?.text?.en == nil)
        #expect(chinese.vendors.map(\.rankNote?.phrase) == result.vendors.map(\.rankNote?.phrase))
        #expect(result.benchmark == "7920000")
        let dawning = try #require(result.vendors.first { $0.id == "dawning" })
        #expect(dawning.evaluationPrice == "7920000")
        #expect(dawning.adjustments.map(\.kind) == ["small-enterprise"])
        #expect(dawning.criteria.map(\.points) == ["11.11", "10.00", "25.00", "40.00"])
        #expect(dawning.criteria[0].rawPoints == "11.111111…")
    }

    @Test func tableShowsTiesAndNotes() {
        let run = CLIRun(["evaluate", panelRubric, panelBids], modules: CLIRun.coreOnly)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Panel-only test rubric (panel-2026 v2.1)")
        #expect(lines.contains("|   =3 | ctyun   | 中国电信（天翼云） |        9,200,000 |          45.00 |        35.00 |       80.00 |     1 |                            |"))
        #expect(lines.contains("|   =3 | tencent | 腾讯云             |        9,200,000 |          45.00 |        35.00 |       80.00 |     0 |                            |"))
        #expect(lines.contains("|    - | ucloud  | UCloud优刻得       |        7,000,000 |              - |            - |           - |     - | MLPS 2.0 level 3 certified |"))
        #expect(lines.contains("  8,820,000: the lowest evaluation price among qualified bids"))
        // huayun is a small enterprise: the lower evaluation price, but the higher quoted price (第57条).
        #expect(lines.contains("  huayun (华云数据): equal total with 浪潮云; placed below on bid price"))
        #expect(lines.contains("  ctyun (中国电信（天翼云）): tied with 腾讯云: equal total and equal bid price"))
        // Four candidates for three places: ctyun and tencent are tied on the third.
        #expect(lines.contains("  1. inspur (浪潮云), 88.00"))
        #expect(lines.contains("  3. tencent (腾讯云), 80.00"))
        #expect(lines.contains("  ucloud (UCloud优刻得): MLPS 2.0 level 3 certified (qualification): mlps_level is 2; required ≥ 3"))
        #expect(lines.contains { $0.hasPrefix("  ctyun (中国电信（天翼云）): evaluator spread [Overall design]: evaluators' scores differ by 16 of 40 points") })
    }

    @Test func chineseTitlesWithLangZh() {
        let run = CLIRun(["evaluate", panelRubric, panelBids, "--lang", "zh"], modules: CLIRun.coreOnly)
        #expect(run.output.hasPrefix("专家评审测试评分办法（panel-2026 v2.1）\n"))
        #expect(run.output.contains("| 技术方案（60） | 服务（40） |"))
        // Column headers, the method line and the notes' titles are Chinese too.
        #expect(run.output.contains("| 排名 | 投标人编号 | 投标人"))
        #expect(run.output.contains("| 总分（100） | 提示 | 未通过的审查         |"))
        #expect(run.output.contains("按总分由高到低排名，得分相同的投标报价低者优先（财政部令第87号 第57条）。四舍五入保留2位小数（每个评分因素及总分）。"))
        #expect(run.output.contains("\n推荐候选人（按排名顺序）：\n  1. inspur（浪潮云），88.00\n") && run.output.contains("\n评标基准价：\n  8,820,000 元：通过审查的投标中最低的评标价格\n"))
        let markdown = CLIRun(["evaluate", panelRubric, panelBids, "--lang", "zh", "--format", "markdown"], modules: CLIRun.coreOnly)
        #expect(markdown.output.contains("| 投标人编号 | 投标人 | 投标报价（元） | 具备等保三级备案证明 | 结论 |"))
        // Reasons, flags, notes and deductions are Chinese too.
        #expect(run.output.contains("  huayun（华云数据）：与 浪潮云 总分相同，按投标报价排在其后\n"))
        #expect(run.output.contains("  huayun（华云数据）：小微企业价格扣除 -10%：小型企业：价格扣除 10%（财库〔2020〕46号）；评标价格 8,820,000 元\n"))
        #expect(run.output.contains("  ucloud（UCloud优刻得）：具备等保三级备案证明（资格性审查）：mlps_level 为 2，要求不低于 3\n"))
        #expect(run.output.contains("  ctyun（中国电信（天翼云））：评委评分差异【总体设计】：评委评分相差 16（满分 40 分，超过 30%），畸高畸低，签字前须复核（财政部令第87号 第64条）\n"))
    }

    @Test func csvFormatHasOneRowPerVendor() {
        let run = CLIRun(["evaluate", panelRubric, panelBids, "--format", "csv"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output == """
            rank,id,name,price,evaluation_price,technical,service,total,qualified,failed_gates,flags,recommended,decisions,corrections
            1,inspur,浪潮云,9000000,9000000,53.00,35.00,88.00,true,,,1,,
            2,huayun,华云数据,9800000,8820000,53.00,35.00,88.00,true,,,2,,
            3,ctyun,中国电信（天翼云）,9200000,9200000,45.00,35.00,80.00,true,,"evaluator spread [Overall design]: evaluators' scores differ by 16 of 40 points (more than 30%); marks far apart, review before signing (财政部令第87号 第64条)",3,,
            3,tencent,腾讯云,9200000,9200000,45.00,35.00,80.00,true,,,4,,
            ,ucloud,UCloud优刻得,7000000,7000000,,,,false,mlps-level-3,,,,

            """)
    }

    @Test func markdownFormatHasResultsAndGateTables() {
        let run = CLIRun(["evaluate", panelRubric, panelBids, "--format", "markdown"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "## Panel-only test rubric (panel-2026 v2.1)")
        #expect(lines.contains("| Rank | Vendor | Name | Evaluation price | Technical (60) | Service (40) | Total (100) | Flags | Failed gates |"))
        #expect(lines.contains("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"))
        #expect(lines.contains("| =3 | ctyun | 中国电信（天翼云） | 9,200,000 | 45.00 | 35.00 | 80.00 | 1 |  |"))
        #expect(lines.contains("### Gates"))
        #expect(lines.contains("| ucloud | UCloud优刻得 | 7,000,000 | FAIL | disqualified |"))
        #expect(lines.contains("- huayun (华云数据): equal total with 浪潮云; placed below on bid price"))
    }

    @Test func jsonFormatIsStableAndComplete() throws {
        let first = CLIRun(["evaluate", panelRubric, panelBids, "--format", "json"], modules: CLIRun.coreOnly)
        let second = CLIRun(["evaluate", panelRubric, panelBids, "--format", "json"], modules: CLIRun.coreOnly)
        #expect(first.output == second.output)
        let result = try JSONDecoder().decode(EvaluationDocument.self, from: Data(first.output.utf8))
        #expect(result.format == "vendorscore/evaluation@1")
        #expect(result.outcome.status == "ranked" && result.outcome.qualified == 4 && result.outcome.minimum == 3)
        #expect(result.rubric.totalPoints == "100.00")
        #expect(result.rubric.title.zh == "专家评审测试评分办法" && result.rubric.title.en == "Panel-only test rubric")
        let ctyun = try #require(result.vendors.first { $0.id == "ctyun" })
        #expect(ctyun.rank == 3)
        #expect(ctyun.tiedWith == ["tencent"])
        #expect(ctyun.groups.map { "\($0.id) \($0.points)/\($0.maximum)" } == ["technical 45.00/60.00", "service 35.00/40.00"])
        #expect(ctyun.criteria[0].inputs.map(\.name) == ["evaluator:E1", "evaluator:E2", "evaluator:E3"])
        #expect(ctyun.flags.map(\.kind) == ["evaluator-spread"])
        #expect(ctyun.flags.first?.criterion == "design")
        let ucloud = try #require(result.vendors.last)
        #expect(ucloud.rank == nil && ucloud.total == nil && !ucloud.qualified)
        #expect(ucloud.gates.map { "\($0.id) \($0.stage) \($0.passed): \($0.reason.text(.en))" }
                == ["mlps-level-3 qualification false: mlps_level is 2; required ≥ 3"])
        #expect(result.warnings.map(\.location) == ["\(panelRubric):9:15"])
        // Absent values are written as null, never left out.
        #expect(first.output.contains("\"rank\" : null"))
        #expect(first.output.contains("\"rank_note\" : null"))
        #expect(!first.output.contains("\\/"))
    }

    private func document(_ arguments: [String], modules: [ScorerModule] = builtinModules) throws -> EvaluationDocument {
        let run = CLIRun(arguments, modules: modules)
        #expect(run.status == 0, "\(run.errors)")
        return try JSONDecoder().decode(EvaluationDocument.self, from: Data(run.output.utf8))
    }
}
