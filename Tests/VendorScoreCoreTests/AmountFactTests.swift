import Testing
@testable import VendorScoreCore

/// Costs are amounts: a fact a scorer reads as an amount is read as a price cell is, exactly,
/// or refused with the reason.
@Suite("Amount facts")
struct AmountFactTests {
    @Test(arguments: ["2800000", "2,800,000", "¥2,800,000", "280万元", "2800000元整", "0.028亿元"])
    func writtenAmountsAreReadExactly(_ written: String) throws {
        let value = try FactValue.parse(written)
        #expect(try value.amount?.get() == Rational(2_800_000))
    }

    @Test func otherKindsAreNoAmount() {
        #expect(FactValue.percent(Rational(5)).amount == nil)
        #expect(FactValue.list(["a"]).amount == nil)
        #expect(FactValue.text("28,00,000").amount == .failure(.badGrouping("28,00,000")))
    }

    @Test func aRequirementOnAmountsReadsTextAsTheNumberItStandsFor() {
        #expect(FactRequirement("cost", .amount).read(.text("280万元")) == .number(Rational(2_800_000)))
        #expect(FactRequirement("cost", .amount).read(.text("a lot")) == .text("a lot"))
        #expect(FactRequirement("cost", .number).read(.text("280万元")) == .text("280万元"))
        #expect(FactRequirement("cost", .text, .amount).read(.text("280万元")) == .text("280万元"))
    }

    static let rubric = Fixture.rubric().replacingOccurrences(of: """
                scorer: test.fact-points
                params: { fact: q }
        """, with: """
                scorer: test.amount-points
                params: { fact: q }
        """)

    @Test func amountsWrittenAsInAPriceCellScoreAsTheirNumbers() throws {
        let written = try Fixture.evaluate(rubric: Self.rubric, bids: [
            Fixture.bid("a", price: "900", q: "'¥2,800,000'"), Fixture.bid("b", price: "950", q: "280万元"),
            Fixture.bid("c", price: "990", q: "'1,500,000.50元'"),
        ])
        let plain = try Fixture.evaluate(rubric: Self.rubric, bids: [
            Fixture.bid("a", price: "900", q: "2800000"), Fixture.bid("b", price: "950", q: "2800000"),
            Fixture.bid("c", price: "990", q: "1500000.5"),
        ])
        #expect(written.vendors.map(\.total) == plain.vendors.map(\.total))
        #expect(written.vendors.map { $0.criteria.first { $0.criterionID == "q" }?.points } == [Rational(14, 5), Rational(14, 5), Rational(3, 2)])
    }

    @Test func anAmountWrittenWronglyIsRefusedWithTheReason() throws {
        let rubric = try Fixture.loadRubric(Self.rubric)
        let loaded = try Fixture.loadBids(Fixture.bids([Fixture.bid("a", price: "900", q: "'28,00,000'")]))
        let problem = try #require(BidChecker.check(loaded, against: rubric).first)
        #expect(problem.english == "vendor 'a': fact 'q' should be an amount such as 9860000 or 986万元, found '28,00,000'")
        #expect(problem.englishHint?.contains("its commas do not group the digits in threes") == true)
        #expect(problem.path == "bids[a].facts.q")
    }

    @Test func anotherKindIsRefusedWithoutAnAmountHint() throws {
        let rubric = try Fixture.loadRubric(Self.rubric)
        let loaded = try Fixture.loadBids(Fixture.bids([Fixture.bid("a", price: "900", q: "5%")]))
        let problem = try #require(BidChecker.check(loaded, against: rubric).first)
        #expect(problem.english == "vendor 'a': fact 'q' should be an amount such as 9860000 or 986万元, found '5%'")
        #expect(problem.hint == nil)
    }
}
