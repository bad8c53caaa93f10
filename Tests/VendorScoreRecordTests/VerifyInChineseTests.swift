import Foundation
import Testing
import VendorScoreCore
import VendorScoreRecord

/// `verify --lang zh`: an auditor reads the whole report in Chinese, with only ids, paths,
/// digests and values quoted as they are.
@Suite("vendorscore verify in Chinese") struct VerifyInChineseTests {
    @Test("A reproduced record is reported in Chinese, and nothing English is left")
    func reproduced() throws {
        let scratch = try Scratch()
        let record = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record
        let path = scratch.path("record.json")
        let run = Run(["verify", path, "--lang", "zh"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("已复现：嵌入的评分办法和投标文件给出的结果与记录完全相同。\n"))
        #expect(run.output.contains("  封签：  \(record.seal)（封存部分的 SHA-256；记录完好）\n"))
        #expect(run.output.contains("  结果：  14 家供应商，12 家排名；由 VendorScore \(VendorScoreVersion.current) 重新计算\n"))
        #expect(run.output.contains("  签名：  无（记录未签名）\n"))
        let quoted = [path, record.seal, EvaluationRecord.format, "VendorScore", "SHA-256"]
        let rest = quoted.reduce(run.output) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(!rest.contains(where: { $0.isASCII && $0.isLetter }), "\(rest)")
    }

    @Test("A given file that is not the recorded one is named in Chinese, the labels lined up")
    func givenFiles() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)
        let run = Run(["verify", scratch.path("record.json"), "--rubric", Repository.rubric, "--bids", Repository.bidsCSV, "--lang", "zh"])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("已复现，但给出的某个文件不是生成记录所用的文件。\n"))
        #expect(run.output.contains("  签名：         无（记录未签名）\n"))
        #expect(run.output.contains("  rubric.yaml：  \(Repository.rubric) 正是记录的文件：字节完全相同\n"))
        #expect(run.output.contains("  bids.yaml：    \(Repository.bidsCSV) 不是记录的文件：它是 CSV；记录的文件是 YAML\n"))
    }

    @Test("Differences and their likely cause are told in Chinese")
    func changedScorerVersion() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        let run = Run(["verify", scratch.path("record.json"), "--lang", "zh"], modules: bumpedModules)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("未复现：重新计算嵌入的评分办法和投标文件，结果与记录不同。\n"))
        #expect(run.output.contains("差异（24 个值）；排名已改变：\n  供应商 alpha：rank：记录为 1，重新计算为 3\n"))
        #expect(run.output.contains("\n  排名顺序：记录为 [\"alpha\",\"beta\",\"gamma\",\"delta\"]，重新计算为 [\"beta\",\"gamma\",\"alpha\",\"delta\"]\n"))
        #expect(run.output.contains("  评审因素 zones，2 家供应商（beta, gamma）：points：记录为 \"0.00\"，重新计算为 \"30.00\"\n"))
        #expect(run.output.contains("  评分办法，评分组 technical，评审因素 zones：scorer_version：记录为 \"2.0.1\"，重新计算为 \"2.1.0\"\n"))
        #expect(run.output.contains("  供应商 delta，评审因素 zones：reason：记录为 “zones 1 against 3”，重新计算为 “zones 1 against 1.5”\n"))
        #expect(run.output.contains("可能的原因：\n  评分器 test.target：记录的版本 2.0.1，已安装 2.1.0（它为 zones 评分）\n"))
    }

    @Test("A forged record is refused in Chinese by verify, explain and report")
    func forgedTotal() throws {
        let scratch = try Scratch()
        var sealed = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record.sealed
        let forged = sealed.evaluation.standings[1]
        sealed.evaluation.standings[1].total = "99.50"
        let path = try scratch.write(EvaluationRecord(sealing: sealed).fileBytes, to: "forged.json")
        let message = "供应商“\(forged.id)”：总分 99.50 不等于其记录的各评审因素得分之和（\(forged.total!)）"
        let verify = Run(["verify", path, "--lang", "zh"])
        #expect(verify.status == 2)
        #expect(verify.output.hasPrefix("已损坏：\(path) 在写出后被编辑或损坏；未重新计算。\n"))
        #expect(verify.output.contains("  sealed.evaluation: " + message))
        let explain = Run(["explain", "--record", path, "--vendor", forged.id, "--lang", "zh"])
        #expect(explain.status == 2)
        #expect(explain.errors.contains("错误：\(path) 在写出后被编辑或损坏：sealed.evaluation: " + message))
        #expect(explain.errors.contains("（运行 'vendorscore verify \(path) --lang zh' 查看完整报告）"))
    }
}
