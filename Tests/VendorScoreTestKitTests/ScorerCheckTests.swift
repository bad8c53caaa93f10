import Testing
import VendorScoreCore
import VendorScoreTestKit

/// Each deliberately broken scorer fails exactly the rules it breaks, with a message saying what to do.
@Suite("The scorer test kit")
struct ScorerCheckTests {
    private func messages(_ scorer: any Scorer.Type, badParameters: [BadParameters] = [],
                          alongside: [ScorerModule] = []) -> [String] {
        ScorerCheck(scorer, badParameters: badParameters, alongside: alongside).findings().map(\.description)
    }

    @Test("A well-behaved scorer has no findings, and verify() does not throw")
    func goodScorer() throws {
        let check = ScorerCheck(GoodScorer.self, badParameters: [
            BadParameters("target: 1.5\nlimit: 1.2", at: 1, 9, "target must be below limit"),
            BadParameters("target: low\nlimit: 1.2", at: 1, 9, "expected a number"),
        ])
        #expect(check.findings().isEmpty)
        try check.verify()
    }

    @Test("Identity: id, version, summary, parameter documentation, examples")
    func identity() {
        #expect(messages(BadIdentityScorer.self) == [
            "Custom PUE: identity: scorer id 'Custom PUE' from VendorScoreTestKitTests is not of the form area.name (lowercase letters, digits and '-')",
            "Custom PUE: identity: version '1' is not a semantic version such as 1.0.0; records pin it, so raise it whenever the same inputs could give different points",
            "Custom PUE: identity: the summary must be one line of text, found \"Scores PUE. ⏎ Lower is better.\"",
            "Custom PUE: identity: parameter 'target' needs a type and a one-line summary for `vendorscore scorers`",
            "Custom PUE: examples: no worked examples; add at least one ScorerExample (parameters and facts in, points out)",
        ])
    }

    @Test("Identity: an id another module registers")
    func clash() {
        let others = [ScorerModule("DataCentreScorers", [GoodScorer.self])]
        #expect(messages(ClashingScorer.self, alongside: others) == [
            "sample.pue: identity: scorer id 'sample.pue' is registered twice, by DataCentreScorers and by VendorScoreTestKitTests; every scorer needs its own id",
        ])
        // The scorer itself may be in the list it is checked alongside.
        #expect(messages(GoodScorer.self, alongside: others).isEmpty)
    }

    @Test("Examples: wrong points, a missing expected result, an undeclared parameter")
    func examples() {
        #expect(messages(WrongExampleScorer.self) == [
            "sample.wrong-example: examples: example 'promises 3': vendor 'a': expected 3.00 points, got 2.00 (always 2)",
            "sample.wrong-example: examples: example 'two bids, one result': lists 1 expected results for 2 bids",
            "sample.wrong-example: examples: example 'undeclared parameter': uses parameters the scorer does not declare: bonus",
        ])
    }

    @Test("Range: points above the maximum, a reason on two lines")
    func range() {
        #expect(messages(OutOfRangeScorer.self) == [
            "sample.out-of-range: range: example 'over the top': vendor 'a' got 6 points, outside 0–5",
            "sample.out-of-range: range: example 'over the top': vendor 'a': the reason must be one line saying which rule gave the points, found \"generous ⏎ very\"",
        ])
    }

    @Test("Determinism: a second run gives other points")
    func determinism() throws {
        let findings = ScorerCheck(NondeterministicScorer.self).findings()
        let second = try #require(findings.first { $0.rule == .determinism })
        #expect(second.message.hasPrefix("vendor 'a' got "))
        #expect(second.message.contains(" points (call "))
        #expect(second.message.hasSuffix("a second run; a scorer must not read the clock, random numbers, the locale or any state between calls"))
    }

    @Test("Bid order: the first bid gets full points")
    func bidOrder() {
        #expect(messages(FirstComeScorer.self) == [
            "sample.first-come: bid-order: example 'a first': vendor 'a' got 5 points (position 1), but 0 points (position 2) with the bids reversed; scores must not depend on the order of the bids",
            "sample.first-come: bid-order: example 'a first': vendor 'a' got 5 points (position 1), but 0 points (position 2) with the bids rotated; scores must not depend on the order of the bids",
        ])
    }

    @Test("Declared facts: reading a fact the scorer does not declare")
    func declaredFacts() {
        #expect(messages(UndeclaredFactScorer.self) == [
            "sample.undeclared: declared-facts: example 'reads pue': fails with only the declared facts (): vendor 'a' lacks fact 'pue'; list every fact the scorer reads in `facts`, so bids are checked before scoring",
        ])
    }

    @Test("Bad parameters: accepted, or refused without a location, or at the wrong place")
    func badParameters() {
        #expect(messages(LaxScorer.self, badParameters: [BadParameters("target: high", at: 1, 9, "expected a number")]) == [
            "sample.lax: bad-parameters: parameters \"target: high\" were accepted; expected an error mentioning 'expected a number'",
            "sample.lax: bad-parameters: required parameter 'target' was left out and the parameters were accepted; read it with a throwing reader such as parameters.number(\"target\"), or declare it required: false",
        ])
        #expect(messages(UnlocatedScorer.self, badParameters: [BadParameters("target: high", at: 1, 9, "expected a number")]) == [
            "sample.unlocated: bad-parameters: parameters \"target: high\": the error 'bad target' does not say where; throw parameters.error(_:at:) so it points at the value",
            "sample.unlocated: bad-parameters: without 'target': the error 'bad target' does not say where",
        ])
        #expect(messages(GoodScorer.self, badParameters: [
            BadParameters("target: 1.5\nlimit: 1.2", at: 2, 8, "target must be below limit"),
            BadParameters("target: 1.5\nlimit: 1.2", at: 1, 9, "limit must be above target"),
        ]) == [
            "sample.pue: bad-parameters: parameters \"target: 1.5 ⏎ limit: 1.2\": the error points at 1:9, expected 2:8 ('target must be below limit')",
            "sample.pue: bad-parameters: parameters \"target: 1.5 ⏎ limit: 1.2\": the error says 'target must be below limit', expected it to mention 'limit must be above target'",
        ])
    }

    @Test("verify() throws every finding, one per line")
    func verify() {
        #expect(throws: ScorerCheckFailure.self) { try ScorerCheck(OutOfRangeScorer.self).verify() }
        do {
            try ScorerCheck(OutOfRangeScorer.self).verify()
        } catch {
            #expect(error.description.hasPrefix("the scorer breaks 2 rules:\n  - sample.out-of-range: range: "))
            #expect(error.findings.map(\.rule) == [.range, .range])
        }
    }
}
