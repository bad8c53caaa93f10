import Plot
import VendorScoreCore

/// Evaluation price against price score for every ranked vendor, with the benchmark (评标基准价)
/// as a vertical line and the price-score curve `benchmark ÷ price × points` through the points.
/// Where a policy deduction lowered a bid's evaluation price, a hollow marker shows the bid price.
///
/// Points are labelled with the vendor's rank, placed beside the marker where no other label or
/// marker is; a point with no free place is left unlabelled (its numbers are in the table).
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

    private func legend(colour: Int, maximum: String) -> [ReportFigure.LegendItem] {
        let labels = context.labels
        var items = [
                ReportFigure.LegendItem(swatch: Self.markerSwatch(colour: GroupPalette.colours[colour % GroupPalette.colours.count], hollow: false),
                                        label: labels.priceLegendBid),
                ReportFigure.LegendItem(swatch: Self.markerSwatch(colour: "#ffffff", hollow: true), label: labels.priceLegendBeforeDeduction),
                ReportFigure.LegendItem(swatch: Self.diamondSwatch(colour: GroupPalette.colours[colour % GroupPalette.colours.count]),
                                        label: labels.priceLegendAbnormallyLow),
                ReportFigure.LegendItem(swatch: Self.lineSwatch(className: "benchmark"), label: labels.benchmark),
        ]
        if context.priceScoreIsOrder87 {
            items.append(ReportFigure.LegendItem(swatch: Self.lineSwatch(className: "curve"), label: labels.priceLegendCurve(points: maximum)))
        }
        return items
    }

    func table() -> ReportTable {
        let labels = context.labels
        return ReportTable(
            id: "chart-price-data",
            caption: labels.priceTableCaption,
            columns: [.init(labels.rank, numeric: true), .init(labels.vendor), .init(labels.bidPrice, numeric: true),
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

        // The curve every point lies on, when the formula is 87号令's.
        if context.priceScoreIsOrder87 {
            content.append(SVG.polyline(curve(xScale: xScale, yScale: yScale, plot: plot), [("class", "curve")]))
        }

        let benchmarkX = x(benchmark)
        content.append(SVG.line(x1: benchmarkX, y1: plot.top - 4, x2: benchmarkX, y2: plot.bottom,
                                [("class", "benchmark"), ("data-benchmark", benchmark.decimalString())]))
        var benchmarkLabel = TextLabel(text: "\(labels.benchmark) \(context.amount(benchmark))", x: benchmarkX, y: plot.top - 10,
                                       fontSize: Self.fontSize, anchor: .middle, bold: true)
        if benchmarkLabel.box.left < 4 { benchmarkLabel.anchor = .start; benchmarkLabel.x = max(benchmarkX, 4) }
        if benchmarkLabel.box.right > Self.width - 4 { benchmarkLabel.anchor = .end; benchmarkLabel.x = min(benchmarkX, Self.width - 4) }
        content.append(SVG.text(benchmarkLabel))
        taken.append(benchmarkLabel.box.inset(by: 2))

        let colour = GroupPalette.colours[colourIndex % GroupPalette.colours.count]
        var markers: [(VendorResult, Point)] = []
        for vendor in vendors {
            guard let score = priceScore(vendor) else { continue }
            let point = Point(x: x(vendor.evaluationPrice), y: y(score))
            if vendor.price != vendor.evaluationPrice {
                let before = Point(x: x(vendor.price), y: point.y)
                content.append(SVG.line(x1: before.x, y1: before.y, x2: point.x, y2: point.y, [("class", "deduction")]))
                content.append(SVG.circle(x: before.x, y: before.y, radius: 4, [("class", "before-deduction"), ("data-vendor", vendor.id)],
                                          title: "\(vendor.name): \(labels.bidPrice) \(context.amount(vendor.price))"))
                taken.append(Box(left: before.x - 5, top: before.y - 5, right: before.x + 5, bottom: before.y + 5))
            }
            markers.append((vendor, point))
            taken.append(Box(left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6))
        }
        for (vendor, point) in markers {
            let title = "\(vendor.name): \(labels.evaluationPrice) \(context.amount(vendor.evaluationPrice)), "
                + "\(labels.priceScore) \(priceScore(vendor).map(context.points) ?? "")"
            let attributes = [("fill", colour), ("class", "marker"), ("data-vendor", vendor.id),
                              ("data-evaluation-price", vendor.evaluationPrice.decimalString()),
                              ("data-price-score", priceScore(vendor).map(context.points) ?? "")]
            if vendor.flags.contains(where: { $0.kind == .abnormallyLowPrice }) {
                content.append(SVG.polygon([Point(x: point.x, y: point.y - 7), Point(x: point.x + 7, y: point.y),
                                            Point(x: point.x, y: point.y + 7), Point(x: point.x - 7, y: point.y)],
                                           attributes, title: title))
            } else {
                content.append(SVG.circle(x: point.x, y: point.y, radius: 5, attributes, title: title))
            }
        }
        for (vendor, point) in markers {
            if let label = place(context.rank(vendor), at: point, avoiding: taken, within: plot) {
                content.append(SVG.text(label, [("data-vendor", vendor.id)]))
                taken.append(label.box.inset(by: 1.5))
            }
        }
        return SVG.root(width: Self.width, height: Self.height, label: labels.priceChartTitle, content)
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

    /// The first position around the point where the label overlaps nothing already drawn.
    private func place(_ text: String, at point: Point, avoiding taken: [Box], within plot: Box) -> TextLabel? {
        let offsets: [(Double, Double, TextLabel.Anchor)] = [
            (8, 4, .start), (-8, 4, .end), (0, -9, .middle), (0, 17, .middle),
            (8, -6, .start), (-8, -6, .end), (8, 14, .start), (-8, 14, .end),
            (16, 4, .start), (-16, 4, .end), (0, -20, .middle), (0, 28, .middle),
        ]
        for (dx, dy, anchor) in offsets {
            let label = TextLabel(text: text, x: point.x + dx, y: point.y + dy, fontSize: Self.fontSize, anchor: anchor,
                                  bold: true, halo: true)
            let box = label.box
            if plot.contains(box) && !taken.contains(where: { $0.intersects(box) }) { return label }
        }
        return nil
    }

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
