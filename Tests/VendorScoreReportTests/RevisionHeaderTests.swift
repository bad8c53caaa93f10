import Testing
import VendorScoreCore
@testable import VendorScoreReport

/// A re-evaluated tender's report says, in its header, which revision it is, which one it
/// re-evaluates, why, and when and by whom the re-evaluation was opened.
@Suite("Report header of a re-evaluation")
struct RevisionHeaderTests {
    private func report(_ language: Language, revision: TenderRevision?) throws -> String {
        let fixture = ReportFixture.example
        var tender = try TenderLoader().load(path: ReportFixture.repository.appendingPathComponent("examples/government-cloud/tender.yaml").path)
        tender.revision = revision
        var evaluation = fixture.evaluation
        evaluation.tender = tender
        return EvaluationReport(evaluation: evaluation, inputs: fixture.inputs,
                                options: ReportOptions(language: language, date: ReportFixture.date, vendorScoreVersion: "9.9.9-test")).html()
    }

    private func header(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: #"class="report-header""#))
        let end = try #require(html.range(of: "</header>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.lowerBound]
    }

    static let revision = TenderRevision(number: 3, supersedes: 2, reason: "签字后发现分值汇总计算错误", openedAt: "2026-03-25 10:05",
                                         openedBy: "王芳", location: SourceLocation(file: "tender.yaml", line: 1, column: 1))

    @Test func theHeaderStatesTheRevisionInChineseAndEnglish() throws {
        let zh = try header(report(.zh, revision: Self.revision))
        #expect(zh.contains("重新评审") && zh.contains("第 3 版，重新评审第 2 版（财政部令第87号 第64条）"))
        #expect(zh.contains("签字后发现分值汇总计算错误") && zh.contains("2026-03-25 10:05，王芳"))
        let en = try header(report(.en, revision: Self.revision))
        #expect(en.contains("revision 3, re-evaluating revision 2 (财政部令第87号 Art. 64)"))
        #expect(en.contains("Reason for re-evaluation") && en.contains("2026-03-25 10:05 by 王芳"))
    }

    @Test func aFirstEvaluationSaysNothingOfRevisions() throws {
        let zh = try header(report(.zh, revision: nil))
        #expect(zh.contains("重新评审") == false)
        #expect(try header(report(.en, revision: nil)).contains("re-evaluat") == false)
    }
}
