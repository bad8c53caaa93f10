import Testing
import VendorScoreCore

/// No two chart labels overlap and none leaves its drawing: the example, and a rubric with six
/// groups and 41 criteria scored for fourteen vendors with long names, in both languages.
@Suite struct LegibilityTests {
    static let stress = try! GeneratedTender().fixture()

    @Test(arguments: [Language.zh, .en])
    func exampleLabelsDoNotOverlap(_ language: Language) throws {
        try checkLabels(ReportFixture.example.report(language).html())
    }

    @Test(arguments: [Language.zh, .en])
    func manyCriteriaAndFourteenVendorsStayLegible(_ language: Language) throws {
        let fixture = Self.stress
        #expect(fixture.evaluation.rubric.criteria.count == 41)
        #expect(fixture.evaluation.qualified.count == 14)
        let root = try XMLNodeTree.parse(fixture.report(language).html())
        try checkLabels(root)
        // Every vendor has a bar and a radar, named (shortened with "…" when too long for the bar).
        let bars = try #require(root.first(id: "chart-groups"))
        for vendor in fixture.evaluation.qualified {
            let label = try #require(bars.descendants("text").first { $0["data-vendor"] == vendor.id && $0["data-total"] == nil })
            let shown = label.text.split(separator: " ", maxSplits: 1).dropFirst().joined().trimmingCharacters(in: .whitespaces)
            #expect(vendor.name.hasPrefix(shown.hasSuffix("…") ? String(shown.dropLast()) : shown), "\(label.text) for \(vendor.name)")
        }
        let radar = try #require(root.first(id: "chart-radar"))
        #expect(radar.descendants("svg").filter { $0["role"] == "img" }.count == 14)
    }

    @Test func radarLabelsKeepTheirTitlesWhenTheyFit() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.zh).html())
        let radar = try #require(root.first(id: "chart-radar"))
        let first = try #require(radar.descendants("svg").first { $0["role"] == "img" })
        let texts = first.descendants("text").map(\.text)
        #expect(texts.contains("可靠性与运维保障"))
        #expect(texts.contains("价格与成本"))
    }

    private func checkLabels(_ html: String) throws {
        try checkLabels(XMLNodeTree.parse(html))
    }

    private func checkLabels(_ root: XMLNodeTree) throws {
        let charts = root.descendants("svg").filter { !$0.descendants("text").isEmpty }
        #expect(charts.count >= 3)
        for svg in charts {
            let geometry = ChartGeometry(svg: svg)
            #expect(geometry.width > 0 && geometry.height > 0)
            #expect(geometry.overlaps.isEmpty, "\(svg["aria-label"] ?? ""): \(geometry.overlaps)")
            #expect(geometry.outside.isEmpty, "\(svg["aria-label"] ?? ""): \(geometry.outside)")
        }
    }
}
