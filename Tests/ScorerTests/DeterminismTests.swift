import CostScorers
import GenericScorers
import Testing
import VendorScoreCore

@Suite("Bid order does not change points")
struct DeterminismTests {
    /// The example's points by vendor id, with the bids in the order given.
    private func points(_ test: ExampleCase, order bids: [ExampleBid]) throws -> [String: String] {
        let context = try ScorerExample.context(maximum: test.example.maximum, bids: bids)
        let parameters = try ScorerParameters(yaml: test.example.parameters, maximum: test.example.maximum)
        let awards = try test.scorer.init(parameters: parameters).score(context)
        #expect(awards.count == bids.count)
        return Dictionary(uniqueKeysWithValues: zip(bids.map(\.id), awards.map { $0.points.fixed(6) }))
    }

    @Test("Reversed and rotated bids score the same", arguments: ExampleCase.all.filter { $0.example.bids.count > 1 })
    func shuffled(_ test: ExampleCase) throws {
        let bids = test.example.bids
        let original = try points(test, order: bids)
        #expect(try points(test, order: bids.reversed()) == original)
        #expect(try points(test, order: Array(bids.dropFirst() + bids.prefix(1))) == original)
    }

    @Test("10,000 bids: the price score depends only on each bid's own price and the lowest")
    func manyBids() throws {
        let count = 10_000
        // A fixed permutation (7919 is prime, so i × 7919 mod n visits every index once).
        let bids = (0..<count).map { index in
            ExampleBid("v\(index)", price: String(5_000_000 + (index * 7919) % count * 100))
        }
        let parameters = try ScorerParameters(yaml: "", maximum: 30)
        let scorer = try Price87Scorer(parameters: parameters)
        let forward = try scorer.score(ScorerExample.context(maximum: 30, bids: bids))
        let backward = try scorer.score(ScorerExample.context(maximum: 30, bids: bids.reversed()))
        #expect(forward.filter { $0.points == 30 }.count == 1)
        #expect(forward.map(\.points) == backward.reversed().map(\.points))
        // The dearest bid, 5,999,900, scores 5,000,000 ÷ 5,999,900 × 30.
        #expect(forward.map(\.points).min() == Rational(5_000_000, 5_999_900) * 30)
    }
}
