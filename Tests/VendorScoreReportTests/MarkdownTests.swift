import Testing
import VendorScoreCore
@testable import VendorScoreReport

/// The Markdown report: the same sections and numbers as the HTML, without charts.
@Suite struct MarkdownTests {
    let fixture = ReportFixture.example

    @Test func sameSectionsAsTheHTMLWithoutCharts() throws {
        let markdown = fixture.report(.zh).markdown()
        #expect(markdown.hasPrefix("# 评标报告: 省级政务云服务采购项目评分办法（示例）\n"))
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == ["评审结果", "评标委员会与评审决定", "图表", "资格性与符合性审查", "提示事项", "评审专家个人评分表", "逐项评分明细", "评分方法", "评标委员会成员签字", "版本与输入文件"])
        #expect(!markdown.contains("<svg"))
        #expect(markdown.contains("- **评标日期**: 2026-03-18"))
    }

    @Test func rankingRowsHoldTheEvaluationsNumbers() {
        let markdown = fixture.report(.en).markdown()
        let lines = markdown.split(separator: "\n").map(String.init)
        for vendor in fixture.evaluation.qualified {
            let subtotals = vendor.groups.map { $0.points.fixed(2) }.joined(separator: " | ")
            let row = lines.first { $0.hasPrefix("| \(vendor.rank!) | \(vendor.name)<br>\(vendor.id) |") }
            #expect(row?.hasSuffix("| \(subtotals) | \(vendor.total!.fixed(2)) |") == true, "\(vendor.id): \(row ?? "missing")")
        }
        #expect(lines.contains { $0.hasPrefix("| — | 新华三<br>h3c | 12,600,000 |") && $0.hasSuffix("| ✗ disqualified<br>Price within the ceiling |") })
    }

    @Test(arguments: [Language.zh, .en])
    func chartsAreGivenByTheirNumbersWithoutTheirCaptions(_ language: Language) {
        let report = fixture.report(language)
        let markdown = report.markdown()
        let context = fixture.context(language)
        #expect(markdown.contains("*\(context.labels.priceTableCaption)*"))
        #expect(markdown.contains("*\(context.labels.radarTableCaption)*"))
        // No caption or sentence that describes a drawing the Markdown does not have.
        for case .figure(let figure) in ChartsSection(context: context).section().blocks {
            #expect(!markdown.contains(MarkdownWriter.escape(figure.caption)), "\(figure.id)")
            if case .text(let sentence) = figure.alternative { #expect(!markdown.contains(MarkdownWriter.escape(sentence))) }
        }
        #expect(!markdown.contains("\n\n\n"))
    }
}
