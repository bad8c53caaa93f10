import Testing
import VendorScoreCore
import VendorScoreOutput
@testable import VendorScoreReport

/// The numbers in the charts and tables are the evaluation's: subtotals, totals, shares, price
/// scores and the benchmark, drawn to scale.
@Suite struct NumbersTests {
    let fixture = ReportFixture.example
    var evaluation: Evaluation { fixture.evaluation }
    func points(_ value: Rational) -> String { value.fixed(evaluation.rubric.rounding.decimals) }

    @Test func rankingTableHoldsRanksSubtotalsAndTotals() throws {
        let root = try XMLNodeTree.parse(fixture.report(.en).html())
        let table = try #require(root.first(id: "ranking"))
        let rows = table.descendants("tbody").flatMap(\.children).filter { $0.name == "tr" }
        #expect(rows.count == evaluation.vendors.count + 1)
        for (row, vendor) in zip(rows, evaluation.vendors) {
            let cells = row.children.filter { $0.name == "td" }.map(\.text)
            #expect(cells[1] == vendor.name + vendor.id)
            guard let total = vendor.total else {
                #expect(cells.last!.contains("disqualified"))
                continue
            }
            #expect(cells[0] == ReportText.rank(vendor))
            #expect(cells.last == points(total))
            #expect(Array(cells[4..<(4 + vendor.groups.count)]) == vendor.groups.map { points($0.points) })
        }
        #expect(rows.last!.children.last!.text == "100.00")
    }

    @Test func barsShowEachGroupSubtotalToScale() throws {
        let root = try XMLNodeTree.parse(fixture.report(.zh).html())
        let chart = try #require(root.first(id: "chart-groups")?.descendants("svg").first { $0["role"] == "img" })
        let tracks = chart.descendants("rect").filter { $0["class"] == "track" }
        #expect(tracks.count == evaluation.qualified.count)
        let trackWidth = try #require(tracks.first?.number("width"))
        let total = evaluation.rubric.totalPoints
        for vendor in evaluation.qualified {
            let segments = chart.descendants("rect").filter { $0["class"] == "segment" && $0["data-vendor"] == vendor.id }
            #expect(segments.map { $0["data-group"]! } == evaluation.rubric.groups.map(\.id))
            #expect(segments.map { $0["data-points"]! } == vendor.groups.map { points($0.points) })
            for (segment, group) in zip(segments, vendor.groups) {
                let expected = (group.points / total).double * trackWidth
                #expect(abs(segment.number("width")! - expected) <= 0.15, "\(vendor.id) \(group.groupID)")
            }
            // Values written on the bars are the same subtotals.
            for label in chart.descendants("text") where label["data-vendor"] == vendor.id && label["data-group"] != nil {
                let segment = segments.first { $0["data-group"] == label["data-group"] }
                #expect(label.text == segment?["data-points"])
            }
            let totalLabel = try #require(chart.descendants("text").first { $0["data-vendor"] == vendor.id && $0["data-total"] != nil })
            #expect(totalLabel.text == points(vendor.total!))
            #expect(totalLabel["data-total"] == points(vendor.total!))
        }
    }

    @Test func radarsShowEachGroupsShareOfItsMaximum() throws {
        let root = try XMLNodeTree.parse(fixture.report(.en).html())
        let radar = try #require(root.first(id: "chart-radar"))
        for vendor in evaluation.qualified {
            let vertices = radar.descendants("rect").filter { $0["class"] == "vertex" && $0["data-vendor"] == vendor.id }
            #expect(vertices.map { $0["data-share"]! } == vendor.groups.map { ($0.points * 100 / $0.maximum).fixed(1) + "%" })
        }
        let table = try #require(root.first(id: "chart-radar-data"))
        let firstRow = table.descendants("tbody").first!.children.first!.children.map(\.text)
        let first = evaluation.qualified[0]
        #expect(firstRow[2] == (first.groups[0].points * 100 / first.groups[0].maximum).fixed(1) + "%"
                    + points(first.groups[0].points) + " / " + first.groups[0].maximum.decimalString())
    }

    @Test func priceChartPlotsEveryPriceScoreAndTheBenchmark() throws {
        let root = try XMLNodeTree.parse(fixture.report(.en).html())
        let chart = try #require(root.first(id: "chart-price"))
        let priceIndex = try #require(evaluation.rubric.criteria.firstIndex { $0.id == "price" })
        let benchmark = try #require(evaluation.benchmark)
        #expect(benchmark == Rational(5_350_000))
        let line = try #require(chart.all.first { $0["class"] == "benchmark" && $0["data-benchmark"] != nil })
        #expect(line["data-benchmark"] == "5350000")
        let markers = chart.all.filter { $0["class"] == "marker" && $0["data-vendor"] != nil }
        #expect(markers.count == evaluation.qualified.count)
        for vendor in evaluation.qualified {
            let marker = try #require(markers.first { $0["data-vendor"] == vendor.id })
            #expect(marker["data-price-score"] == points(vendor.criterionPoints[priceIndex]))
            #expect(marker["data-evaluation-price"] == vendor.evaluationPrice.decimalString())
        }
        // The lowest evaluation price scores full points and sits at the benchmark line.
        let lowest = try #require(markers.first { $0["data-price-score"] == "30.00" })
        #expect(lowest["data-vendor"] == "kingsoft")
        #expect(lowest.name == "polygon", "kingsoft is flagged abnormally low and drawn as a diamond")
        // The 87号令 curve starts at the benchmark with full points, where the lowest bid sits.
        let curve = try #require(chart.descendants("polyline").first { $0["class"] == "curve" })
        let start = try #require(curve["points"]?.split(separator: " ").first?.split(separator: ",").compactMap { Double($0) })
        #expect(abs(start[0] - line.number("x1")!) <= 0.1)
        let diamondTop = try #require(lowest["points"]?.split(separator: " ").first?.split(separator: ",").compactMap { Double($0) })
        #expect(abs(start[1] - (diamondTop[1] + 7)) <= 0.15, "the curve passes through the lowest bid's marker")
        // Deductions: a hollow marker at the bid price for the two vendors that got one.
        let before = chart.all.filter { $0["class"] == "before-deduction" && $0["data-vendor"] != nil }.compactMap { $0["data-vendor"] }
        #expect(Set(before) == ["chinac", "sangfor"])
        let table = try #require(root.first(id: "chart-price-data"))
        let rows = table.descendants("tbody").flatMap(\.children)
        #expect(rows.map { $0.children.last!.text } == evaluation.qualified.map { points($0.criterionPoints[priceIndex]) })
    }

    @Test func tiesAreMarkedAsTies() throws {
        let stress = LegibilityTests.stress
        let tied = stress.evaluation.qualified.filter { !$0.tiedWith.isEmpty }
        #expect(Set(tied.map(\.id)) == ["v0", "v13"])
        let root = try XMLNodeTree.parse(stress.report(.zh).html())
        let rows = try #require(root.first(id: "ranking")).descendants("tr").filter { $0["class"] == "tied" }
        #expect(rows.count == 2)
        for row in rows {
            let rank = row.children[0].text
            #expect(rank.hasPrefix("=") && rank.hasSuffix("并列"), "\(rank)")
        }
        #expect(root.descendants("p").contains { $0.text.contains("“=”表示并列") })
        let markdown = stress.report(.en).markdown()
        #expect(markdown.contains("| =\(tied[0].rank!)<br>tied |"))
    }
}
