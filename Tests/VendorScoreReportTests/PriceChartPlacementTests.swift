import Testing
import Foundation
import VendorScoreCore
@testable import VendorScoreReport

/// The price chart's rank labels, measured on the SVG the report writes: every scored vendor is
/// labelled, and no label overlaps another label, a marker, the price-score curve, the benchmark
/// line, a deduction line or another label's leader; a leader joins each moved label to its own
/// marker. Checked on the shipped example and on prices packed close together.
@Suite struct PriceChartPlacementTests {
    @Test(arguments: [Language.zh, .en])
    func theExamplesLabelsAvoidEverything(_ language: Language) throws {
        try check(ReportFixture.example, language)
    }

    typealias Bids = [(price: Int, small: Bool)]

    /// Twenty-four prices within 1.2% of each other, every third a small enterprise, and one far away.
    static let packed: Bids = (0..<24).map { index -> (price: Int, small: Bool) in (10_000_000 + index * 5_000, index % 3 == 0) }
        + [(13_000_000, false)]
    /// Thirty bids at exactly the same price and one above them.
    static let identical: Bids = Array(repeating: (9_000_000, false), count: 30) + [(12_000_000, false)]
    /// Pairs a yuan apart along the whole curve.
    static let pairs: Bids = (0..<12).flatMap { index -> Bids in [(8_000_000 + index * 400_000, false), (8_000_001 + index * 400_000, false)] }

    @Test(arguments: [packed, identical, pairs])
    func closePricesAreAllLabelledWithoutOverlap(_ bids: Bids) throws {
        try check(ReportFixture(rubricText: Self.rubric, bidsText: Self.bids(bids)), .zh)
    }

    private func check(_ fixture: ReportFixture, _ language: Language) throws {
        let root = try XMLNodeTree.parse(fixture.report(language).html())
        let chart = try #require(root.first(id: "chart-price")?.descendants("svg").first { $0["role"] == "img" })
        let geometry = ChartGeometry(svg: chart)
        let context = fixture.context(language)
        let labelled = chart.descendants("text").filter { $0["data-vendor"] != nil }
        let boxes = labelled.map(ChartGeometry.label)

        // Every scored vendor is labelled with its rank.
        let ranked = fixture.evaluation.qualified
        // Markers drawn on top of one another share a label listing their ranks.
        let owners = labelled.map { ($0["data-vendor"] ?? "").split(separator: " ").map(String.init) }
        #expect(owners.flatMap { $0 }.sorted() == ranked.map(\.id).sorted())
        for (text, (box, ids)) in zip(labelled, zip(boxes, owners)) {
            #expect(box.left >= 0 && box.top >= 0 && box.right <= geometry.width && box.bottom <= geometry.height, "\(box)")
            let vendors = ids.compactMap { id in ranked.first { $0.id == id } }
            #expect(text.text == (ids.count == 1 ? context.rank(vendors[0]) : PriceChart.ranks(vendors)))
            if ids.count > 1 {
                let centres = chart.all.filter { $0["class"] == "marker" && ids.contains($0["data-vendor"] ?? "") }.map(Self.centre)
                let xs = centres.map(\.x), ys = centres.map(\.y)
                #expect(xs.max()! - xs.min()! <= 6.1 && ys.max()! - ys.min()! <= 6.1, "\(ids) share a label but lie apart")
            }
        }
        // No two labels overlap; no label covers a marker.
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] { #expect(!box.intersects(other), "\(box) and \(other)") }
        }
        let markers: [ChartGeometry.Label] = chart.all.compactMap { shape in
            guard shape["class"] == "marker" || shape["class"] == "before-deduction", shape["data-vendor"] != nil else { return nil }
            if shape.name == "circle", let x = shape.number("cx"), let y = shape.number("cy"), let r = shape.number("r") {
                return ChartGeometry.Label(text: "marker", left: x - r, top: y - r, right: x + r, bottom: y + r)
            }
            let points = Self.points(shape["points"] ?? "")
            return ChartGeometry.Label(text: "marker", left: points.map(\.x).min()!, top: points.map(\.y).min()!,
                                       right: points.map(\.x).max()!, bottom: points.map(\.y).max()!)
        }
        #expect(markers.count >= ranked.count)
        for box in boxes {
            for marker in markers { #expect(!box.intersects(marker), "\(box) covers a marker at \(marker)") }
        }
        // No label crosses the curve, the benchmark, a deduction or a leader that is not its own.
        var lines: [(from: (x: Double, y: Double), to: (x: Double, y: Double), owner: String?)] = []
        if let curve = chart.descendants("polyline").first(where: { $0["class"] == "curve" }) {
            let points = Self.points(curve["points"] ?? "")
            lines += zip(points, points.dropFirst()).map { ($0, $1, nil) }
        }
        for line in chart.descendants("line") where ["benchmark", "deduction", "leader"].contains(line["class"] ?? "") {
            lines.append(((line.number("x1")!, line.number("y1")!), (line.number("x2")!, line.number("y2")!),
                          line["class"] == "leader" ? line["data-vendor"] : nil))
        }
        #expect(lines.count > 1)
        for (text, box) in zip(labelled, boxes) {
            for line in lines where line.owner == nil || line.owner != text["data-vendor"] {
                #expect(!Self.crosses(box, line.from, line.to), "\(box) crosses a line \(line)")
            }
        }
        // A leader runs from its own marker to its own label.
        for leader in chart.descendants("line") where leader["class"] == "leader" {
            let vendor = try #require(leader["data-vendor"])
            let first = try #require(vendor.split(separator: " ").first.map(String.init))
            let marker = try #require(chart.all.first { $0["class"] == "marker" && $0["data-vendor"] == first })
            let centre = Self.centre(marker)
            #expect(hypot(leader.number("x1")! - centre.x, leader.number("y1")! - centre.y) <= 8)
            let box = try #require(zip(labelled, boxes).first { $0.0["data-vendor"] == vendor }?.1)
            let end = (x: leader.number("x2")!, y: leader.number("y2")!)
            // The chart measures text a little wider than this test does.
            let slack = 2 + (box.right - box.left) * 0.05
            #expect(end.x >= box.left - slack && end.x <= box.right + slack && end.y >= box.top - 2 && end.y <= box.bottom + 2)
        }
    }

