import CostScorers
import GenericScorers
import ReliabilityScorers
import SecurityScorers
import Testing
import VendorScoreCore

/// Facts a scorer cannot score are errors naming the vendor and the value, never a silent zero.
@Suite("Unscorable facts")
struct ScoringErrorTests {
    private func error<S: Scorer>(_ scorer: S.Type, _ parameters: String, maximum: Rational = 6,
                                  _ bids: [ExampleBid]) throws -> ScorerError? {
        let instance = try S(parameters: ScorerParameters(yaml: parameters, maximum: maximum))
        let context = try ScorerExample.context(maximum: maximum, bids: bids)
        do {
            _ = try instance.score(context)
            return nil
        } catch {
            return error
        }
    }

    @Test("A value the lookup table does not list, without otherwise")
    func lookupMissing() throws {
        let error = try #require(try error(LookupScorer.self, "fact: mlps_grade\ntable: {三级: 4, 四级: 6}", [
            ExampleBid("a", facts: ["mlps_grade": "三级"]),
            ExampleBid("b", facts: ["mlps_grade": "二级"]),
        ]))
        #expect(error.english == "vendor 'b': mlps_grade is '二级', which the table does not list (三级, 四级); add it, or set otherwise")
        #expect(error.location == SourceLocation(file: "<example>", line: 1, column: 1))
    }

    @Test("A discount rate that disagrees with the bid's price, or leaves no price")
    func discountRate() throws {
        let disagreeing = try #require(try error(DiscountRateScorer.self, "base: 2000000", [
            ExampleBid("a", price: "1840000", facts: ["discount_rate": "8%"]),
            ExampleBid("b", price: "1850000", facts: ["discount_rate": "8%"]),
        ]))
        #expect(disagreeing.english == "vendor 'b': the price 1,850,000 is not what its discount_rate gives, "
            + "(1 − 8%) × base 2,000,000 = 1,840,000; expected the two to agree")
        let whole = try #require(try error(DiscountRateScorer.self, "base: 2000000", [
            ExampleBid("a", price: "1840000", facts: ["discount_rate": "100%"]),
        ]))
        #expect(whole.english == "vendor 'a': a discount rate of 100% leaves no price; expected a rate below 100%")
    }

    @Test("Disaster-recovery levels outside 1–6 or not whole", arguments: ["7", "0", "4.5"])
    func drLevel(_ level: String) throws {
        let error = try #require(try error(DRLevelScorer.self, "", [ExampleBid("x", facts: ["dr_level": level])]))
        #expect(error.english == "vendor 'x': dr_level should be a GB/T 20988-2007 disaster-recovery level, a whole number from 1 to 6; found \(level)")
    }

    @Test("等保 levels outside 1–5")
    func mlpsLevel() throws {
        let error = try #require(try error(MLPSScorer.self, "levels: {3: 4}", [ExampleBid("x", facts: ["mlps_level": "6"])]))
        #expect(error.english == "vendor 'x': mlps_level should be a 等保 level, a whole number from 1 to 5; found 6")
    }

    @Test("A fractional number of zones")
    func zones() throws {
        let error = try #require(try error(ZonesScorer.self, "full: 3", [ExampleBid("x", facts: ["availability_zones": "2.5"])]))
        #expect(error.english.contains("a whole number from 0 to 1000; found 2.5"))
    }

    @Test("Ratio to best needs every bid to state the fact the same way")
    func mixedKinds() throws {
        let error = try #require(try error(RatioToBestScorer.self, "fact: uptime\nbetter: higher", [
            ExampleBid("a", facts: ["uptime": "99"]),
            ExampleBid("b", facts: ["uptime": "99.9%"]),
        ]))
        #expect(error.english.contains("vendor 'b'") && error.english.contains("99.9%"))
    }

    @Test("A missing fact names the vendor and the fact")
    func missingFact() throws {
        let error = try #require(try error(SLAScorer.self, "floor: 99.9%\ntarget: 99.99%", [ExampleBid("z")]))
        #expect(error.english.contains("vendor 'z'") && error.english.contains("sla_availability"))
    }
}
