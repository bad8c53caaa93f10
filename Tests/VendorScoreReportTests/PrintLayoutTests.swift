import Foundation
import Testing
import VendorScoreCore
@testable import VendorScoreReport

/// What keeps the printed report whole: tables split only where no heading or one or two rows
/// would be left behind, continued tables say whose they are, names and titles wrap only
/// between words, borders survive a page break, and radars are large enough to read.
@Suite struct PrintLayoutTests {
    private func rows(_ kinds: [ReportTable.Row.Kind]) -> ReportTable {
        ReportTable(columns: [.init("a"), .init("b")], rows: kinds.map { ReportTable.Row(["x", "y"], kind: $0) })
    }

    @Test func aShortTablePrintsWholeAndALongOneKeepsFourRowsOnEachSide() {
        #expect(rows(Array(repeating: .normal, count: 15)).breaks().isEmpty)
        #expect(rows(Array(repeating: .normal, count: 16)).breaks() == Array(4...12))
        #expect(rows(Array(repeating: .normal, count: 16)).breaks(keep: 8) == [8])
        let runs = rows(Array(repeating: .normal, count: 18)).unbreakableRuns().map(\.count)
        #expect(runs == [4] + Array(repeating: 1, count: 10) + [4])
    }

    @Test func aGroupHeadingKeepsThreeRowsBelowIt() {
        // Groups at 0, 5 and 12: no break after a group row or after one or two rows below it.
        var kinds = Array(repeating: ReportTable.Row.Kind.normal, count: 20)
        kinds[0] = .group; kinds[5] = .group; kinds[12] = .group; kinds[19] = .summary
        let table = rows(kinds)
        #expect(table.breaks() == [4, 5, 9, 10, 11, 12, 16])
        #expect(table.unbreakableRuns().map(\.count) == [4, 1, 4, 1, 1, 1, 4, 4])
    }

