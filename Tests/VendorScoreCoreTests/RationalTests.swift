import Testing
@testable import VendorScoreCore

@Suite("Exact numbers")
struct RationalTests {
    private func r(_ text: String) -> Rational { Rational(decimal: text)! }

    @Test(arguments: [
        ("12", "12"), ("-0.5", "-1/2"), ("99.95", "1999/20"), ("1_000_000", "1000000"), ("0.000000001", "1/1000000000"),
    ])
    func parsesDecimals(text: String, expected: String) {
        #expect(Rational(decimal: text)?.description == expected)
    }

    @Test(arguments: ["", "1e3", "nan", "inf", "1.", ".5", "1..2", "1,000", "_1", "12a", "1.0000000001", "1234567890123456"])
    func rejectsNonDecimals(text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test func arithmeticIsExact() {
        #expect(r("0.1") + r("0.2") == r("0.3"))
        #expect(r("8900000") / r("9860000") * 30 == Rational(13350, 493))
        #expect(r("1") / 3 * 3 == 1)
        #expect(r("2.5") - r("3") == r("-0.5"))
    }

    @Test(arguments: [
        ("27.085", RoundingMode.halfUp, 2, "27.09"),
        ("27.084999", .halfUp, 2, "27.08"),
        ("-2.5", .halfUp, 0, "-3"),
        ("2.5", .halfEven, 0, "2"),
        ("3.5", .halfEven, 0, "4"),
        ("2.675", .halfEven, 2, "2.68"),
        ("9.999", .down, 2, "9.99"),
        ("9.991", .up, 2, "10.00"),
        ("27.244897959", .halfUp, 2, "27.24"),
    ])
    func rounds(text: String, mode: RoundingMode, decimals: Int, expected: String) {
        #expect(r(text).rounded(RoundingRule(mode: mode, decimals: decimals)).fixed(decimals) == expected)
    }

    @Test func roundsTheExactQuotientOnce() {
        // 1335/49 = 27.2448979…; half-up to 2 decimals is 27.24, never 27.25 from rounding twice.
        #expect(Rational(1335, 49).rounded(.standard).fixed(2) == "27.24")
        // Exactly half at the third decimal goes up.
        #expect(Rational(54489, 2000).rounded(.standard).fixed(2) == "27.24")
        #expect(Rational(54490, 2000).rounded(.standard) == r("27.25"))
    }

    @Test func formats() {
        #expect(r("30").fixed(2) == "30.00")
        #expect(r("0.05").fixed(2) == "0.05")
        #expect(r("-0.05").fixed(2) == "-0.05")
        #expect(r("99.95").decimalString() == "99.95")
        #expect(Rational(1, 3).decimalString(maxDecimals: 4) == "0.3333…")
        #expect(r("7").fixed(0) == "7")
    }

    @Test func ordersAcrossDenominators() {
        #expect(Rational(1, 3) < Rational(1, 2))
        #expect(r("99.99") > r("99.9"))
        #expect([r("3"), r("1.5"), r("2")].sorted() == [r("1.5"), r("2"), r("3")])
    }

    /// A large tender holds millions of values: most must stay inline and small, and crossing
    /// from one form to another (64-bit, 128-bit, big) must not change a value.
    @Test func smallValuesStayInlineAndFormsMeet() {
        #expect(MemoryLayout<Rational>.size <= 24)
        let beyond64 = Rational(Int128(Int64.max) + 1, 3)
        #expect(beyond64.description == "9223372036854775808/3")
        #expect(beyond64 - Rational(Int128(Int64.max), 3) == Rational(1, 3))
        #expect((beyond64 * 3 - 1).integerValue == Int(Int64.max))
        #expect(-Rational(Int128(Int64.min), 1) == Rational(Int128(Int64.max) + 1, 1))
        #expect((-Rational(Int128(Int64.min), 1)).hashValue == Rational(Int128(Int64.max) + 1, 1).hashValue)
        #expect(Rational(Int128.max, 1) + 1 - 1 == Rational(Int128.max, 1))
        #expect(Rational(Int128(Int64.max) + 1, 1).integerValue == nil)
        #expect(Rational(Int128(Int64.max) + 1, 7).approximateDouble == 9223372036854775808.0 / 7)
    }
}
