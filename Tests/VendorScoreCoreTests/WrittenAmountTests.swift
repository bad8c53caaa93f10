import Testing
@testable import VendorScoreCore

/// Amounts as people write them in a price cell: read exactly, or refused with the reason.
@Suite("Written amounts")
struct WrittenAmountTests {
    @Test(arguments: [
        ("9860000", "9860000"), ("9_860_000", "9860000"), ("9860000.00", "9860000"), ("9,860,000", "9860000"),
        ("¥9,860,000", "9860000"), ("￥9,860,000", "9860000"), ("RMB 9,860,000", "9860000"), ("人民币9860000元", "9860000"),
        ("9,860,000.00元", "9860000"), ("9860000元整", "9860000"), ("986万", "9860000"), ("986万元", "9860000"),
        ("986.5万元", "9865000"), ("986 万元", "9865000".replacingOccurrences(of: "5", with: "0")), ("1.2亿元", "120000000"),
        ("1.2亿", "120000000"), ("９８６万元", "9860000"), ("９，８６０，０００", "9860000"), ("  9,860,000  ", "9860000"),
        ("1,234.56", "1234.56"), ("0.12345678万元", "1234.5678"), ("986万元整", "9860000"),
    ])
    func read(written: String, expected: String) throws {
        #expect(try WrittenAmount.read(written) == Rational(decimal: expected)!)
    }

    @Test func refusedWithTheReason() {
        func problem(_ text: String) -> WrittenAmount.Problem? {
            do {
                _ = try WrittenAmount.read(text)
                return nil
            } catch {
                return error
            }
        }
        #expect(problem("9,86,0000") == .badGrouping("9,86,0000"))
        #expect(problem("98,60,000") == .badGrouping("98,60,000"))
        #expect(problem("9860,000") == .badGrouping("9860,000"))
        #expect(problem("9,860,00") == .badGrouping("9,860,00"))
        #expect(problem("1,234.567,8") == .badGrouping("1,234.567,8"))
        #expect(problem("-9860000") == .signed("-9860000"))
        #expect(problem("¥-9,860,000") == .signed("¥-9,860,000"))
        #expect(problem("+9860000") == .signed("+9860000"))
        #expect(problem("$9,860,000") == .unknownUnit("$9,860,000", unit: "$"))
        #expect(problem("9860000 USD") == .unknownUnit("9860000 USD", unit: "USD"))
        #expect(problem("986千元") == .unknownUnit("986千元", unit: "千元"))
        #expect(problem("8%") == .unknownUnit("8%", unit: "%"))
        #expect(problem("玖佰捌拾陆万元整") == .chineseNumerals("玖佰捌拾陆万元整"))
        #expect(problem("9.860.000") == .notAnAmount("9.860.000"))
        #expect(problem("9,860,000.") == .notAnAmount("9,860,000."))
        #expect(problem("about nine million") == .notAnAmount("about nine million"))
        #expect(problem("") == .empty)
        #expect(problem("99999999亿元") == .tooPrecise("99999999亿元"))
        #expect(problem("1234567890123456") == .tooPrecise("1234567890123456"))
    }

    @Test func csvAndYAMLPricesAreReadAsAmounts() throws {
        let csv = "id,name,price\na,甲,\"¥9,860,000\"\nb,乙,986.5万元\n"
        let loaded = try Fixture.loadBids(csv, file: "bids.csv")
        #expect(loaded.bids.map(\.price) == [Rational(9_860_000), Rational(9_865_000)])
        let yaml = "format: vendorscore/bids@1\nbids:\n  - {id: a, name: 甲, price: 986万元}\n  - {id: b, name: 乙, price: \"¥9,860,000\"}\n"
        #expect(try Fixture.loadBids(yaml).bids.map(\.price) == [Rational(9_860_000), Rational(9_860_000)])
    }

    @Test func aMisgroupedPriceIsLocatedAndExplained() throws {
        let problems = Fixture.problems { () throws(DiagnosticList) in
            _ = try Fixture.loadBids("id,name,price\na,甲,\"9,86,0000\"\n", file: "bids.csv")
        }
        let problem = try #require(problems.first)
        #expect(problem.location == SourceLocation(file: "bids.csv", line: 2, column: 3))
        #expect(problem.path == "price")
        #expect(problem.english.contains("do not group the digits in threes"))
        let yaml = Fixture.problems { () throws(DiagnosticList) in
            _ = try Fixture.loadBids("format: vendorscore/bids@1\nbids:\n  - {id: a, name: 甲, price: 9860000 USD}\n")
        }
        #expect(yaml.first?.english.contains("'USD' is not a currency or unit") == true)
        #expect(yaml.first?.path == "bids[0].price")
    }
}
