/// The charts: points by group as stacked bars, each vendor's groups as a radar (small
/// multiples), and price against price score with the benchmark. Without a ranking there is
/// nothing to draw, and the section says so.
struct ChartsSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        guard !context.ranked.isEmpty else {
            return ReportSection(id: "charts", title: labels.chartsTitle, blocks: [.paragraph(labels.noCharts)])
        }
        var blocks: [Block] = [.figure(StackedBarChart(context: context).figure())]
        let radar = RadarChart(context: context)
        blocks.append(radar.isDrawable ? .figure(radar.figure()) : .paragraph(labels.radarNeedsThreeGroups))
        if let price = PriceChart(context: context) {
            blocks.append(.figure(price.figure()))
        } else {
            blocks.append(.paragraph(labels.noPriceCriterion))
        }
        return ReportSection(id: "charts", title: labels.chartsTitle, blocks: blocks)
    }
}
