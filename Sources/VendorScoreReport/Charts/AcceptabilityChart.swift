import Plot
import VendorScoreAnalysis
import VendorScoreOutput

/// SMAA rank acceptability as one horizontal bar per vendor (official order), split into the
/// shares of samples in which it takes each rank, darkest for rank 1, with each share written on
/// its segment where it fits.
struct AcceptabilityChart {
    static let width = 720.0
    static let fontSize = 12.0
    static let valueFontSize = 10.0
    static let rowHeight = 26.0
    static let barHeight = 18.0
    static let top = 8.0
    static let maximumNameWidth = 200.0

    let result: SMAA.Result
    let names: [String]
    let labels: AnalysisLabels

    /// A sequential blue ramp, dark to light, so ranks stay in order in grey print too.
    static func colour(rank: Int, of count: Int) -> String {
        let (dark, light) = ((8, 48, 107), (222, 235, 247))
        let t = count > 1 ? Double(rank) / Double(count - 1) : 0
        func channel(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        let rgb = [channel(dark.0, light.0), channel(dark.1, light.1), channel(dark.2, light.2)]
        return "#" + rgb.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    func figure(alternative: ReportTable) -> ReportFigure {
        let count = result.vendors.count
        return ReportFigure(
            id: "chart-acceptability",
            caption: labels.acceptabilityCaption,
            panels: [ReportFigure.Panel(title: nil, svg: svg())],
            legend: (0..<count).map { rank in
                ReportFigure.LegendItem(swatch: SVG.root(width: 14, height: 14, label: nil, [
                    SVG.rect(x: 0, y: 0, width: 14, height: 14, [("fill", Self.colour(rank: rank, of: count))]),
                ]), label: labels.rank(rank + 1))
            },
            alternative: .table(alternative))
    }

    func svg() -> Node<HTML.BodyContext> {
        let count = result.vendors.count
        let nameWidth = min(Self.maximumNameWidth, names.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0)
        let left = 8 + nameWidth + 10
        let right = Self.width - 10
        let plotWidth = right - left
        var content: [SVG.Content] = []
        let acceptability = result.acceptability
        for (row, name) in names.enumerated() {
            let barTop = Self.top + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let middle = barTop + Self.barHeight / 2
            content.append(SVG.text(TextLabel(text: TextMetrics.truncate(name, toWidth: nameWidth, fontSize: Self.fontSize),
                                              x: left - 10, y: middle + 0.35 * Self.fontSize, fontSize: Self.fontSize, anchor: .end),
                                    [("data-vendor", result.vendors[row])]))
            var offset = 0.0
            for rank in 0..<count where result.rankCounts[row][rank] > 0 {
                let share = acceptability[row][rank]
                let start = left + offset * plotWidth
                offset += share
                let end = left + offset * plotWidth
                let text = AnalysisTables.percent(share)
                content.append(SVG.rect(x: start, y: barTop, width: end - start, height: Self.barHeight,
                                        [("fill", Self.colour(rank: rank, of: count)), ("class", "segment"),
                                         ("data-vendor", result.vendors[row]), ("data-rank", "\(rank + 1)"), ("data-share", text)],
                                        title: "\(name) — \(labels.rank(rank + 1)): \(text)"))
                let label = TextLabel(text: text, x: (start + end) / 2, y: middle + 0.35 * Self.valueFontSize,
                                      fontSize: Self.valueFontSize, anchor: .middle, halo: true)
                if label.box.left >= start + 2 && label.box.right <= end - 2 {
                    content.append(SVG.text(label, [("data-vendor", result.vendors[row])]))
                }
            }
        }
        let axisY = Self.top + Double(names.count) * Self.rowHeight + 4
        content.append(SVG.line(x1: left, y1: axisY, x2: right, y2: axisY, [("class", "axis")]))
        for tick in stride(from: 0, through: 100, by: 20) {
            let x = left + Double(tick) / 100 * plotWidth
            content.append(SVG.line(x1: x, y1: axisY, x2: x, y2: axisY + 4, [("class", "axis")]))
            content.append(SVG.text(TextLabel(text: "\(tick)", x: x, y: axisY + 17, fontSize: Self.valueFontSize, anchor: .middle)))
        }
        content.append(SVG.text(TextLabel(text: labels.shareAxis, x: (left + right) / 2, y: axisY + 36, fontSize: Self.fontSize,
                                          anchor: .middle)))
        return SVG.root(width: Self.width, height: axisY + 44, label: labels.acceptabilityChart, content)
    }
}
