import DataCentreScorers
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreTestKit

@Suite("datacentre.pue")
struct PUEScorerTests {
    @Test("Keeps every rule of VendorScore's test kit")
    func keepsTheRules() throws {
        try ScorerCheck(PUEScorer.self, badParameters: [
            BadParameters("target: 1.5\nlimit: 1.2", at: 1, 9, "expected a target below the limit 1.2, found 1.5"),
            BadParameters("target: 0.9\nlimit: 1.5", at: 1, 9, "a PUE is at least 1"),
            BadParameters("target: 1.2\nlimit: high", at: 2, 8, "expected a number, found 'high'"),
            BadParameters("fact: data centre pue\ntarget: 1.2\nlimit: 1.5", at: 1, 7, "a fact name must be one word"),
        ], alongside: builtinModules).verify()
    }

    @Test("A site above the limit is flagged for the committee")
    func flagged() throws {
        let awards = try PUEScorer.examples[0].run(PUEScorer.self)
        #expect(awards[2].flags.map { $0.message.ownText?.en } == ["PUE 1.62 exceeds the GB 40879-2021 limit 1.5"])
        #expect(awards[2].reason.ownText == LocalizedText(zh: "最差 PUE 1.62（1.3、1.62）；不低于限值 1.5",
                                                          en: "worst PUE 1.62 of 1.3, 1.62; at or above the limit 1.5"))
        #expect(awards[0].flags.isEmpty)
    }

    @Test("A PUE below 1 is an error naming the vendor, never a score")
    func impossiblePUE() throws {
        let example = ScorerExample("impossible", parameters: "target: 1.2\nlimit: 1.5", maximum: 6,
                                    bids: [ExampleBid("x", facts: ["data_centre_pue": "1.3 | 0.8"])], expected: ["0.00"])
        #expect(throws: ScorerError("vendor 'x': data_centre_pue should hold PUE values of at least 1, found '0.8'",
                                    at: SourceLocation(file: "<example>", line: 1, column: 1))) {
            try example.run(PUEScorer.self)
        }
    }
}
