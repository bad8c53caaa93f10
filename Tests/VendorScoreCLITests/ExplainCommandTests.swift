import Testing
import VendorScoreCLI

@Suite struct ExplainCommandTests {
    @Test func explainsEveryPointOfOneVendor() {
        let run = CLIRun(["explain", Fixtures.path("rubric.yaml"), Fixtures.path("bids.yaml"), "--vendor", "dawning"])
        #expect(run.status == 0)
        let text = run.output
        #expect(text.hasPrefix("曙光云 (dawning): rank 3 of 4 qualified bids\n"))
        #expect(text.contains("""
            Price
              Bid price:                   8,800,000
              small-enterprise deduction:  -10%: small enterprise: 10% deduction (财库〔2020〕46号)
              Evaluation price:            7,920,000
              Benchmark (评标基准价):      7,920,000
            """))
        #expect(text.contains("  pass  mlps-level-3 (qualification, MLPS 2.0 level 3 certified): mlps_level 3 ≥ 3\n"))
        #expect(text.contains("""
              technical / sla: SLA availability
                scorer:  generic.linear@1.0.0 (objective)
                facts:   sla_availability = 99.95%
            """))
        #expect(text.contains("    points:  11.111111… → 11.11 / 20.00\n"))
        #expect(text.contains("  commercial / price: Price score\n    scorer:  cost.price-87@1.0.0 (objective)\n"))
        #expect(text.contains("    points:  40 → 40.00 / 40.00\n"))
        #expect(text.contains("  Technical (technical):    46.11 / 60.00\n  Commercial (commercial):  40.00 / 40.00\n"))
        #expect(text.contains("\nTotal: 86.11 / 100.00\n"))
    }

    @Test func explainsACommitteeScoreAndTheRankNote() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "inspur", "--lang", "zh"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("浪潮云（inspur）：第 1 名（共 4 家通过审查）\n评分办法：专家评审测试评分办法（panel-2026 v2.1）\n"))
        #expect(run.output.contains("""
              technical / design：总体设计
                评分规则：  committee.panel@1.0.0（subjective）
                所读事实：  evaluator:E1 = 35，evaluator:E2 = 35，evaluator:E3 = 35
                依据：      3 名评委评分的平均值：35
                得分：      35 → 35.00 / 40.00
            """))
        #expect(run.output.contains("  评标价格：    9,000,000（无价格扣除）\n"))
        #expect(run.output.hasSuffix("""
            排名
              第 1 名（共 4 家通过审查）
              推荐候选人第 1 位（共 4 位）

            """))
        let huayun = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "huayun"],
                            modules: CLIRun.coreOnly)
        #expect(huayun.output.hasSuffix("""
            Rank
              rank 2 of 4 qualified bids
              equal total with 浪潮云; placed below on bid price
              recommended candidate 2 of 4

            """))
    }

    @Test func explainsATiedVendor() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "tencent"],
                         modules: CLIRun.coreOnly)
        #expect(run.output.hasPrefix("腾讯云 (tencent): rank =3 (tied with ctyun) of 4 qualified bids\n"))
    }

    @Test func explainsWhyADisqualifiedVendorIsNotScored() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "ucloud"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("UCloud优刻得 (ucloud): disqualified\n"))
        #expect(run.output.contains("  FAIL  mlps-level-3 (qualification, MLPS 2.0 level 3 certified): mlps_level is 2; required ≥ 3\n"))
        #expect(run.output.contains("Criteria\n  Not scored: failed MLPS 2.0 level 3 certified (see Gates)\n"))
        #expect(!run.output.contains("Total:"))
    }

    @Test func unknownVendorSuggestsTheClosestId() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "inspr"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasSuffix("error: no vendor 'inspr' in \(Fixtures.path("panel-bids.yaml")) (did you mean 'inspur'?)\n"))
    }

    @Test func unknownVendorWithNothingCloseListsTheVendors() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "amazon-web-services"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.hasSuffix("(vendors: ctyun, huayun, inspur, tencent, ucloud)\n"))
    }

    @Test func vendorIsRequired() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml")], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("Missing expected argument '--vendor <id>'"))
    }
}
