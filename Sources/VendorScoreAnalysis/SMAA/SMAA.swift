import Dispatch

/// SMAA-2 (Lahdelma and Salminen, 2001): how often each vendor takes each rank when the weights
/// are uncertain, the typical weights that make a vendor first, and how sure that is.
///
/// Each sample draws a weight vector and, optionally, noise on the committee's marks; scores are
/// sums of weight × performance; vendors are ranked by score, equal scores in official order.
/// Only counts and sums are kept, so memory does not grow with the number of samples.
///
/// **Weights.** ``WeightSampling/simplex``: uniform on the simplex, from the gaps between `n − 1`
/// sorted uniforms (`n` criteria). ``WeightSampling/around(percent:)``: each weight uniform within
/// ±percent of the rubric's, then all divided by their sum. **Noise:** each mark plus a uniform
/// in ±noise points, clamped to the criterion's range, combined as the criterion does (mean or
/// trimmed mean), without rounding. **Draw order** in a sample: the weights (criterion order), then
/// the marks (criterion, vendor, evaluator order). Numbers come from ``Xoshiro256StarStar`` in
/// blocks of ``blockSize`` samples, so a seed gives the same result on any machine.
///
/// ```swift
/// let table = try PerformanceTable(evaluation)
/// let result = SMAA.run(table, options: SMAA.Options(samples: 10_000, seed: 7))
/// print(result.acceptability[0][0])   // share of samples in which the official winner is first
/// ```
public enum SMAA {
    /// Samples per generator block.
    public static let blockSize = 4096

    public enum WeightSampling: Sendable, Equatable {
        /// Uniform over all weight vectors.
        case simplex
        /// Each weight within ±percent (0 < percent ≤ 100) of the rubric's, then normalised.
        case around(percent: Double)
    }

    public struct Options: Sendable, Equatable {
        public var samples: Int
        public var seed: UInt64
        public var weights: WeightSampling
        /// Uniform noise in ±points on every committee mark; `nil` or 0 for none.
        public var markNoise: Double?

        public init(samples: Int = 10_000, seed: UInt64 = 1, weights: WeightSampling = .simplex, markNoise: Double? = nil) {
            self.samples = samples
            self.seed = seed
            self.weights = weights
            self.markNoise = markNoise
        }
    }

    public struct Result: Sendable, Equatable {
        public var options: Options
        /// Vendors in the table's (official) order.
        public var vendors: [String]
        public var criteria: [String]
        /// `rankCounts[vendor][rank − 1]`: samples in which the vendor took that rank.
        public var rankCounts: [[Int]]
        /// `acceptability[vendor][rank − 1]`: rank acceptability index, `rankCounts / samples`.
        public var acceptability: [[Double]] { rankCounts.map { $0.map { Double($0) / Double(options.samples) } } }
        /// The mean weight vector over the samples in which the vendor is first; `nil` when it never is.
        public var centralWeights: [[Double]?]
        /// The share of samples (of the noise; 0 or 1 without noise) in which the vendor is first
        /// at its central weights; `nil` when it has none.
        public var confidence: [Double?]
    }

    /// Runs the sampling on `table`, with `marks` when noise is asked for.
    public static func run(_ table: PerformanceTable, marks: CommitteeMarks? = nil, options: Options) -> Result {
        run(performance: table.performanceDoubles, weights: table.weightDoubles, vendors: table.vendors, criteria: table.criteria,
            marks: marks, options: options)
    }

    /// Runs the sampling on a performance matrix (`performance[vendor][criterion]`, 0…1, vendors
    /// in official order) with the rubric's weights (summing to 1).
    public static func run(performance: [[Double]], weights: [Double], vendors: [String], criteria: [String],
                           marks: CommitteeMarks? = nil, options: Options) -> Result {
        let model = Model(performance: performance, base: weights, marks: (options.markNoise ?? 0) > 0 ? marks : nil, options: options)
        let vendorCount = vendors.count
        let criterionCount = criteria.count
        var counts = [Int](repeating: 0, count: vendorCount * vendorCount)
        var sums = [Double](repeating: 0, count: vendorCount * criterionCount)
        forEachBlock(samples: options.samples) { block, size in
            var tally = Tally(vendors: vendorCount, criteria: criterionCount)
            var generator = Xoshiro256StarStar(seed: options.seed, block: UInt64(block))
            model.sample(size, with: &generator, into: &tally)
            return tally
        } merge: { tally in
            for index in counts.indices { counts[index] += tally.counts[index] }
            for index in sums.indices { sums[index] += tally.firstWeights[index] }
        }
        var central: [[Double]?] = []
        var confidence: [Double?] = []
        for vendor in 0..<vendorCount {
            let firsts = counts[vendor * vendorCount]
            guard firsts > 0 else {
                central.append(nil)
                confidence.append(nil)
                continue
            }
            let weights = (0..<criterionCount).map { sums[vendor * criterionCount + $0] / Double(firsts) }
            central.append(weights)
            confidence.append(model.confidence(of: vendor, at: weights))
        }
        return Result(options: options, vendors: vendors, criteria: criteria,
                      rankCounts: (0..<vendorCount).map { Array(counts[($0 * vendorCount)..<(($0 + 1) * vendorCount)]) },
                      centralWeights: central, confidence: confidence)
    }

    /// Runs `work` on every block, a few blocks at a time on all cores, and hands the results to
    /// `merge` in block order, so the floating-point sums do not depend on the number of cores.
    static func forEachBlock<T: Sendable>(samples: Int, work: @Sendable (Int, Int) -> T, merge: (T) -> Void) {
        let blocks = (samples + blockSize - 1) / blockSize
        let wave = 32
        var start = 0
        while start < blocks {
            let count = min(wave, blocks - start)
            let results = ResultSlots<T>(count: count)
            let first = start
            DispatchQueue.concurrentPerform(iterations: count) { offset in
                let block = first + offset
                let size = min(blockSize, samples - block * blockSize)
                results.store(work(block, size), at: offset)
            }
            for offset in 0..<count { merge(results.take(offset)) }
            start += count
        }
    }
}

/// What one block of samples found.
struct Tally: Sendable {
    var counts: [Int]
    var firstWeights: [Double]

    init(vendors: Int, criteria: Int) {
        counts = [Int](repeating: 0, count: vendors * vendors)
        firstWeights = [Double](repeating: 0, count: vendors * criteria)
    }
}
