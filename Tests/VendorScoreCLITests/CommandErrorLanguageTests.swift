import Foundation
import Testing
import VendorScoreCLI

/// A command's own problems read in the `--lang` language; English stays the default.
@Suite struct CommandErrorLanguageTests {
    @Test func explainNamesAnUnknownVendorInChinese() {
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--vendor", "inspr", "--lang", "zh"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.hasSuffix("错误：\(Fixtures.path("panel-bids.yaml")) 中没有投标人“inspr”（是否指 “inspur”？）\n"), "\(run.errors)")
    }

    @Test func reportWithNothingToWriteSaysSoInChinese() {
        let run = CLIRun(["report", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml"), "--lang", "zh"], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("错误：没有要写的内容：应给出 --html FILE、--markdown FILE 或 --pdf FILE，但一个也没有（vendorscore report "), "\(run.errors)")
        let english = CLIRun(["report", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids.yaml")], modules: CLIRun.coreOnly)
        #expect(english.errors.hasPrefix("error: nothing to write: expected --html FILE, --markdown FILE or --pdf FILE, found none (vendorscore report "))
    }

    @Test func anOutputOverAnInputIsRefusedInChinese() throws {
        let scratch = try InputProtectionTests.Scratch()
        defer { scratch.remove() }
        let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--format", "csv", "--output", scratch.bids, "--lang", "zh"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("错误：--output \(scratch.bids) 是 BIDS 文件 \(scratch.bids)，写入会毁掉输入（请为 --output 另取文件名）"), "\(run.errors)")
    }

    @Test func analyzeSaysInChineseWhyThereIsNothingToAnalyse() {
        let run = CLIRun(["analyze", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids-too-few.yaml"), "--lang", "zh"],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("错误：评审未对任何投标人排序（通过资格条件的投标过少），没有可分析的排名\n"), "\(run.errors)")
    }
}
