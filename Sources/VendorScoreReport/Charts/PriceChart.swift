import Foundation
import Plot
import VendorScoreCore
import VendorScoreOutput

/// Evaluation price against price score for every ranked vendor, with the benchmark (评标基准价)
/// as a vertical line and the price-score curve `benchmark ÷ price × points` through the points.
/// Where a policy deduction lowered a bid's evaluation price, a hollow marker shows the bid price.
///
/// Points are labelled with the vendor's rank, beside the marker where no other label, marker or
/// line is, or farther away joined by a leader line when prices lie close together; markers drawn
/// on top of one another share a label listing their ranks. Only a plot with no free place left
/// would leave a point unlabelled (its numbers are in the table).
struct PriceChart {
    static let width = 720.0
    static let height = 380.0
    static let fontSize = 11.0
    static let plotTop = 44.0
    static let plotBottom = 330.0
    static let plotRight = 700.0

    let context: ReportContext
    let criterionIndex: Int
    let criterion: Criterion
    let benchmark: Rational

    init?(context: ReportContext) {
        guard let (index, criterion) = context.priceCriterion, let benchmark = context.evaluation.benchmark,
              !context.ranked.isEmpty else { return nil }
        self.context = context
        criterionIndex = index
        self.criterion = criterion
        self.benchmark = benchmark
    }

    func figure() -> ReportFigure {
        let labels = context.labels
        let colour = colourIndex
        let maximum = context.stated(criterion.maximum)
        return ReportFigure(
            id: "chart-price",
            caption: labels.priceChartCaption(benchmark: context.amount(benchmark), points: maximum, curve: context.priceScoreIsOrder87),
            panels: [ReportFigure.Panel(title: nil, svg: svg())],
            legend: legend(colour: colour, maximum: maximum),
            alternative: .table(table())
        )
    }

    /// Legend entries only for what the chart draws: a hollow marker where a deduction moved a
    /// bid, a diamond where a drawn bid is flagged abnormally low, the curve under 第55条's rule.
    private func legend(colour: Int, maximum: String) -> [ReportFigure.LegendItem] {
        let labels = context.labels
        let fill = GroupPalette.colours[colour % GroupPalette.colours.count]
        let drawn = context.ranked.filter { priceScore($0) != nil }
        var items = [ReportFigure.LegendItem(swatch: Self.markerSwatch(colour: fill, hollow: false), label: labels.priceLegendBid)]
        if drawn.contains(where: { $0.price != $0.evaluationPrice }) {
            items.append(ReportFigure.LegendItem(swatch: Self.markerSwatch(colour: "#ffffff", hollow: true),
                                                 label: labels.priceLegendBeforeDeduction))
        }
        if drawn.contains(where: Self.isFlaggedAbnormallyLow) {
            items.append(ReportFigure.LegendItem(swatch: Self.diamondSwatch(colour: fill), label: labels.priceLegendAbnormallyLow))
        }
        items.append(ReportFigure.LegendItem(swatch: Self.lineSwatch(className: "benchmark"), label: labels.benchmark))
        if context.priceScoreIsOrder87 {
            items.append(ReportFigure.LegendItem(swatch: Self.lineSwatch(className: "curve"), label: labels.priceLegendCurve(points: maximum)))
        }
        return items
    }

    /// A bid drawn as a diamond rather than a circle.
    static func isFlaggedAbnormallyLow(_ vendor: VendorResult) -> Bool {
        vendor.flags.contains { $0.kind == .abnormallyLowPrice }
    }

    func table() -> ReportTable {
        let labels = context.labels
        return ReportTable(
            id: "chart-price-data",
            caption: labels.priceTableCaption,
            columns: [.init(labels.rank, numeric: true), .names(labels.vendor), .init(labels.bidPrice, numeric: true),
                      .init(labels.evaluationPrice, numeric: true), .init(labels.priceScore, numeric: true)],
            rows: context.ranked.map { vendor in
                ReportTable.Row([
                    .init(context.rank(vendor)), .init(vendor.name), .init(context.amount(vendor.price)),
                    .init(context.amount(vendor.evaluationPrice),
                          note: vendor.adjustments.isEmpty ? nil : vendor.adjustments.map { labels.deductionShort($0) }.joined(separator: "; ")),
                    .init(priceScore(vendor).map(context.points) ?? "—"),
                ])
            },
            compact: true
        )
    }

    /// The vendor's rounded points on the price criterion.
    func priceScore(_ vendor: VendorResult) -> Rational? {
        vendor.criterionPoints.indices.contains(criterionIndex) ? vendor.criterionPoints[criterionIndex] : nil
    }

    private var colourIndex: Int {
        context.rubric.groups.firstIndex { $0.id == criterion.groupID } ?? 0
    }

