import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput
@testable import VendorScoreReport

/// What the shipped example's report shows, with and without its tender file, in both languages:
/// the tender file among the hashed inputs, a price-chart legend naming only what is drawn, and
/// no chart caption in the Markdown's robustness tables.
@Suite struct ExampleReportPagesTests {
    let rubric = ReportFixture.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    let bids = ReportFixture.repository.appendingPathComponent("examples/government-cloud/bids.yaml").path
    let tender = ReportFixture.repository.appendingPathComponent("examples/government-cloud/tender.yaml").path

    func report(_ language: Language, tender: Bool, analysis: Bool = false) throws -> (html: XMLNodeTree, markdown: String) {
        let directory = try ReportCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let markdown = directory.appendingPathComponent("report.md").path
        let run = ReportCommandTests.Run(["report", rubric, bids, "--html", html, "--markdown", markdown,
                                          "--lang", language.rawValue, "--date", "2026-03-18"]
                                         + (tender ? ["--tender", self.tender] : []) + (analysis ? ["--analysis"] : []))
        #expect(run.status == 0, "\(run.errors)")
        return (try XMLNodeTree.parse(String(contentsOfFile: html, encoding: .utf8)), try String(contentsOfFile: markdown, encoding: .utf8))
    }

    static func sha256(_ path: String) throws -> String {
        ReportInputs.File(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))).sha256
    }

    @Test(arguments: [Language.zh, .en])
    func theTenderFileIsAmongTheInputsWithItsHash(_ language: Language) throws {
        let labels = ReportLabels(language)
        let (html, markdown) = try report(language, tender: true)
        let cells = try #require(html.first(id: "inputs")).descendants("td").map(\.text)
        #expect(cells == [labels.rubric, rubric, try Self.sha256(rubric), labels.bidsFile, bids, try Self.sha256(bids),
                          labels.tenderInputFile, tender, try Self.sha256(tender)])
        #expect(markdown.contains("| \(labels.tenderInputFile) | \(MarkdownWriter.escape(tender)) | \(try Self.sha256(tender)) |"))

        // Without a tender file there is no row for one.
        let (without, plain) = try report(language, tender: false)
        #expect(try #require(without.first(id: "inputs")).descendants("tr").count == 3)
        #expect(!plain.contains("| \(labels.tenderInputFile) |"))
    }

    /// Each legend entry stands for something drawn: a diamond for an abnormally low price only
    /// when a drawn bid has that flag (with the tender file the committee rejected kingsoft's
    /// explanation, so its bid is invalid and off the chart), a hollow marker only for a deduction.
    @Test(arguments: [(Language.zh, true), (.zh, false), (.en, true), (.en, false)])
    func theLegendNamesOnlyWhatTheChartDraws(_ language: Language, _ withTender: Bool) throws {
        let labels = ReportLabels(language)
        let figure = try #require(try report(language, tender: withTender).html.first(id: "chart-price"))
        let legend = figure.descendants("li").map(\.text)
        let diamonds = figure.descendants("polygon").filter { $0.attributes["class"] == "marker" }
        let hollow = figure.descendants("circle").filter { $0.attributes["class"] == "before-deduction" }
        #expect(legend.contains(labels.priceLegendAbnormallyLow) == !diamonds.isEmpty, "\(legend)")
        #expect(legend.contains(labels.priceLegendBeforeDeduction) == !hollow.isEmpty, "\(legend)")
        #expect(legend.contains(labels.priceLegendBid))
        #expect(legend.contains(labels.benchmark))
        // The example shows both cases: kingsoft's diamond without the tender file, none with it.
        #expect(diamonds.contains { $0.attributes["data-vendor"] == "kingsoft" } == !withTender)
        #expect(!hollow.isEmpty)
    }

    @Test(arguments: [Language.zh, .en])
    func theMarkdownWeightIntervalTableHasNoChartCaption(_ language: Language) throws {
        let labels = AnalysisLabels(language)
        let (html, markdown) = try report(language, tender: true, analysis: true)
        #expect(!markdown.contains(MarkdownWriter.escape(labels.intervalCaption)))
        #expect(!markdown.contains(language == .zh ? "竖线为现分值" : "the mark is the current value"))
        #expect(!markdown.contains(language == .zh ? "图表数据" : "Chart data"))
        #expect(markdown.contains("*\(MarkdownWriter.escape(labels.intervalTableCaption))*"))
        // The HTML keeps the caption under its chart.
        let figure = try #require(html.first(id: "chart-weight-intervals"))
        #expect(try #require(figure.descendants("figcaption").first).text == labels.intervalCaption)
    }
}
