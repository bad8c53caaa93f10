import Testing
@testable import VendorScoreReport

/// Names and texts from the input are shown exactly as written and never become markup.
@Suite struct EscapingTests {
    static let name = "<script>&\"'"

    @Test func vendorNameWithHTMLSpecialCharactersIsEscapedInHTML() throws {
        let html = LegibilityTests.stress.report(.en).html()
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;&amp;\"'"), "text content")
        #expect(html.contains("&lt;script&gt;&amp;&quot;&#39;"), "attribute values")
        let root = try XMLNodeTree.parse(html)
        #expect(root.descendants("script").isEmpty)
        // Shown exactly as written: in the ranking table, in a chart's tooltip and in an
        // accessible label (an attribute).
        #expect(try #require(root.first(id: "ranking")).descendants("td").contains { $0.text == Self.name + "v2" })
        #expect(root.descendants("title").contains { $0.text.hasPrefix(Self.name + " — ") })
        #expect(root.descendants("svg").contains { $0["aria-label"] == "Radar chart of \(Self.name)'s group shares" })
        let twin = "Same & Co. <Twin>"
        #expect(try #require(root.first(id: "ranking")).descendants("td").contains { $0.text == twin + "v13" })
    }

    @Test func vendorNameWithHTMLSpecialCharactersIsEscapedInMarkdown() {
        let markdown = LegibilityTests.stress.report(.en).markdown()
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("&lt;script&gt;&amp;\"'"))
        #expect(markdown.contains("Same &amp; Co. &lt;Twin&gt;"))
    }

    @Test func entitiesInTheInputAreShownAsWritten() {
        // Plot alone would pass `&lt;` through as an entity; the report shows the characters.
        #expect(Markup.escape("&lt;b&gt; AT&T", quotes: false) == "&amp;lt;b&amp;gt; AT&amp;T")
        #expect(Markup.escape("say \"hi\" 'there'", quotes: true) == "say &quot;hi&quot; &#39;there&#39;")
    }

    @Test func charactersXMLForbidsAreReplaced() {
        #expect(Markup.escape("a\u{1}b\u{FFFE}c\td", quotes: false) == "a\u{FFFD}b\u{FFFD}c\td")
    }

    @Test func markdownKeepsValuesLiteralAndInsideTheirCells() {
        #expect(MarkdownWriter.escape("a|b *c* _d_ [e](f)\nnext") == "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) next")
    }
}
