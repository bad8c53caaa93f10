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
        #expect(table.sortedNames == names.sorted())
        for name in names { #expect(table[name]?.value == .text(name)) }
        #expect(table["fact_40"] == nil)
        #expect(table[""] == nil)
        #expect(FactTable()["x"] == nil)
    }

    /// Names are found by their bytes when every name is ASCII, and as strings otherwise, so a
    /// name equal as a string but not in bytes (the Kelvin sign and `K`, `é` composed or not)
    /// is found the same either way.
    @Test func namesAreFoundAsStringsWhateverTheirBytes() {
        let ascii = FactTable([("K", Fact(.number(1), at: here)), ("sla", Fact(.number(2), at: here))])
        #expect(ascii["\u{212A}"]?.value == .number(1))
        #expect(ascii["K"]?.value == .number(1))
        #expect(ascii["k"] == nil)
        #expect(ascii["sl"] == nil)
        #expect(ascii["slaa"] == nil)
        let mixed = FactTable([("caf\u{E9}", Fact(.number(3), at: here)), ("数据驻留", Fact(.number(4), at: here)),
                               ("a", Fact(.number(5), at: here))])
        #expect(mixed["cafe\u{301}"]?.value == .number(3))
        #expect(mixed["数据驻留"]?.value == .number(4))
        #expect(mixed["a"]?.value == .number(5))
        #expect(mixed["数据"] == nil)
    }

    /// Tables read one after another with the same names share them, and look up alike.
    @Test func tablesWithTheSameNamesShareThem() {
        let first = FactTable(names: ["b", "a"], values: [.number(1), .number(2)], marks: [here.mark, here.mark], origin: here, sharing: nil)
        let second = FactTable(names: ["a", "b"], values: [.number(3), .number(4)], marks: [here.mark, here.mark], origin: here, sharing: first)
        let other = FactTable(names: ["a", "c"], values: [.number(5), .number(6)], marks: [here.mark, here.mark], origin: here, sharing: first)
        #expect(second.sharesNames(with: first))
        #expect(!other.sharesNames(with: first))
        #expect(first.position(of: "a") == second.position(of: "a"))
        #expect(second.value(at: second.position(of: "b")!) == .number(4))
        #expect(second.kind(at: 0) == .number)
    }

    /// Rows of a CSV file that state the same facts share their names; a row stating others has
    /// its own, and its facts are read as written.
    @Test func csvRowsWithTheSameFactsShareTheirNames() throws {
        let csv = "id,name,price,sla,zones\na,A,1,99.9%,3\nb,B,2,99.5%,2\nc,C,3,,4\n"
        let bids = try BidsLoader().load(bytes: Array(csv.utf8), file: "bids.csv").bids
        #expect(bids[1].facts.sharesNames(with: bids[0].facts))
        #expect(!bids[2].facts.sharesNames(with: bids[1].facts))
        #expect(bids[1].facts["sla"]?.value == .percent(Rational(995, 10)))
        #expect(bids[2].facts.sortedNames == ["zones"] && bids[2].facts["zones"]?.value == .number(4))
    }

    @Test func aRepeatedNameKeepsTheLast() {
        let table = FactTable([("a", Fact(.number(1), at: here)), ("a", Fact(.number(2), at: here))])
        #expect(table.count == 1)
        #expect(table["a"]?.value == .number(2))
    }
}
