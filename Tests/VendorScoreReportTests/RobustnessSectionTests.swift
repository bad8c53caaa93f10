import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreReport

/// `report --analysis`: the robustness section, its charts drawn from the analysis and their
/// numbers also in tables, in both languages.
@Suite struct RobustnessSectionTests {
    let rubric = ReportFixture.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    let bids = ReportFixture.repository.appendingPathComponent("examples/government-cloud/bids.yaml").path

    func report(_ language: String, analysis: Bool = true) throws -> (html: String, markdown: String) {
        let directory = try ReportCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let markdown = directory.appendingPathComponent("report.md").path
        let run = ReportCommandTests.Run(["report", rubric, bids, "--html", html, "--markdown", markdown, "--lang", language,
                                          "--date", "2026-03-18"] + (analysis ? ["--analysis"] : []))
        #expect(run.status == 0, "\(run.errors)")
        return (try String(contentsOfFile: html, encoding: .utf8), try String(contentsOfFile: markdown, encoding: .utf8))
    }

    @Test(arguments: [("zh", "本分析仅供参考", "排名稳健性分析（参考）"), ("en", "This analysis is advisory", "Robustness of the ranking (advisory)")])
    func theSectionIsThereInBothLanguagesAndSaysItIsAdvisory(language: String, advisory: String, title: String) throws {
        let (html, markdown) = try report(language)
        let root = try XMLNodeTree.parse(html)
        let section = try #require(root.first(id: "robustness"))
        #expect(section.text.contains(advisory))
        #expect(section.text.contains(title))
        #expect(markdown.contains("## \(title)"))
        #expect(markdown.contains(advisory))
    }

    @Test func withoutTheFlagThereIsNoSection() throws {
        let (html, _) = try report("en", analysis: false)
        #expect(try XMLNodeTree.parse(html).first(id: "robustness") == nil)
    }

    @Test func everyAcceptabilitySegmentIsInTheTable() throws {
        let (html, _) = try report("en")
        let root = try XMLNodeTree.parse(html)
        let figure = try #require(root.first(id: "chart-acceptability"))
        let segments = figure.descendants("rect").filter { $0.attributes["data-rank"] != nil }
        #expect(!segments.isEmpty)
        // The table beside the chart holds every vendor's shares, rank by rank.
        let rows = figure.descendants("tr").map { $0.descendants("td").map(\.text) }.filter { !$0.isEmpty }
        for segment in segments {
            let vendor = try #require(segment.attributes["data-vendor"])
            let rank = try #require(Int(segment.attributes["data-rank"] ?? ""))
            let row = try #require(rows.first { $0.first?.hasSuffix("(\(vendor))") == true })
            #expect(row[1 + rank] == segment.attributes["data-share"], "\(vendor) rank \(rank)")
        }
        // Each vendor's segments cover the whole bar (shares add up to 100%): equal total widths,
        // up to the tenth of a unit each coordinate is rounded to.
        let widths = Set(segments.compactMap { $0.attributes["data-vendor"] }).map { vendor in
            segments.filter { $0.attributes["data-vendor"] == vendor }.compactMap { $0.number("width") }.reduce(0, +)
        }
        #expect(widths.count > 2)
        #expect(widths.max()! - widths.min()! < 1.2)
    }

    @Test func eachGroupsIntervalIsDrawnAroundItsCurrentPoints() throws {
        let (html, _) = try report("en")
        let root = try XMLNodeTree.parse(html)
        let figure = try #require(root.first(id: "chart-weight-intervals"))
        let bars = figure.descendants("rect").filter { $0.attributes["data-interval"] != nil }
        let marks = figure.descendants("line").filter { $0.attributes["data-current"] != nil }
        #expect(bars.count == 4)
        #expect(marks.count == 4)
        for (bar, mark) in zip(bars, marks) {
            let x = try #require(mark.number("x1"))
            let left = try #require(bar.number("x"))
            let width = try #require(bar.number("width"))
            #expect(left <= x + 0.1 && x <= left + width + 0.1)
        }
        let tableIntervals = figure.descendants("tr").compactMap { $0.descendants("td").dropFirst(2).first?.text }
        #expect(tableIntervals == bars.compactMap { $0.attributes["data-interval"] })
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let first = try report("zh")
        let second = try report("zh")
        #expect(first.html == second.html)
        #expect(first.markdown == second.markdown)
    }
}
