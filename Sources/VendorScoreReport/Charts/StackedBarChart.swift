import Plot
import VendorScoreCore

/// One horizontal bar per ranked vendor, split into its group subtotals and drawn over a track
/// as long as the rubric's total points, with each segment's points written on it where they
/// fit and the total at the end.
struct StackedBarChart {
    static let width = 720.0
    static let fontSize = 12.0
    static let valueFontSize = 11.0
    static let rowHeight = 28.0
    static let barHeight = 18.0
    static let top = 8.0
    static let maximumNameWidth = 200.0

    let context: ReportContext

    func figure() -> ReportFigure {
        let labels = context.labels
        let groups = context.rubric.groups
        return ReportFigure(
            id: "chart-groups",
            caption: labels.barChartCaption(total: context.stated(context.rubric.totalPoints)),
            panels: [ReportFigure.Panel(title: nil, svg: svg())],
            legend: groups.indices.map { index in
                ReportFigure.LegendItem(swatch: context.palette.swatch(index),
                                        label: "\(context.text(groups[index].title)) (\(labels.maximumShort) \(context.stated(groups[index].maximum)))")
            },
            alternative: .text(labels.barChartAlternative)
        )
    }

    func svg() -> Node<HTML.BodyContext> {
        let vendors = context.ranked
        let total = context.rubric.totalPoints
        let names = vendors.map { "\(context.rank($0))  \($0.name)" }
        let nameWidth = min(Self.maximumNameWidth, names.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0)
        let left = 8 + nameWidth + 10
        let totalWidth = TextMetrics.width(context.points(total), fontSize: Self.fontSize) * 1.1
        let right = Self.width - totalWidth - 14
        let plotWidth = right - left
        func x(_ points: Rational) -> Double { left + (points / total).double * plotWidth }

        var content: [SVG.Content] = []
        let axisY = Self.top + Double(vendors.count) * Self.rowHeight + 4
        let scale = tickScale(total: total, plotWidth: plotWidth)
        for tick in scale.ticks {
            content.append(SVG.line(x1: x(tick), y1: Self.top, x2: x(tick), y2: axisY, [("class", "grid")]))
        }
        for (row, vendor) in vendors.enumerated() {
            let barTop = Self.top + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let middle = barTop + Self.barHeight / 2
            let name = TextMetrics.truncate(names[row], toWidth: nameWidth, fontSize: Self.fontSize)
            content.append(SVG.text(TextLabel(text: name, x: left - 10, y: middle + 0.35 * Self.fontSize,
                                              fontSize: Self.fontSize, anchor: .end),
                                    [("data-vendor", vendor.id)]))
            content.append(SVG.rect(x: left, y: barTop, width: plotWidth, height: Self.barHeight, [("class", "track")]))
            var offset = Rational.zero
            for (index, group) in context.rubric.groups.enumerated() {
                guard let subtotal = context.subtotal(vendor, group) else { continue }
                let start = x(offset)
                let end = x(offset + subtotal.points)
                offset += subtotal.points
                let value = context.points(subtotal.points)
                content += context.palette.rect(
                    index, x: start, y: barTop, width: end - start, height: Self.barHeight,
                    [("class", "segment"), ("data-vendor", vendor.id), ("data-group", group.id), ("data-points", value)],
                    title: "\(vendor.name) — \(context.text(group.title)): \(value) / \(context.points(subtotal.maximum))")
                let label = TextLabel(text: value, x: (start + end) / 2, y: middle + 0.35 * Self.valueFontSize,
                                      fontSize: Self.valueFontSize, anchor: .middle, halo: true)
                if label.box.left >= start + 2 && label.box.right <= end - 2 {
                    content.append(SVG.text(label, [("data-vendor", vendor.id), ("data-group", group.id)]))
                }
            }
            if let total = vendor.total {
                content.append(SVG.text(TextLabel(text: context.points(total), x: right + 6, y: middle + 0.35 * Self.fontSize,
                                                  fontSize: Self.fontSize, bold: true),
                                        [("data-vendor", vendor.id), ("data-total", context.points(total))]))
            }
        }
        content.append(SVG.line(x1: left, y1: axisY, x2: right, y2: axisY, [("class", "axis")]))
        for tick in scale.ticks {
            content.append(SVG.line(x1: x(tick), y1: axisY, x2: x(tick), y2: axisY + 4, [("class", "axis")]))
            content.append(SVG.text(TextLabel(text: tick.decimalString(), x: x(tick), y: axisY + 17, fontSize: Self.valueFontSize,
                                              anchor: .middle)))
        }
        content.append(SVG.text(TextLabel(text: context.labels.pointsAxis(maximum: context.stated(total)),
                                          x: (left + right) / 2, y: axisY + 36, fontSize: Self.fontSize, anchor: .middle)))
        return SVG.root(width: Self.width, height: axisY + 44, label: context.labels.barChartTitle, content)
    }

    /// Round ticks from zero to the total, as many as fit with their labels apart.
    private func tickScale(total: Rational, plotWidth: Double) -> AxisScale {
        var minimum = 11
        while minimum > 2 {
            let scale = AxisScale(low: .zero, high: total, minimumTicks: minimum)
            let widest = scale.ticks.map { TextMetrics.width($0.decimalString(), fontSize: Self.valueFontSize) }.max() ?? 0
            let spacing = plotWidth / Double(max(scale.ticks.count - 1, 1))
            if spacing >= widest + 12 { return scale }
            minimum -= 1
        }
        return AxisScale(low: .zero, high: total, minimumTicks: 2)
    }
}