    func svg() -> Node<HTML.BodyContext> {
        let labels = context.labels
        let vendors = context.ranked
        let prices = vendors.flatMap { [$0.price, $0.evaluationPrice] } + [benchmark]
        let low = prices.min()!, high = prices.max()!
        let pad = max((high - low) / 20, Rational(1))
        let xScale = AxisScale(covering: low - pad, high + pad, minimumTicks: 4, maximumTicks: 8)
        let yScale = AxisScale(low: .zero, high: criterion.maximum, minimumTicks: 4, maximumTicks: 8)
        let unit = labels.moneyUnit(for: xScale.high)
        let yTickTexts = yScale.ticks.map { $0.decimalString() }
        let left = 16 + (yTickTexts.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0)
        let plot = Box(left: left, top: Self.plotTop, right: Self.plotRight, bottom: Self.plotBottom)
        func x(_ price: Rational) -> Double { plot.left + xScale.fraction(price) * (plot.right - plot.left) }
        func y(_ score: Rational) -> Double { plot.bottom - yScale.fraction(score) * (plot.bottom - plot.top) }

        var content: [SVG.Content] = []
        var taken: [Box] = []
        // Tick labels are drawn in order and one that would touch an earlier one is left out.
        func tickLabel(_ label: TextLabel) {
            guard !taken.contains(where: { $0.intersects(label.box) }) else { return }
            content.append(SVG.text(label))
            taken.append(label.box.inset(by: 1))
        }
        for (tick, text) in zip(yScale.ticks, yTickTexts) {
            content.append(SVG.line(x1: plot.left, y1: y(tick), x2: plot.right, y2: y(tick), [("class", "grid")]))
            tickLabel(TextLabel(text: text, x: plot.left - 6, y: y(tick) + 4, fontSize: Self.fontSize, anchor: .end))
        }
        for tick in xScale.ticks {
            content.append(SVG.line(x1: x(tick), y1: plot.top, x2: x(tick), y2: plot.bottom, [("class", "grid")]))
            tickLabel(TextLabel(text: unit.format(tick), x: x(tick), y: plot.bottom + 18, fontSize: Self.fontSize, anchor: .middle))
        }
        content.append(SVG.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, [("class", "axis")]))
        content.append(SVG.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, [("class", "axis")]))
        content.append(SVG.text(TextLabel(text: labels.priceAxis(unit: unit.name), x: (plot.left + plot.right) / 2,
                                          y: plot.bottom + 38, fontSize: 12, anchor: .middle)))
        content.append(SVG.text(TextLabel(text: labels.priceScoreAxis(points: context.stated(criterion.maximum)),
                                          x: 8, y: 14, fontSize: 12)))

        // Lines a label may not cross: the curve, the benchmark, the deductions, earlier leaders.
        var lines: [(Point, Point)] = []
        // The curve every point lies on, when the formula is 87号令's.
        if context.priceScoreIsOrder87 {
            let points = curve(xScale: xScale, yScale: yScale, plot: plot)
            content.append(SVG.polyline(points, [("class", "curve")]))
            lines += zip(points, points.dropFirst()).map { ($0, $1) }
        }

        let benchmarkX = x(benchmark)
        content.append(SVG.line(x1: benchmarkX, y1: plot.top - 4, x2: benchmarkX, y2: plot.bottom,
                                [("class", "benchmark"), ("data-benchmark", benchmark.decimalString())]))
        lines.append((Point(x: benchmarkX, y: plot.top - 4), Point(x: benchmarkX, y: plot.bottom)))
        var benchmarkLabel = TextLabel(text: "\(labels.benchmark) \(context.amount(benchmark))", x: benchmarkX, y: plot.top - 10,
                                       fontSize: Self.fontSize, anchor: .middle, bold: true)
        if benchmarkLabel.box.left < 4 { benchmarkLabel.anchor = .start; benchmarkLabel.x = max(benchmarkX, 4) }
        if benchmarkLabel.box.right > Self.width - 4 { benchmarkLabel.anchor = .end; benchmarkLabel.x = min(benchmarkX, Self.width - 4) }
        content.append(SVG.text(benchmarkLabel))
        taken.append(benchmarkLabel.box.inset(by: 2))

        let colour = GroupPalette.colours[colourIndex % GroupPalette.colours.count]
        var markers: [(VendorResult, Point)] = []
        var markerBoxes: Set<Box> = []
        for vendor in vendors {
            guard let score = priceScore(vendor) else { continue }
            let point = Point(x: x(vendor.evaluationPrice), y: y(score))
            if vendor.price != vendor.evaluationPrice {
                let before = Point(x: x(vendor.price), y: point.y)
                content.append(SVG.line(x1: before.x, y1: before.y, x2: point.x, y2: point.y, [("class", "deduction")]))
                content.append(SVG.circle(x: before.x, y: before.y, radius: 4, [("class", "before-deduction"), ("data-vendor", vendor.id)],
                                          title: "\(vendor.name): \(labels.bidPrice) \(context.amount(vendor.price))"))
                lines.append((before, point))
                taken.append(Box(left: before.x - 5, top: before.y - 5, right: before.x + 5, bottom: before.y + 5))
                markerBoxes.insert(Box(left: before.x - 5, top: before.y - 5, right: before.x + 5, bottom: before.y + 5))
            }
            markers.append((vendor, point))
            taken.append(Self.markerBox(point))
            markerBoxes.insert(Self.markerBox(point))
        }
        for (vendor, point) in markers {
            let title = "\(vendor.name): \(labels.evaluationPrice) \(context.amount(vendor.evaluationPrice)), "
                + "\(labels.priceScore) \(priceScore(vendor).map(context.points) ?? "")"
            let attributes = [("fill", colour), ("class", "marker"), ("data-vendor", vendor.id),
                              ("data-evaluation-price", vendor.evaluationPrice.decimalString()),
                              ("data-price-score", priceScore(vendor).map(context.points) ?? "")]
            if Self.isFlaggedAbnormallyLow(vendor) {
                content.append(SVG.polygon([Point(x: point.x, y: point.y - 7), Point(x: point.x + 7, y: point.y),
                                            Point(x: point.x, y: point.y + 7), Point(x: point.x - 7, y: point.y)],
                                           attributes, title: title))
            } else {
                content.append(SVG.circle(x: point.x, y: point.y, radius: 5, attributes, title: title))
            }
        }
        // Labels go on top of everything, leaders under their labels. Markers drawn on top of one
        // another (prices a pixel apart) share one label listing their ranks.
        var labelContent: [SVG.Content] = []
        for group in Self.coincident(markers.map(\.1)) {
            let members = group.map { markers[$0].0 }
            let point = markers[group[0]].1
            let ids = members.map(\.id).joined(separator: " ")
            guard let placement = place(Self.ranks(members), at: point, avoiding: taken,
                                        markers: markerBoxes, lines: lines, within: plot) else { continue }
            if let leader = placement.leader {
                content.append(SVG.line(x1: leader.0.x, y1: leader.0.y, x2: leader.1.x, y2: leader.1.y,
                                        [("class", "leader"), ("data-vendor", ids)]))
                lines.append(leader)
            }
            labelContent.append(SVG.text(placement.label, [("data-vendor", ids)]))
            taken.append(placement.label.box.inset(by: 1.5))
        }
        return SVG.root(width: Self.width, height: Self.height, label: labels.priceChartTitle, content + labelContent)
    }

    /// The label of markers sharing one: their ranks, runs of three or more as a range ("1–12,14").
    /// A tie (并列) is marked by "=" as everywhere in the report.
    static func ranks(_ vendors: [VendorResult]) -> String {
        let sorted = vendors.sorted { ($0.rank ?? .max, $0.id) < ($1.rank ?? .max, $1.id) }
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, !sorted[end + 1].isTied, !sorted[index].isTied,
                  let next = sorted[end + 1].rank, let this = sorted[end].rank, next == this + 1 { end += 1 }
            parts.append(end - index >= 2 ? "\(ReportText.rank(sorted[index]))–\(ReportText.rank(sorted[end]))"
                                          : sorted[index...end].map(ReportText.rank).joined(separator: ","))
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// The markers' indices in groups of those drawn on top of one another (centres within 3
    /// units of the group's first), in the order of their first member.
    static func coincident(_ points: [Point]) -> [[Int]] {
        var groups: [[Int]] = []
        for (index, point) in points.enumerated() {
            if let group = groups.firstIndex(where: { abs(points[$0[0]].x - point.x) <= 3 && abs(points[$0[0]].y - point.y) <= 3 }) {
                groups[group].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }

    /// The box a marker takes: the diamond of an abnormally low price reaches 7 from its centre.
    static func markerBox(_ point: Point) -> Box {
        Box(left: point.x - 8, top: point.y - 8, right: point.x + 8, bottom: point.y + 8)
    }

    /// benchmark ÷ price × points, from the benchmark to the right edge of the plot.
    private func curve(xScale: AxisScale, yScale: AxisScale, plot: Box) -> [Point] {
        let start = max(benchmark, xScale.low).double, end = xScale.high.double, low = xScale.low.double
        return (0...80).map { step in
            let price = start + (end - start) * Double(step) / 80
            let score = benchmark.double / price * criterion.maximum.double
            return Point(x: plot.left + (price - low) / (end - low) * (plot.right - plot.left),
                         y: plot.bottom - score / yScale.high.double * (plot.bottom - plot.top))
        }
    }

    /// A label's place and, when it stands away from its point, the leader line joining them.
    struct Placement {
        var label: TextLabel
        var leader: (Point, Point)?
    }

    /// The nearest position around the point where the label overlaps no label, marker or tick
    /// already drawn and crosses no line (curve, benchmark, deductions, leaders): first right
    /// beside the marker or in one of fifteen other directions around it; failing that, the free
    /// place nearest to the point on a fine grid over the plot, joined to the marker by a leader
    /// line that crosses no label and no marker away from the point's own cluster. `nil` only
    /// when the plot has no free place left.
    func place(_ text: String, at point: Point, avoiding taken: [Box], markers: Set<Box>, lines: [(Point, Point)],
               within plot: Box) -> Placement? {
        let probe = TextLabel(text: text, x: 0, y: 0, fontSize: Self.fontSize, anchor: .middle, bold: true, halo: true)
        let size = probe.box
        let halfWidth = (size.right - size.left) / 2, halfHeight = (size.bottom - size.top) / 2
        // From the box's centre to its baseline.
        let baseline = -(size.top + size.bottom) / 2
        func label(at centre: Point) -> TextLabel? {
            let label = TextLabel(text: text, x: centre.x, y: centre.y + baseline, fontSize: Self.fontSize, anchor: .middle,
                                  bold: true, halo: true)
            let box = label.box, padded = box.inset(by: 1.5)
            guard plot.contains(box), !taken.contains(where: { $0.intersects(padded) }),
                  !lines.contains(where: { padded.intersects(from: $0.0, to: $0.1) }) else { return nil }
            return label
        }
        for angle in Self.directions {
            let centre = Point(x: point.x + cos(angle) * (9 + halfWidth), y: point.y + sin(angle) * (9 + halfHeight))
            if let label = label(at: centre) { return Placement(label: label, leader: nil) }
        }
        // Markers within a marker's width of the point sit under the leader's start whatever its direction.
        let cluster = Self.markerBox(point).inset(by: 8)
        let obstacles = taken.filter { !(markers.contains($0) && $0.intersects(cluster)) }
        var candidates: [Point] = []
        var y = plot.top + halfHeight
        while y <= plot.bottom - halfHeight {
            var x = plot.left + halfWidth
            while x <= plot.right - halfWidth {
                candidates.append(Point(x: x, y: y))
                x += Self.gridStep
            }
            y += Self.gridStep
        }
        func distance(_ centre: Point) -> Double { hypot(centre.x - point.x, centre.y - point.y) }
        candidates.sort { (distance($0), $0.y, $0.x) < (distance($1), $1.y, $1.x) }
        for centre in candidates where distance(centre) > 12 {
            guard let label = label(at: centre) else { continue }
            let end = label.box.nearest(to: point)
            let length = hypot(end.x - point.x, end.y - point.y)
            guard length > 8 else { continue }
            let start = Point(x: point.x + (end.x - point.x) / length * 6, y: point.y + (end.y - point.y) / length * 6)
            guard !obstacles.contains(where: { $0.intersects(from: start, to: end) }) else { continue }
            return Placement(label: label, leader: (start, end))
        }
        return nil
    }

    /// Right, left, up, down, then the diagonals and the directions between.
    static let directions: [Double] = [0, 180, -90, 90, -45, -135, 45, 135, -22.5, -157.5, 22.5, 157.5, -67.5, -112.5, 67.5, 112.5]
        .map { $0 * Double.pi / 180 }
    /// The spacing of the places a label moved away from its point may take.
    static let gridStep = 5.0

    private static func markerSwatch(colour: String, hollow: Bool) -> Node<HTML.BodyContext> {
        SVG.root(width: 16, height: 16, label: nil, [
            SVG.circle(x: 8, y: 8, radius: hollow ? 4 : 5, hollow ? [("class", "before-deduction")] : [("fill", colour), ("class", "marker")]),
        ])
    }

    private static func diamondSwatch(colour: String) -> Node<HTML.BodyContext> {
        SVG.root(width: 16, height: 16, label: nil, [
            SVG.polygon([Point(x: 8, y: 1), Point(x: 15, y: 8), Point(x: 8, y: 15), Point(x: 1, y: 8)],
                        [("fill", colour), ("class", "marker")]),
        ])
    }

    private static func lineSwatch(className: String) -> Node<HTML.BodyContext> {
        SVG.root(width: 24, height: 16, label: nil, [SVG.line(x1: 1, y1: 8, x2: 23, y2: 8, [("class", className)])])
    }
}
