import Testing
@testable import VendorScoreCore

/// Where the committee gives its marks after the bids are in (the workspace's score sheets), the
/// bids need none: the same bids that `evaluate` refuses for missing marks pass, and every other
/// check still holds.
@Suite struct MarksCollectedLaterTests {
    static func unmarked(_ id: String, price: String, q: String = "50") -> String {
        Fixture.bid(id, price: price, q: q).replacingOccurrences(of: "    scores: { design: { E1: 8, E2: 8, E3: 8 } }\n", with: "")
    }

    func errors(_ bids: [String], marks: BidChecker.Marks) throws -> [Diagnostic] {
        let loaded = try Fixture.loadBids(Fixture.bids(bids))
        return BidChecker.check(loaded, against: try Fixture.loadRubric(Fixture.rubric()), marks: marks).filter { $0.severity == .error }
    }

    @Test func bidsWithoutMarksPassOnlyWhenMarksComeLater() throws {
        let bids = [Self.unmarked("a", price: "100"), Self.unmarked("b", price: "120")]
        #expect(!bids.joined().contains("scores"))
        let inBids = try errors(bids, marks: .inBids)
        #expect(inBids.map(\.path) == ["bids[a].scores", "bids[b].scores"])
        #expect(try errors(bids, marks: .collectedLater).isEmpty)
    }

    @Test func marksInTheBidsAreNotCheckedWhenTheyComeLater() throws {
        // Out of range and from a different panel: both refused when the bids' marks count.
        let bids = [Fixture.bid("a", price: "100", scores: "{ E1: 8, E2: 11, E3: 8 }"), Fixture.bid("b", price: "120", scores: "{ E9: 5 }")]
        #expect(try errors(bids, marks: .inBids).count == 2)
        #expect(try errors(bids, marks: .collectedLater).isEmpty)
    }

    @Test func everyOtherCheckStillHolds() throws {
        let missingFact = Self.unmarked("a", price: "100").replacingOccurrences(of: "facts: { q: 50, mlps_level: 3 }", with: "facts: { mlps_level: 3 }")
        let problems = try errors([missingFact, Self.unmarked("b", price: "120")], marks: .collectedLater)
        #expect(problems.map(\.path) == ["bids[a].facts"])
        let wrongKind = try errors([Self.unmarked("a", price: "100", q: "high"), Self.unmarked("b", price: "120")], marks: .collectedLater)
        #expect(wrongKind.map(\.path) == ["bids[a].facts.q"])
    }
}
