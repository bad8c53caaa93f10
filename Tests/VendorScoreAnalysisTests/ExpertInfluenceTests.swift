import Testing
import VendorScoreCore
@testable import VendorScoreAnalysis

/// Influence checked by re-running the engine on changed bids.
@Suite struct ExpertInfluenceTests {
    /// Two vendors close on everything but the plan; E3 alone favours `b` strongly.
    static let closeCall = """
        format: vendorscore/bids@1
        bids:
          - { id: a, name: A, price: 8000, facts: { a: 0.8, b: 10, c: 0.5 }, scores: { plan: { E1: 9, E2: 9, E3: 2 } } }
          - { id: b, name: B, price: 8000, facts: { a: 0.8, b: 10, c: 0.5 }, scores: { plan: { E1: 8, E2: 8, E3: 12 } } }
          - { id: c, name: C, price: 9500, facts: { a: 0.3, b: 4, c: 0.2 }, scores: { plan: { E1: 5, E2: 5, E3: 5 } } }
        """

    @Test func removingTheDecisiveMemberChangesTheWinner() throws {
        let tender = try SmallTender.load(bids: Self.closeCall)
        // b leads: (8 + 8 + 12) / 3 = 9.33 against (9 + 9 + 2) / 3 = 6.67.
        #expect(tender.evaluation.qualified.first?.id == "b")
        let influence = try ExpertInfluence.analyse(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation)
        #expect(influence.evaluators == ["E1", "E2", "E3"])
        #expect(influence.decisiveMembers == ["E3"])
        let without = try #require(influence.members.first { $0.evaluator == "E3" })
        #expect(without.ranking.map(\.vendor) == ["a", "b", "c"])
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func leaveOneOutMatchesTheEngine(seed: UInt64) throws {
        let tender = try SmallTender.make(seed: seed, vendors: 4)
        let influence = try ExpertInfluence.analyse(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation)
        for member in influence.members {
            var bids = tender.bids
            for index in bids.indices { bids[index].evaluatorScores["plan"]?[member.evaluator] = nil }
            let rerun = try Engine().evaluate(rubric: tender.rubric, bids: bids)
            #expect(member.ranking.map(\.vendor) == rerun.qualified.map(\.id))
            #expect(member.ranking.map(\.rank) == rerun.qualified.map { $0.rank! })
        }
    }

    /// Each reported swap works at its mark and not one step short of it.
    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func swapsAreTheSmallestOnTheGrid(seed: UInt64) throws {
        let tender = try SmallTender.make(seed: seed, vendors: 4)
        let influence = try ExpertInfluence.analyse(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation)
        for swap in influence.swaps {
            let vendor = swap.target == .lowerWinner ? influence.winner : influence.runnerUp
            func order(mark: Rational) throws -> Evaluation {
                var bids = tender.bids
                let index = bids.firstIndex { $0.id == vendor }!
                bids[index].evaluatorScores[swap.criterion]?[swap.evaluator]?.points = mark
                return try Engine().evaluate(rubric: tender.rubric, bids: bids)
            }
            func swapped(_ result: Evaluation) -> Bool {
                result.vendor(influence.runnerUp)!.rank! < result.vendor(influence.winner)!.rank!
            }
            #expect(try swapped(order(mark: swap.to)))
            let short = swap.to - (swap.target == .lowerWinner ? -ExpertInfluence.markStep : ExpertInfluence.markStep)
            if short != swap.from {
                #expect(try !swapped(order(mark: short)))
            }
        }
    }

    @Test func theCloseCallHasItsSwapsSortedBySize() throws {
        let tender = try SmallTender.load(bids: Self.closeCall)
        let influence = try ExpertInfluence.analyse(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation)
        #expect(influence.winner == "b")
        #expect(influence.runnerUp == "a")
        #expect(!influence.swaps.isEmpty)
        let sizes = influence.swaps.map { $0.change.absolute }
        #expect(sizes == sizes.sorted())
        // Lowering b's 12 from E3 to 3.99 gives b (8 + 8 + 3.99) / 3 = 6.66 < 6.67; raising a's 2
        // to 10.01 gives a 9.34 > 9.33. At 4 and 10 they would tie (并列), which is not a swap.
        let first = influence.swaps.prefix(2).map {
            "\($0.evaluator) \($0.target.rawValue) \($0.from.decimalString())→\($0.to.decimalString())"
        }
        #expect(first == ["E3 lower-winner 12→3.99", "E3 raise-runner-up 2→10.01"])
        #expect(influence.swaps.allSatisfy { $0.evaluator == "E3" || $0.change.absolute > Rational(801, 100) })
    }
}