    @Test(arguments: [Language.zh, .en])
    func everyPrintedTableSplitsOnlyBetweenItsRuns(_ language: Language) throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(language).html())
        let tables = root.descendants("table")
        #expect(tables.count > 10)
        for table in tables {
            let bodies = table.children.filter { $0.name == "tbody" }
            let rows = bodies.flatMap { $0.children.filter { $0.name == "tr" } }
            let id = table["id"] ?? "?"
            #expect(!bodies.isEmpty, "\(id)")
            if rows.count <= 15 { #expect(bodies.count == 1, "\(id): a short table prints whole") }
            // The wrapper of a table in one run keeps it whole with its caption.
            let wrapper = try #require(root.descendants("div").first { $0.children.contains { $0 === table } })
            #expect(wrapper["class"] == (bodies.count == 1 ? "table-wrap whole" : "table-wrap"), "\(id)")
            if bodies.count > 1 {
                #expect(bodies.first!.children.count >= 4 && bodies.last!.children.count >= 4, "\(id)")
            }
            for body in bodies {
                #expect(body.children.count == 1 || body["class"] == "keep", "\(id)")
                // A group heading is never among the last three rows before a possible break.
                let kinds = body.children.map { $0["class"] }
                #expect(!kinds.suffix(3).contains("group") || bodies.last === body, "\(id): \(kinds)")
            }
        }
    }

    @Test func theStylesheetKeepsRunsWholeAndWordsUnbroken() throws {
        let css = ReportStyle.css
        #expect(css.contains("tr, tbody.keep, .table-wrap.whole, .chart-body"))
        #expect(css.contains("table.data > caption, table.data > thead { break-after: avoid;"))
        #expect(css.contains("table.data > tbody:first-of-type { break-before: avoid;"))
        #expect(css.contains("section ul + .table-wrap, section > p + .table-wrap { break-before: avoid;"))
        #expect(css.contains("break-inside: avoid"))
        #expect(css.contains("h2, h3, figcaption, section dl.fields { break-after: avoid;"))
        #expect(css.contains("h1, h2, h3, .panel-title, figcaption, caption, table.data th, table.data td.name { word-break: keep-all; overflow-wrap: normal; }"))
        #expect(css.contains(".note { display: block; color: var(--muted); font-size: 11px; font-weight: normal; overflow-wrap: break-word; }"))
        #expect(css.contains("dl.fields dd { margin: 0; overflow-wrap: break-word; }"))
        // Separate borders: a collapsed border shared by two rows is cut where a page ends.
        #expect(css.contains("border-collapse: separate"))
        #expect(css.contains("table.data thead tr:first-child > * { border-top-width: 1px; }"))
        #expect(css.contains("section#signatures, footer.report-footer { break-inside: avoid;"))
    }

    @Test func titlesBreakBetweenPhrasesAndNamesOnlyAtPunctuation() {
        #expect(Markup.phraseMarkup("可靠性与运维保障") == "可靠性与<wbr/>运维保障")
        #expect(Markup.phraseMarkup("灾难恢复时间与数据恢复点（RTO/RPO）") == "灾难恢复时间与<wbr/>数据恢复点<wbr/>（RTO/<wbr/>RPO）")
        #expect(Markup.phraseMarkup("Reliability and operations") == "Reliability and operations")
        #expect(Markup.phraseMarkup("中和科技（北京）", particles: false) == "中和科技<wbr/>（北京）")
        #expect(Markup.phraseMarkup("与众<不同>&", particles: true) == "与众&lt;不同&gt;&amp;")
        #expect(Markup.phraseMarkup("安全与") == "安全与")
    }

    @Test(arguments: [Language.zh, .en])
    func namesAndTitlesAreMarkedToWrapOnlyBetweenWords(_ language: Language) throws {
        let fixture = ReportFixture.example
        let root = try XMLNodeTree.parse(fixture.report(language).html())
        let ranking = try #require(root.first(id: "ranking"))
        for vendor in fixture.evaluation.vendors {
            let cell = try #require(ranking.descendants("td").first { $0.text == vendor.name + vendor.id })
            #expect(cell["class"] == "name")
        }
        let detail = try #require(root.first(id: "detail-ctyun"))
        let criteria = detail.descendants("td").filter { $0["class"] == "name" }.map(\.text)
        let context = fixture.context(language)
        for criterion in fixture.evaluation.rubric.criteria {
            #expect(criteria.contains { $0.hasPrefix(context.text(criterion.title)) }, "\(criterion.id)")
        }
    }

    @Test(arguments: [Language.zh, .en])
    func aContinuedDetailTableSaysWhoseItIs(_ language: Language) throws {
        let fixture = ReportFixture.example
        let root = try XMLNodeTree.parse(fixture.report(language).html())
        let context = fixture.context(language)
        for vendor in fixture.evaluation.qualified {
            let table = try #require(root.first(id: "detail-\(vendor.id)"))
            let header = try #require(table.children.first { $0.name == "thead" })
            let title = try #require(header.children.first)
            #expect(title["class"] == "table-title")
            #expect(title.text == "\(context.rank(vendor))  \(vendor.name) (\(vendor.id))")
            #expect(header.children.count == 2, "the title repeats with the column titles on every page")
        }
    }

    @Test(arguments: [Language.zh, .en])
    func radarsAreHalfTheirPanelAcross(_ language: Language) throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(language).html())
        let radar = try #require(root.first(id: "chart-radar"))
        let panels = radar.descendants("svg").filter { $0["role"] == "img" }
        #expect(panels.count == ReportFixture.example.evaluation.qualified.count)
        for svg in panels {
            let width = try #require(svg["viewBox"]?.split(separator: " ").compactMap { Double($0) }.dropFirst(2).first)
            let ring = try #require(svg.descendants("polygon").first { $0["class"] == "ring outer" })
            let corners = (ring["points"] ?? "").split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
            let diameter = corners.flatMap { a in corners.map { b in hypot(a[0] - b[0], a[1] - b[1]) } }.max() ?? 0
            #expect(diameter >= 0.5 * width - 0.5, "the radar's outer ring is \(diameter) across in a panel \(width) wide")
        }
    }
}
