import Testing
import VendorScoreCore

/// The HTML is well-formed XHTML, needs nothing from elsewhere, and prints on A4.
@Suite struct WellFormedTests {
    @Test(arguments: [Language.zh, .en])
    func parsesAsXML(_ language: Language) throws {
        let html = ReportFixture.example.report(language).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let root = try XMLNodeTree.parse(html)
        #expect(root.name == "html")
        #expect(root["xmlns"] == "http://www.w3.org/1999/xhtml")
        #expect(root["lang"] == (language == .zh ? "zh-CN" : "en"))
        #expect(root.descendants("meta").contains { $0["charset"] == "UTF-8" })
        for svg in root.descendants("svg") {
            #expect(svg["xmlns"] == "http://www.w3.org/2000/svg")
        }
    }

    @Test func needsNothingFromElsewhere() throws {
        let html = ReportFixture.example.report(.en).html()
        let root = try XMLNodeTree.parse(html)
        #expect(root.descendants("script").isEmpty)
        #expect(root.descendants("img").isEmpty)
        #expect(root.descendants("link").isEmpty)
        #expect(root.all.allSatisfy { $0["src"] == nil })
        for element in root.all {
            if let href = element["href"] { #expect(href.hasPrefix("#"), "\(href)") }
        }
        let css = try #require(root.descendants("style").first).rawText
        #expect(!css.contains("@import"))
        #expect(!css.contains("@font-face"))
        #expect(!css.contains("url("))
        // Fills are plain colours with hatching drawn as paths: no pattern or other reference a
        // printer would have to rasterise.
        #expect(!root.all.contains { ($0["fill"] ?? "").hasPrefix("url(") })
        #expect(root.all.contains { $0["class"] == "hatch" && !($0["d"] ?? "").isEmpty })
    }

    @Test func sectionsComeInTheirOrder() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.en).html())
        let order = root.all.compactMap { $0["id"] }.filter {
            ["result", "charts", "gates", "flags", "detail", "method", "provenance"].contains($0)
        }
        #expect(order == ["result", "charts", "gates", "flags", "detail", "method", "provenance"])
        let header = try #require(root.descendants("header").first)
        #expect(header.text.contains("gov-cloud-2026 v1.0"))
        #expect(header.text.contains("2026-03-18"))
    }

    @Test func printsOnA4WithSectionsFollowingOneAnother() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.zh).html())
        let css = try #require(root.descendants("style").first).rawText
        #expect(css.contains("@page { size: A4;"))
        #expect(css.contains("@media print"))
        // A page break forced before every section left pages holding a few lines.
        #expect(!css.contains("break-before: page"))
        #expect(css.contains("thead { display: table-header-group; }"))
    }

    @Test func declaresACJKFontStack() throws {
        let root = try XMLNodeTree.parse(ReportFixture.example.report(.zh).html())
        let css = try #require(root.descendants("style").first).rawText
        let chinese = try #require(css.split(separator: "\n").first { $0.hasPrefix("html:lang(zh)") })
        for font in ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "sans-serif"] {
            #expect(chinese.contains(font), "\(font)")
        }
    }

    @Test func sealLineAppearsInTheHeaderOnlyWhenGiven() throws {
        let sealed = try XMLNodeTree.parse(ReportFixture.example.report(.en, seal: "Sealed record 4f2a… by E1 on 2026-03-18").html())
        let header = try #require(sealed.descendants("header").first)
        #expect(header.descendants("dt").map(\.text).contains("Seal"))
        #expect(header.descendants("dd").map(\.text).contains("Sealed record 4f2a… by E1 on 2026-03-18"))
        let plain = try XMLNodeTree.parse(ReportFixture.example.report(.en).html())
        #expect(try #require(plain.descendants("header").first).descendants("dt").allSatisfy { $0.text != "Seal" })
    }
}