    /// A marker's centre: a circle's, or a diamond's (its top and right corners give it).
    private static func centre(_ marker: XMLNodeTree) -> (x: Double, y: Double) {
        if marker.name == "circle" { return (marker.number("cx")!, marker.number("cy")!) }
        let corners = points(marker["points"]!)
        return (corners[0].x, corners[1].y)
    }

    private static func points(_ list: String) -> [(x: Double, y: Double)] {
        list.split(separator: " ").map { pair in
            let numbers = pair.split(separator: ",").compactMap { Double($0) }
            return (numbers[0], numbers[1])
        }
    }

    /// Whether the segment passes through the box (sampled finely enough for one-unit features).
    private static func crosses(_ box: ChartGeometry.Label, _ from: (x: Double, y: Double), _ to: (x: Double, y: Double)) -> Bool {
        let steps = max(1, Int(hypot(to.x - from.x, to.y - from.y) * 4))
        return (0...steps).contains { step in
            let t = Double(step) / Double(steps)
            let x = from.x + (to.x - from.x) * t, y = from.y + (to.y - from.y) * t
            return x > box.left && x < box.right && y > box.top && y < box.bottom
        }
    }

    static let rubric = """
        format: vendorscore/rubric@1
        id: close-prices
        version: "1"
        title: { zh: 报价接近的示例, en: Close prices }
        category: services
        method: comprehensive
        total_points: 100
        rounding: { mode: half-up, decimals: 2 }
        minimum_qualified: 3
        price:
          ceiling: 20_000_000
          small_enterprise: { rate: 10% }
        groups:
          - id: quality
            title: { zh: 技术, en: Quality }
            criteria:
              - id: q
                title: { zh: 技术指标, en: Quality score }
                points: 70
                type: objective
                scorer: generic.linear
                params: { fact: q, floor: 0, target: 100 }
          - id: cost
            title: { zh: 价格, en: Price }
            criteria:
              - id: price
                title: { zh: 价格分, en: Price score }
                points: 30
                type: objective
                scorer: cost.price-87

        """

    static func bids(_ bids: Bids) -> String {
        var text = "format: vendorscore/bids@1\ntender: close-prices\nbids:\n"
        for (index, bid) in bids.enumerated() {
            text += "  - id: v\(index)\n    name: 供应商\(index)\n    price: \(bid.price)\n"
            text += "    declarations: { enterprise_size: \(bid.small ? "small" : "large") }\n    facts: { q: \((index * 37) % 101) }\n"
        }
        return text
    }
}
