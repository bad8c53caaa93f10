import Plot
import VendorScoreAnalysis
import VendorScoreCore
import VendorScoreOutput

/// Each group's points over which the winner stays first, as a bar over a track from 0 to the
/// rubric's total, with a mark at the group's current points.
struct WeightIntervalChart {
    static let width = 720.0
    static let fontSize = 12.0
    static let valueFontSize = 10.0
    static let rowHeight = 28.0
    static let barHeight = 14.0
    static let top = 8.0
    static let maximumNameWidth = 220.0

    /// The group items of the sensitivity analysis, in rubric order.
    let items: [WeightSensitivity]
    let titles: [String]
    let total: Rational
    let labels: AnalysisLabels

    func figure(alternative: ReportTable) -> ReportFigure {
        ReportFigure(id: "chart-weight-intervals", caption: labels.intervalCaption,
                     panels: [ReportFigure.Panel(title: nil, svg: svg())], legend: [], alternative: .table(alternative))
    }

    func svg() -> Node<HTML.BodyContext> {
        let nameWidth = min(Self.maximumNameWidth, titles.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0)
        let left = 8 + nameWidth + 10
        let right = Self.width - 16
        let plotWidth = right - left
        func x(_ points: Rational) -> Double { left + (points / total).approximateDouble * plotWidth }
        var content: [SVG.Content] = []
        for (row, item) in items.enumerated() {
            let barTop = Self.top + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let middle = barTop + Self.barHeight / 2
            content.append(SVG.text(TextLabel(text: TextMetrics.truncate(titles[row], toWidth: nameWidth, fontSize: Self.fontSize),
                                              x: left - 10, y: middle + 0.35 * Self.fontSize, fontSize: Self.fontSize, anchor: .end),
                                    [("data-group", item.id)]))
            content.append(SVG.rect(x: left, y: barTop, width: plotWidth, height: Self.barHeight, [("class", "track")]))
            let range = AnalysisTables.interval(item.winnerInterval, none: labels.none)
            if let interval = item.winnerInterval {
                content.append(SVG.rect(x: x(interval.lower), y: barTop, width: x(interval.upper) - x(interval.lower),
                                        height: Self.barHeight,
                                        [("fill", AcceptabilityChart.colour(rank: 1, of: 4)), ("class", "segment"),
                                         ("data-group", item.id), ("data-interval", range)],
                                        title: "\(titles[row]): \(labels.winnerInterval) \(range)"))
            }
            let mark = x(item.current)
            content.append(SVG.line(x1: mark, y1: barTop - 4, x2: mark, y2: barTop + Self.barHeight + 4,
                                    [("stroke", "#000000"), ("stroke-width", "2"), ("data-current", item.current.decimalString())]))
        }
        let axisY = Self.top + Double(items.count) * Self.rowHeight + 4
        content.append(SVG.line(x1: left, y1: axisY, x2: right, y2: axisY, [("class", "axis")]))
        let scale = AxisScale(low: .zero, high: total, minimumTicks: 6)
        for tick in scale.ticks {
            content.append(SVG.line(x1: x(tick), y1: axisY, x2: x(tick), y2: axisY + 4, [("class", "axis")]))
            content.append(SVG.text(TextLabel(text: tick.decimalString(), x: x(tick), y: axisY + 17, fontSize: Self.valueFontSize,
                                              anchor: .middle)))
        }
        content.append(SVG.text(TextLabel(text: labels.pointsAxis(total: total.decimalString()), x: (left + right) / 2,
                                          y: axisY + 36, fontSize: Self.fontSize, anchor: .middle)))
        return SVG.root(width: Self.width, height: axisY + 44, label: labels.winnerInterval, content)
    }
}
