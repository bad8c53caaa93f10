import Foundation
import Testing
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

/// The shipped example with its tender file: the committee's decisions in every output, and in a
/// record that `verify` reproduces and whose tender file it guards like the other inputs.
@Suite("The example's tender file")
struct TenderRecordTests {
    static let tender = Repository.path("examples/government-cloud/tender.yaml")

    @Test("evaluate --tender shows kingsoft invalid with the committee's reason, a new benchmark and the corrected mark")
    func exampleAppliesTheDecisions() throws {
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("|    - | kingsoft | 金山云   |") && $0.contains("Abnormally low price not justified") })
        #expect(lines.contains { $0.hasPrefix("  kingsoft (金山云): Abnormally low price not justified (compliance): explanation of the abnormally low price rejected: 书面说明未提供成本构成") })
        #expect(lines.contains("  7,992,000: the lowest evaluation price among qualified bids"))
        #expect(lines.contains { $0.hasPrefix("  chinac, solution-design, member E4: 4 → 7 (第64条 case 4, 畸高畸低): 评标委员会复核认定") })
        #expect(lines.contains("  1. ctyun (中国电信), 87.05"))
        #expect(lines.contains { $0.hasPrefix("  E6 周晓东: stepped aside (回避) over h3c") })

        let json = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender, "--format", "json"])
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(json.output.utf8))
        #expect(document.benchmark == "7992000")
        #expect(document.recommended == ["ctyun", "inspur", "cmcc"])
        #expect(document.tender?.corrections.map { "\($0.member) \($0.vendor) \($0.before)→\($0.after) case \($0.legalCase)" } == ["E4 chinac 4→7 case 4"])
        let chinac = try #require(document.vendors.first { $0.id == "chinac" })
        let design = try #require(chinac.criteria.first { $0.id == "solution-design" })
        #expect(design.inputs.contains { $0.name == "evaluator:E4" && $0.value == "7" })
        // The 畸高畸低 flag that led to the correction stays, as found on the marks as given (4 among 7.5 and 8).
        let spread = chinac.flags.filter { $0.kind == "evaluator-spread" }.map(\.message.phrase)
        #expect(spread.map(\.message) == ["flag.evaluator-spread"] && spread.first?.values["spread"] == .number(4))
        let kingsoft = try #require(document.vendors.first { $0.id == "kingsoft" })
        #expect(!kingsoft.qualified && kingsoft.rank == nil)

        let csv = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender, "--format", "csv"])
        #expect(csv.output.contains(",1,,\n") || csv.output.split(separator: "\n")[1].hasPrefix("1,ctyun,"))
        #expect(csv.output.contains("E4: 4 → 7"))

        let validate = Run(["validate", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender])
        #expect(validate.status == 0)
        #expect(validate.output.contains("tender ZFCG-2026-0318: committee of 5 members, 2 decisions\n"))
    }

    @Test("explain --tender shows the corrected mark and the committee's decision")
    func explainShowsDecisions() {
        let chinac = Run(["explain", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender, "--vendor", "chinac"])
        #expect(chinac.output.contains("evaluator:E4 = 7"))
        #expect(chinac.output.contains("corrected:  chinac, solution-design, member E4: 4 → 7"))
        let kingsoft = Run(["explain", Repository.rubric, Repository.bidsYAML, "--tender", Self.tender, "--vendor", "kingsoft"])
        #expect(kingsoft.output.contains("Committee decisions\n  kingsoft: explanation of the abnormally low price rejected"))
        #expect(kingsoft.output.contains("FAIL  committee-abnormal-price"))
    }

    @Test("A record made with a tender file embeds it, verifies, and explains as the evaluation does")
    func recordWithTenderVerifies() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, extra: ["--tender", Self.tender])
        let record = try intact(bytes)
        let inputs = record.record.sealed.inputs
        #expect(inputs.tender?.name == "tender.yaml")
        #expect(record.tender == [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.tender))))
        #expect(record.record.sealed.findings.tender?.abnormalPrices.map(\.outcome) == ["rejected"])
        #expect(record.record.sealed.evaluation.recommended == ["ctyun", "inspur", "cmcc"])

        let verify = Run(["verify", scratch.path("record.json"), "--tender", Self.tender])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.hasPrefix("reproduced: the embedded rubric, bids and tender file give exactly the recorded result.\n"))
        #expect(verify.output.contains("is the recorded file: identical bytes"))

        let explain = Run(["explain", "--record", scratch.path("record.json"), "--vendor", "chinac"])
        #expect(explain.output.contains("corrected:  chinac, solution-design, member E4: 4 → 7"))

        let report = Run(["report", "--record", scratch.path("record.json"), "--html", scratch.path("report.html")])
        #expect(report.status == 0, "\(report.errors)")
    }

    @Test("One character changed in the embedded tender file makes the record DAMAGED, naming the inputs")
    func changedTenderInRecordIsDamaged() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, extra: ["--tender", Self.tender])
        let original = try #require(try intact(bytes).tender)
        var edited = original
        let position = try #require(original.firstIndex(of: UInt8(ascii: "7")))
        edited[position] = UInt8(ascii: "8")
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: Data(original).base64EncodedString(), with: Data(edited).base64EncodedString())
        #expect(text != String(decoding: bytes, as: UTF8.self))
        let path = try scratch.write(text, to: "edited.json")
        let verify = Run(["verify", path])
        #expect(verify.status == 2)
        #expect(verify.output.hasPrefix("DAMAGED: "))
        #expect(verify.output.contains("sealed.inputs"))
    }

    @Test("verify --tender names a tender file that is not the recorded one")
    func givenTenderThatDiffers() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, extra: ["--tender", Self.tender])
        let text = try String(contentsOfFile: Self.tender, encoding: .utf8).replacingOccurrences(of: "recommend: 3", with: "recommend: 2")
        let other = try scratch.write(text, to: "tender.yaml")
        let verify = Run(["verify", scratch.path("record.json"), "--tender", other])
        #expect(verify.status == 1)
        #expect(verify.output.contains("tender.yaml:") && verify.output.contains("is NOT the recorded file: its content differs"))

        _ = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "plain.json")
        let plain = Run(["verify", scratch.path("plain.json"), "--tender", Self.tender])
        #expect(plain.status == 1)
        #expect(plain.output.contains("the record was made without a tender file"))
    }

    @Test("A record made without a tender file keeps the earlier layout: no tender keys")
    func recordWithoutTenderHasNoTenderKeys() throws {
        let scratch = try Scratch()
        let text = String(decoding: try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch), as: UTF8.self)
        #expect(!text.contains("\"tender\""))
        #expect(text.contains("\"recommended\":[\"ctyun\",\"inspur\",\"huawei\"]"))
    }
}

