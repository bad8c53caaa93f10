import Foundation
import Testing
import VendorScoreOutput

/// A tender file's `revision` block (a 第64条 re-evaluation) in every command-line output beside
/// the project, in Chinese and English; without the block every output is as before.
@Suite("A re-evaluation's revision block in the text and JSON outputs")
struct TenderRevisionOutputTests {
    static let block = """

        revision:
          number: 2
          supersedes: 1
          reason: 签字后发现分值汇总计算错误
          opened_at: "2026-03-20 09:30"
          opened_by: 王芳

        """
    static let zh = "第2次评审，重新评审第1次（财政部令第87号 第64条）：签字后发现分值汇总计算错误；2026-03-20 09:30 由 王芳 开启"
    static let en = "revision 2, re-evaluating revision 1 (财政部令第87号 第64条): 签字后发现分值汇总计算错误; opened 2026-03-20 09:30 by 王芳"

    /// The example's tender file with the revision block appended, in `scratch`.
    func revisedTender(in scratch: Scratch) throws -> String {
        let tender = try String(contentsOfFile: TenderRecordTests.tender, encoding: .utf8)
        return try scratch.write(tender + Self.block, to: "revised.tender.yaml")
    }

    func evaluate(_ tender: String, _ options: [String]) -> Run {
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--tender", tender] + options)
        #expect(run.status == 0, "\(run.errors)")
        return run
    }

    @Test("The table shows the revision after the project", arguments: [("zh", "项目：", "重新评审：", zh), ("en", "Project:", "Re-evaluation (重新评审):", en)])
    func table(language: String, project: String, title: String, line: String) throws {
        let scratch = try Scratch()
        let output = evaluate(try revisedTender(in: scratch), ["--lang", language]).output
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let projectAt = try #require(lines.firstIndex(of: project))
        #expect(Array(lines[(projectAt + 2)...].prefix(3)) == ["", title, "  " + line])
    }

    @Test("Markdown shows the revision as its own section", arguments: [("zh", "### 重新评审", zh), ("en", "### Re-evaluation (重新评审)", en)])
    func markdown(language: String, heading: String, line: String) throws {
        let scratch = try Scratch()
        let output = evaluate(try revisedTender(in: scratch), ["--format", "markdown", "--lang", language]).output
        #expect(output.contains("\n\(heading)\n\n- \(line)\n"))
    }

    @Test("explain names the revision under the rubric",
          arguments: [("zh", "评分办法：", "重新评审：" + zh), ("en", "Rubric: ", "Re-evaluation (重新评审): " + en)])
    func explain(language: String, rubricLine: String, line: String) throws {
        let scratch = try Scratch()
        let run = Run(["explain", Repository.rubric, Repository.bidsYAML, "--tender", try revisedTender(in: scratch),
                       "--vendor", "ctyun", "--lang", language])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count > 2 && lines[1].hasPrefix(rubricLine) && lines[2] == line, "\(lines.prefix(3))")
    }

    @Test("JSON carries the revision under tender, and a record made with it conforms to the schema")
    func json() throws {
        let scratch = try Scratch()
        let tender = try revisedTender(in: scratch)
        let output = evaluate(tender, ["--format", "json"]).output
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(output.utf8))
        let revision = try #require(document.tender?.revision)
        #expect([String(revision.number), String(revision.supersedes), revision.reason, revision.openedAt, revision.openedBy]
                    == ["2", "1", "签字后发现分值汇总计算错误", "2026-03-20 09:30", "王芳"])
        #expect(output.contains("\"opened_at\" : \"2026-03-20 09:30\""))
        _ = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, extra: ["--tender", tender])
        if !RecordSchemaTests.skip {
            let result = try RecordSchemaTests.validate(scratch.path("record.json"))
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("Without a revision block no output changes but for the tender file's own bytes",
          arguments: [["--format", "table", "--lang", "zh"], ["--format", "table", "--lang", "en"], ["--format", "markdown", "--lang", "zh"],
                      ["--format", "markdown", "--lang", "en"], ["--format", "json"], ["--format", "csv"]])
    func unchangedWithoutRevision(options: [String]) throws {
        let scratch = try Scratch()
        // The same tender file under another path, with the block commented out: the outputs must be identical.
        let tender = try String(contentsOfFile: TenderRecordTests.tender, encoding: .utf8)
        let commented = Self.block.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# " + $0 }
        let copy = try scratch.write(tender + commented.joined(separator: "\n"), to: "plain.tender.yaml")
        let before = evaluate(TenderRecordTests.tender, options).output
        let after = evaluate(copy, options).output
        #expect(after == before)
        // JSON says there is no revision; the other outputs do not mention it.
        #expect(!after.contains("重新评审") && after.contains("revision") == options.contains("json"))
        #expect(after.contains("\"revision\" : null") == options.contains("json"))
        // CSV is one row per vendor and has no place for the project, so it stays as it is.
        let revised = evaluate(try revisedTender(in: scratch), options).output
        #expect((revised == before) == options.contains("csv"))
    }
}
