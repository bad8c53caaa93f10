import Testing
import VendorScoreCore

/// Every fixed text in the chosen language; rubric titles in it too, falling back to the other.
@Suite struct LanguageTests {
    @Test func chineseReport() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.zh).html())
        #expect(root.descendants("h2").map(\.text) == ["评审结果", "评标委员会与评审决定", "图表", "资格性与符合性审查", "提示事项", "评审专家个人评分表", "逐项评分明细", "评分方法", "评标委员会成员签字", "版本与输入文件"])
        #expect(root.descendants("h1").first?.text == "省级政务云服务采购项目评分办法（示例）")
        let ranking = try #require(root.first(id: "ranking"))
        #expect(ranking.descendants("th").map(\.text) == ["排名", "投标人", "投标报价", "评标价格", "可靠性与运维保障", "架构与弹性扩展",
                                                          "安全与合规", "价格与成本", "总分"])
        let gates = try #require(root.first(id: "gates-qualification"))
        #expect(gates.descendants("td").contains { $0.text.hasPrefix("✗不通过") })
        #expect(try #require(root.descendants("title").first).text == "评标报告 — 省级政务云服务采购项目评分办法（示例）")
    }

    @Test func englishReport() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.en).html())
        #expect(root.descendants("h2").map(\.text) == ["Result", "The committee and its decisions", "Charts", "Gates: qualification and compliance review", "Flags",
                                                       "Each member's score sheet", "Scoring detail by vendor", "Method",
                                                       "Signatures of the committee", "Versions and inputs"])
        let ranking = try #require(root.first(id: "ranking"))
        #expect(ranking.descendants("th").map(\.text) == ["Rank", "Vendor", "Bid price", "Evaluation price", "Reliability and operations",
                                                          "Architecture and scalability", "Security and compliance", "Price and cost", "Total"])
        let gates = try #require(root.first(id: "gates-qualification"))
        #expect(gates.descendants("td").contains { $0.text.hasPrefix("✗fail") })
    }

    /// No label of the English report is left in Chinese: Chinese in it comes from the data
    /// (vendor names, reasons, legal references), not from the report's own words.
    @Test func englishLabelsAreEnglish() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.en).html())
        // A table's title row names whose table it is (a vendor, a member): data, not a label.
        let headers = root.descendants("tr").filter { $0["class"] != "table-title" }.flatMap { $0.descendants("th") }
        let labels = headers.map(\.text) + root.descendants("dt").map(\.text) + root.descendants("h2").map(\.text)
            + root.descendants("figcaption").map(\.text)
        for label in labels {
            let withoutCitations = label.replacing(/[（(][^)）]*[)）]/, with: "").replacing(/财[^ ]*号/, with: "")
            #expect(!withoutCitations.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(label)")
        }
    }

    @Test(arguments: [(Language.en, "只有中文的评分办法", "只有中文的分组"), (Language.zh, "English only rubric", "English only group")])
    func titlesFallBackToTheOtherLanguage(_ language: Language, _ title: String, _ group: String) throws {
        let field = language == .en ? "zh" : "en"
        let rubric = try String(contentsOf: ReportFixture.repository.appendingPathComponent("rubrics/government-cloud.yaml"), encoding: .utf8)
            .replacing("""
                title:
                  zh: 省级政务云服务采购项目评分办法（示例）
                  en: Provincial government cloud services — scoring rules (example)
                """, with: "title: { \(field): \(title) }")
            .replacing("title: { zh: 可靠性与运维保障, en: Reliability and operations }", with: "title: { \(field): \(group) }")
        let bids = try String(contentsOf: ReportFixture.repository.appendingPathComponent("examples/government-cloud/bids.yaml"), encoding: .utf8)
        let fixture = try ReportFixture(rubricText: rubric, bidsText: bids)
        let root = try XMLNodeTree.parse(fixture.report(language).html())
        #expect(root.descendants("h1").first?.text == title)
        #expect(try #require(root.first(id: "ranking")).descendants("th").map(\.text).contains(group))
    }
}