@Suite("The report's committee section")
struct TenderReportTests {
    @Test("The report lists the committee, the decisions, the corrections with both marks and the candidates")
    func reportShowsTheCommittee() throws {
        let scratch = try Scratch()
        let run = Run(["report", Repository.rubric, Repository.bidsYAML, "--tender", TenderRecordTests.tender,
                       "--markdown", scratch.path("report.md"), "--html", scratch.path("report.html"), "--lang", "zh", "--date", "2026-03-18"])
        #expect(run.status == 0, "\(run.errors)")
        let markdown = String(decoding: try scratch.bytes("report.md"), as: UTF8.self)
        #expect(markdown.contains("- 第1名 中国电信（ctyun），总分 87.05\n- 第2名 浪潮云（inspur），总分 86.73\n- 第3名 中国移动（cmcc），总分 86.30\n"))
        #expect(markdown.contains("| E2 | 王海燕 | 评审专家（评标组长） | 无利害关系 |"))
        #expect(markdown.contains("| E6 | 周晓东 | 评审专家 | 因与 h3c 存在利害关系回避："))
        #expect(markdown.contains("- 金山云 (kingsoft)：异常低价书面说明未被接受，作无效投标处理（财政部令第87号 第60条；评标委员会，2026-03-18）"))
        #expect(markdown.contains("| E4 | 华云数据 (chinac) | 总体技术方案 | 4 | 7 | （四）评分畸高、畸低 |"))
        let html = String(decoding: try scratch.bytes("report.html"), as: UTF8.self)
        #expect(html.contains("id=\"committee\""))
        // The legal contents: the project heads the report, the opening record, separate
        // qualification and compliance tables, each member's sheet, a signature line per member.
        #expect(markdown.hasPrefix("# 评标报告: 某省省级政务云服务采购项目（示例）\n"))
        #expect(markdown.contains("- **项目编号**: ZFCG-2026-0318\n- **采购人**: 某省大数据管理局\n- **采购代理机构**: 某省政府采购中心\n- **预算金额**: 12,000,000 元\n"))
        #expect(markdown.contains("### 开标记录"))
        #expect(markdown.contains("| 华云数据 (chinac) | 8,880,000 元 | 投标函；开标一览表；中小企业声明函（小型企业） |"))
        #expect(markdown.contains("### 资格性审查") && markdown.contains("### 符合性审查") && markdown.contains("### 无效投标及理由"))
        #expect(markdown.contains("### 赵敏（E4） 的评分表"))
        #expect(markdown.contains("| 华云数据<br>chinac | 4 → 7<br>已按第64条更正 |"))
        #expect(markdown.contains("| 王海燕<br>E2 | 评审专家（评标组长） | ＿＿＿＿＿＿＿＿＿＿ | ＿＿＿＿＿＿＿＿＿＿ |  |"))
        #expect(!markdown.contains("周晓东<br>E6"))

        let plain = Run(["report", Repository.rubric, Repository.bidsYAML, "--markdown", scratch.path("plain.md"), "--date", "2026-03-18"])
        #expect(plain.status == 0)
        let text = String(decoding: try scratch.bytes("plain.md"), as: UTF8.self)
        #expect(text.contains("No tender file was given (--tender): the committee, the opening record and the committee's decisions are not recorded."))
        #expect(text.contains("- rank 1: 中国电信 (ctyun), total 78.01"))
        #expect(text.contains("- **Project number**: not given (no tender file, --tender)"))
        #expect(text.contains("No committee list was given (no tender file, --tender)"))

        // Under 竞争性磋商 the report speaks of the panel, suppliers and final quotes.
        let consultationTender = try String(contentsOfFile: TenderRecordTests.tender, encoding: .utf8)
            .replacingOccurrences(of: "procurement_method: open-tender", with: "procurement_method: consultation")
            .replacingOccurrences(of: "tender: gov-cloud-2026\n", with: "")
        let tenderPath = try scratch.write(consultationTender, to: "consultation-tender.yaml")
        let consultation = Run(["report", Repository.path("rubrics/government-cloud-consultation.yaml"), Repository.bidsYAML,
                                "--tender", tenderPath, "--markdown", scratch.path("consultation.md"), "--lang", "zh", "--date", "2026-03-18"])
        #expect(consultation.status == 0, "\(consultation.errors)")
        let words = String(decoding: try scratch.bytes("consultation.md"), as: UTF8.self)
        #expect(words.contains("## 磋商小组与评审决定") && words.contains("### 推荐成交候选供应商（按排名顺序）"))
        #expect(words.contains("| 供应商 | 最后报价 |") && words.contains("## 磋商小组成员签字"))
    }
}

@Suite("report --pdf")
struct PDFReportTests {
    @Test("With Chromium on the machine the report prints to A4 PDF; without, a clear error naming the package")
    func printsOrSaysWhatIsMissing() throws {
        let scratch = try Scratch()
        let run = Run(["report", Repository.rubric, Repository.bidsYAML, "--tender", TenderRecordTests.tender,
                       "--pdf", scratch.path("report.pdf"), "--lang", "zh", "--date", "2026-03-18"])
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let hasChromium = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"].contains { name in
            paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        if hasChromium {
            #expect(run.status == 0, "\(run.errors)")
            let bytes = try scratch.bytes("report.pdf")
            #expect(bytes.starts(with: Array("%PDF".utf8)))
            #expect(bytes.count < 3_000_000)
        } else {
            #expect(run.status == 2)
            #expect(run.errors.contains("--pdf needs Chromium to print the report") && run.errors.contains("apt-get install chromium"))
        }
        let clash = Run(["report", Repository.rubric, Repository.bidsYAML, "--pdf", scratch.path("same"), "--html", scratch.path("same")])
        #expect(clash.status == 2 && clash.errors.contains("are the same file"))
    }
}
