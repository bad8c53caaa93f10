import Testing
import VendorScoreCLI

@Suite struct ValidateCommandTests {
    @Test func listsEveryProblemInOneBrokenRubric() {
        let rubric = Fixtures.path("broken-rubric.yaml")
        let run = CLIRun(["validate", rubric], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output == """
            \(rubric):9:1: error: colour: unknown key 'colour'; allowed here: format, id, version, title, category, method, total_points, rounding, price_weight, minimum_qualified, tie_break, price, committee, defaults, gates, groups, note
            \(rubric):11:5: error: gates[0]: a gate needs exactly one condition (is, at_least, at_most, equals, one_of, includes), found none
            \(rubric):25:17: error: groups[0].criteria[1].points: expected a number, found 'ten'
            \(rubric):27:17: error: groups[0].criteria[1].scorer: 'committee.panel' scores subjective criteria; set 'type: subjective'
            \(rubric):35:17: error: groups[1].criteria[0].scorer: unknown scorer 'comittee.panel' (did you mean 'committee.panel'?)
            \(rubric):8:15: error: total_points: criteria points add up to 40 (technical 40), but total_points is 100
            \(rubric):8:15: warning: total_points: no criterion scores price; 综合评分法 and 竞争性磋商 require a price score
            6 errors, 1 warning

            """)
    }

    @Test func listsRubricAndBidsProblemsTogether() {
        let run = CLIRun(["validate", Fixtures.path("broken-rubric.yaml"), Fixtures.path("broken-bids.yaml")], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        let bids = Fixtures.path("broken-bids.yaml")
        #expect(run.output.contains("\(bids):12:12: error: bids[2].price: '-5' is negative; facts and amounts must be 0 or more\n"))
        #expect(run.output.contains("\(bids):7:5: error: bids: vendor id 'inspur' appears twice (first at line 4)\n"))
        #expect(run.output.hasSuffix("8 errors, 1 warning\n"))
    }

    @Test func checksBidsAgainstTheRubric() {
        let bids = Fixtures.path("panel-bids-unchecked.yaml")
        let run = CLIRun(["validate", Fixtures.path("panel-rubric.yaml"), bids], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output.contains("\(bids):10:21: error: bids[inspur].scores.design.E1: vendor 'inspur': evaluator 'E1' gave 45 on 'design', outside 0–40\n"))
        #expect(run.output.contains("\(bids):13:5: error: bids[huawei].scores.suport: no subjective criterion 'suport' in the rubric (did you mean 'support'?)\n"))
        #expect(run.output.contains("\(bids):13:5: error: bids[huawei].scores: vendor 'huawei' has no evaluator scores for subjective criterion 'support'\n"))
        #expect(run.output.hasSuffix("rubric panel-2026 v2.1: 3 criteria in 2 groups, 1 gate, 100 points\nbids: 2 vendors\n3 errors, 1 warning\n"))
    }

    @Test func validInputExitsZeroWithWarnings() {
        let run = CLIRun(["validate", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.csv")], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("rubric panel-2026 v2.1: 3 criteria in 2 groups, 1 gate, 100 points\nbids: 5 vendors\n0 errors, 1 warning\n"))
    }

    @Test func validRubricWithPluginScorersHasNoProblems() {
        let run = CLIRun(["validate", Fixtures.path("rubric.yaml")])
        #expect(run.status == 0)
        #expect(run.output == "rubric test-cloud-2026 v1.0: 4 criteria in 2 groups, 2 gates, 100 points\n0 errors, 0 warnings\n")
    }

    @Test func listsARubricsProblemsInChineseWithTheirPlaces() {
        let rubric = Fixtures.path("broken-rubric.yaml")
        let run = CLIRun(["validate", rubric, "--lang", "zh"], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output == """
            \(rubric):9:1：错误：colour：未知的键“colour”；此处可用的键：format、id、version、title、category、method、total_points、rounding、price_weight、minimum_qualified、tie_break、price、committee、defaults、gates、groups、note
            \(rubric):11:5：错误：gates[0]：每个审查条件须有且只有一个判定条件（is、at_least、at_most、equals、one_of、includes），实际为无
            \(rubric):25:17：错误：groups[0].criteria[1].points：应为数字，实际为“ten”
            \(rubric):27:17：错误：groups[0].criteria[1].scorer：“committee.panel”用于主观评分因素；请设置“type: subjective”
            \(rubric):35:17：错误：groups[1].criteria[0].scorer：未知的评分器“comittee.panel”（是否应为“committee.panel”？）
            \(rubric):8:15：错误：total_points：各评分因素分值合计为 40（technical 40），但 total_points 为 100
            \(rubric):8:15：警告：total_points：没有评分因素对价格评分；综合评分法和竞争性磋商都要求设置价格分
            6 个错误，1 个警告

            """)
    }

    @Test func listsABidsFilesProblemsInChineseWithTheirPlaces() {
        let bids = Fixtures.path("broken-bids.yaml")
        let run = CLIRun(["validate", Fixtures.path("panel-rubric.yaml"), bids, "--lang", "zh"], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.output.contains("\(bids):12:12：错误：bids[2].price：“-5”为负数；事实和金额不能小于 0\n"))
        #expect(run.output.contains("\(bids):7:5：错误：bids：供应商编号“inspur”出现了两次（首次出现于第 4 行）\n"))
        #expect(run.output.hasSuffix("个错误，0 个警告\n") || run.output.hasSuffix("个警告\n"))
        #expect(!run.output.contains("error:") && !run.output.contains("expected"))
    }

    @Test func evaluateInChinesePrintsItsInputErrorsInChinese() {
        let bids = Fixtures.path("broken-bids.yaml")
        let run = CLIRun(["evaluate", Fixtures.path("panel-rubric.yaml"), bids, "--lang", "zh"], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("\(bids):7:5：错误：bids：供应商编号“inspur”出现了两次（首次出现于第 4 行）\n"))
        let english = CLIRun(["evaluate", Fixtures.path("panel-rubric.yaml"), bids], modules: CLIRun.coreOnly)
        #expect(english.errors.contains("\(bids):7:5: error: bids: vendor id 'inspur' appears twice (first at line 4)\n"))
    }
}
