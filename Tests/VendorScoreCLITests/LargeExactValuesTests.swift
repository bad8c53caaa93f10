import Foundation
import Testing
import VendorScoreCLI

/// Inputs inside the documented limits whose exact arithmetic outgrows 128-bit integers: they
/// are scored exactly and never crash.
@Suite struct LargeExactValuesTests {
    private func rubric(roundCriteria: Bool, rate: String, ratioCriteria: Int) -> String {
        let ratios = (0..<ratioCriteria).map { index -> String in
            """
                  - id: r\(index)
                    title: { zh: 指标\(index), en: Measure \(index) }
                    points: 10
                    type: objective
                    scorer: generic.ratio-to-best
                    params: { fact: m\(index), better: \(index.isMultiple(of: 2) ? "lower" : "higher") }

            """
        }.joined()
        return """
            format: vendorscore/rubric@1
            id: exact-2026
            version: "1"
            title: { zh: 精确测试, en: Exact test }
            category: services
            method: comprehensive
            total_points: \(10 * ratioCriteria + 30)
            price_weight: warning
            rounding: { criteria: \(roundCriteria) }
            price:
              small_enterprise: { rate: \(rate) }
            groups:
              - id: measures
                title: { zh: 指标, en: Measures }
                criteria:
            \(ratios)  - id: cost
                title: { zh: 价格, en: Price }
                criteria:
                  - id: price
                    title: { zh: 价格分, en: Price score }
                    points: 30
                    type: objective
                    scorer: cost.price-87

            """
    }

    /// Bids with 9-decimal prices and facts of coprime denominators, so exact sums grow large.
    private func bids(ratioCriteria: Int) -> String {
        let vendors = ["a", "b", "c", "d"]
        let primes = ["999999937", "999999929", "999999893", "999999883", "999999797", "999999761", "999999757", "999999751"]
        let body = vendors.enumerated().map { vendorIndex, id -> String in
            let facts = (0..<ratioCriteria).map { index -> String in
                "m\(index): \(primes[(index + vendorIndex) % primes.count]).\(primes[(index * 3 + vendorIndex) % primes.count])"
            }.joined(separator: ", ")
            return """
                  - id: \(id)
                    name: 供应商\(id)
                    price: 98765432\(vendorIndex)1234.12345678\(vendorIndex + 1)
                    declarations: { enterprise_size: \(vendorIndex.isMultiple(of: 2) ? "small" : "large") }
                    facts: { \(facts) }

                """
        }.joined()
        return "format: vendorscore/bids@1\ntender: exact-2026\nbids:\n\(body)"
    }

    private func run(roundCriteria: Bool, rate: String, ratioCriteria: Int) throws -> CLIRun {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rubricPath = directory.appendingPathComponent("rubric.yaml").path
        let bidsPath = directory.appendingPathComponent("bids.yaml").path
        try rubric(roundCriteria: roundCriteria, rate: rate, ratioCriteria: ratioCriteria).write(toFile: rubricPath, atomically: true, encoding: .utf8)
        try bids(ratioCriteria: ratioCriteria).write(toFile: bidsPath, atomically: true, encoding: .utf8)
        return CLIRun(["evaluate", rubricPath, bidsPath, "--format", "csv"])
    }

    @Test func unroundedCriteriaOfManyRatiosAddUpExactly() throws {
        let result = try run(roundCriteria: false, rate: "10%", ratioCriteria: 6)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 5)
    }

    @Test func nineDecimalPricesWithNineDecimalRates() throws {
        let result = try run(roundCriteria: true, rate: "10.123456789%", ratioCriteria: 2)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 5)
    }
}
