import Testing
import VendorScoreCore
@testable import VendorScoreAnalysis

@Suite struct SMAATests {
    @Test func generatorsMatchTheirReferenceOutputs() {
        // SplitMix64 from state 0 and xoshiro256** from state (1, 2, 3, 4), as published by their authors.
        var splitMix = SplitMix64(state: 0)
        #expect(splitMix.next() == 0xE220_A839_7B1D_CDAF)
        var xoshiro = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<4).map { _ in xoshiro.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    /// SMAA on an evaluation, with noise on the marks of `bids`.
    static func run(_ tender: SmallTender, _ evaluation: Evaluation, bids: [Bid], _ options: SMAA.Options) throws -> SMAA.Result {
        let table = try PerformanceTable(evaluation)
        return SMAA.run(table, marks: CommitteeMarks(rubric: tender.rubric, bids: bids, evaluation: evaluation, table: table), options: options)
    }

    @Test func sameSeedSameResultAcrossRunsAndBidOrder() throws {
        let tender = try SmallTender.make(seed: 11, vendors: 6)
        let reversed = try Engine().evaluate(rubric: tender.rubric, bids: tender.bids.reversed())
        let options = SMAA.Options(samples: 9_000, seed: 42, weights: .simplex, markNoise: 1)
        let first = try Self.run(tender, tender.evaluation, bids: tender.bids, options)
        #expect(first == (try Self.run(tender, tender.evaluation, bids: tender.bids, options)))
        #expect(first == (try Self.run(tender, reversed, bids: tender.bids.reversed(), options)))
        var other = options
        other.seed = 43
        #expect((try Self.run(tender, tender.evaluation, bids: tender.bids, other)).rankCounts != first.rankCounts)
        // Noise reaches the ranks: with it, the counts differ from those without.
        var quiet = options
        quiet.markNoise = nil
        #expect((try Self.run(tender, tender.evaluation, bids: tender.bids, quiet)).rankCounts != first.rankCounts)
    }

    @Test(arguments: [SMAA.WeightSampling.simplex, .around(percent: 20)])
    func countsAddUpAndCentralWeightsAreWeights(sampling: SMAA.WeightSampling) throws {
        let table = try PerformanceTable(try SmallTender.make(seed: 7, vendors: 5).evaluation)
        let result = SMAA.run(table, options: SMAA.Options(samples: 5_000, seed: 3, weights: sampling))
        for row in result.rankCounts { #expect(row.reduce(0, +) == 5_000) }
        for rank in table.vendors.indices { #expect(result.rankCounts.map { $0[rank] }.reduce(0, +) == 5_000) }
        for (index, central) in result.centralWeights.enumerated() {
            #expect((central == nil) == (result.rankCounts[index][0] == 0))
            if let central {
                #expect(abs(central.reduce(0, +) - 1) < 1e-9)
                #expect(central.allSatisfy { $0 >= 0 })
                // Without noise a vendor first on average weights is first there for sure.
                #expect(result.confidence[index] == 0 || result.confidence[index] == 1)
            }
        }
    }

    @Test func weightsAroundTheRubricStayWithinTheirBand() throws {
        // One criterion per vendor best; ±10% keeps the official winner's margin, simplex does not.
        let table = try PerformanceTable(try SmallTender.make(seed: 2, vendors: 4).evaluation)
        let model = SMAA.Model(performance: table.performanceDoubles, base: table.weightDoubles, marks: nil,
                               options: SMAA.Options(weights: .around(percent: 10)))
        var generator = Xoshiro256StarStar(seed: 1, block: 0)
        var weights = [Double](repeating: 0, count: table.criteria.count)
        var sorted = [Double](repeating: 0, count: table.criteria.count - 1)
        for _ in 0..<1000 {
            model.drawWeights(into: &weights, sorted: &sorted, with: &generator)
            // Before normalising each is within ±10%; after, within a factor (1.1 / 0.9) of the rubric's.
            for (weight, base) in zip(weights, table.weightDoubles) {
                #expect(weight >= base * 0.9 / 1.1 && weight <= base * 1.1 / 0.9)
            }
            #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func simplexWeightsAverageToEqualShares() {
        let model = SMAA.Model(performance: [[1, 0, 0, 0, 0]], base: [0.2, 0.2, 0.2, 0.2, 0.2], marks: nil, options: SMAA.Options())
        var generator = Xoshiro256StarStar(seed: 9, block: 0)
        var weights = [Double](repeating: 0, count: 5)
        var sorted = [Double](repeating: 0, count: 4)
        var sums = [Double](repeating: 0, count: 5)
        for _ in 0..<200_000 {
            model.drawWeights(into: &weights, sorted: &sorted, with: &generator)
            #expect(weights.allSatisfy { $0 >= 0 })
            for index in 0..<5 { sums[index] += weights[index] }
        }
        // Each component of a uniform point on the simplex has mean 1/5 (standard error ≈ 0.0004 here).
        for sum in sums { #expect(abs(sum / 200_000 - 0.2) < 0.003) }
    }

    @Test func aDominatingVendorIsAlwaysFirst() throws {
        let tender = try SmallTender.load(bids: SmallTender.dominated)
        let result = SMAA.run(try PerformanceTable(tender.evaluation), options: SMAA.Options(samples: 2_000, seed: 5))
        #expect(result.rankCounts == [[2_000, 0, 0], [0, 2_000, 0], [0, 0, 2_000]])
        #expect(result.confidence == [1, nil, nil])
    }
}
