import Testing
@testable import VendorScoreCore

@Suite("Typed facts")
struct FactValueTests {
    @Test(arguments: [
        ("12", FactValue.number(12)),
        ("99.95%", .percent(Rational(decimal: "99.95")!)),
        ("100%", .percent(100)),
        ("15min", .duration(seconds: 900)),
        ("4 h", .duration(seconds: 14_400)),
        ("30s", .duration(seconds: 30)),
        ("2天", .duration(seconds: 172_800)),
        ("true", .bool(true)),
        ("False", .bool(false)),
        ("浪潮云", .text("浪潮云")),
        ("ISO 27001", .text("ISO 27001")),
        ("3 zones", .text("3 zones")),
    ])
    func typesPlainText(text: String, expected: FactValue) throws {
        #expect(try FactValue.parse(text) == expected)
    }

    @Test func rejectsNegativeNumbers() {
        #expect(throws: FactValue.ParseError.negative("-5")) { try FactValue.parse("-5") }
        #expect(throws: FactValue.ParseError.negative("-1%")) { try FactValue.parse("-1%") }
    }

    @Test(arguments: [".nan", ".inf", "-.inf", "NaN", "inf"])
    func rejectsNonFinite(text: String) {
        #expect(throws: FactValue.ParseError.notFinite(text)) { try FactValue.parse(text) }
    }

    @Test func rejectsPercentOver100() {
        #expect(throws: FactValue.ParseError.percentOver100("100.01%")) { try FactValue.parse("100.01%") }
    }

    @Test func describesCanonically() throws {
        #expect(try FactValue.parse("99.950%").description == "99.95%")
        #expect(try FactValue.parse("240min").description == "4h")
        #expect(FactValue.list(["鲲鹏", "海光"]).description == "[鲲鹏, 海光]")
    }
}

@Suite("Fact table")
struct FactTableTests {
    private let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    @Test func findsEveryNameAndNoOther() {
        let names = (0..<40).map { "fact_\($0)" }.shuffled()
        let table = FactTable(names.map { ($0, Fact(.text($0), at: here)) })
        #expect(table.count == 40)
        #expect(table.names == names.sorted())
        for name in names { #expect(table[name]?.value == .text(name)) }
        #expect(table["fact_40"] == nil)
        #expect(table[""] == nil)
        #expect(FactTable()["x"] == nil)
    }

    @Test func aRepeatedNameKeepsTheLast() {
        let table = FactTable([("a", Fact(.number(1), at: here)), ("a", Fact(.number(2), at: here))])
        #expect(table.count == 1)
        #expect(table["a"]?.value == .number(2))
    }
}
