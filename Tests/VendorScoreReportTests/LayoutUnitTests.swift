import Testing
import VendorScoreCore
@testable import VendorScoreReport

/// The pieces chart layout rests on: dates, text widths and wrapping, axis ticks.
@Suite struct LayoutUnitTests {
    @Test func datesAreReadStrictly() throws {
        #expect(try ReportDate(parsing: "2024-02-29").description == "2024-02-29")
        #expect(try ReportDate(parsing: "2026-12-31").description == "2026-12-31")
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "２０２６-03-18", "2026-03-18 ", "20260318", ""] {
            #expect(throws: ReportDate.ParseError.self, "\(bad)") { try ReportDate(parsing: bad) }
        }
    }

    @Test func textWidthCountsCJKAsOneEm() {
        #expect(TextMetrics.width("浪潮云", fontSize: 10) == 30)
        #expect(abs(TextMetrics.width("abc", fontSize: 10) - 18.6) < 1e-9)
    }

    @Test func wrapsAtSpacesOrBetweenCJKCharacters() {
        #expect(TextMetrics.wrap("Reliability and operations", toWidth: 110, fontSize: 11, maxLines: 3) == ["Reliability and", "operations"])
        #expect(TextMetrics.wrap("可靠性与运维保障", toWidth: 50, fontSize: 11, maxLines: 3) == ["可靠性与", "运维保障"])
        let cut = TextMetrics.wrap("one two three four five six", toWidth: 40, fontSize: 11, maxLines: 2)
        #expect(cut.count == 2 && cut[1].hasSuffix("…"))
        #expect(cut.allSatisfy { TextMetrics.width($0, fontSize: 11) <= 40 })
        #expect(TextMetrics.truncate("中国电子信息产业集团有限公司", toWidth: 60, fontSize: 12) == "中国电子…")
    }

    @Test func axisTicksAreRoundAndExact() {
        #expect(AxisScale(low: 0, high: 100, minimumTicks: 6).ticks == [0, 20, 40, 60, 80, 100])
        #expect(AxisScale(low: 0, high: 30, minimumTicks: 4, maximumTicks: 8).ticks == [0, 10, 20, 30])
        #expect(AxisScale(low: 0, high: 30, minimumTicks: 5, maximumTicks: 8).ticks == [0, 5, 10, 15, 20, 25, 30])
        let prices = AxisScale(covering: Rational(5_100_000), Rational(11_300_000), minimumTicks: 4, maximumTicks: 8)
        #expect(prices.low == Rational(4_000_000) && prices.high == Rational(12_000_000))
        #expect(prices.ticks.count == 5)
    }
}
