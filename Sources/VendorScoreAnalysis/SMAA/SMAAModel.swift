extension SMAA {
    /// The sampling itself: weights, optional mark noise, scores and ranks, on flat arrays.
    struct Model: Sendable {
        let vendors: Int
        let criteria: Int
        /// `performance[vendor * criteria + criterion]`.
        let performance: [Double]
        let base: [Double]
        let marks: CommitteeMarks?
        let options: Options

        init(performance: [[Double]], base: [Double], marks: CommitteeMarks?, options: Options) {
            vendors = performance.count
            criteria = base.count
            self.performance = performance.flatMap { $0 }
            self.base = base
            self.marks = marks
            self.options = options
        }

        /// Draws `count` samples and adds their ranks and first-place weights to `tally`.
        func sample(_ count: Int, with generator: inout Xoshiro256StarStar, into tally: inout Tally) {
            var weights = [Double](repeating: 0, count: criteria)
            var sorted = [Double](repeating: 0, count: max(criteria - 1, 0))
            var scores = [Double](repeating: 0, count: vendors)
            var noisy = performance
            tally.counts.withUnsafeMutableBufferPointer { counts in
                tally.firstWeights.withUnsafeMutableBufferPointer { firsts in
                    for _ in 0..<count {
                        drawWeights(into: &weights, sorted: &sorted, with: &generator)
                        if let marks {
                            perturb(marks, into: &noisy, with: &generator)
                            score(noisy, weights, into: &scores)
                        } else {
                            score(performance, weights, into: &scores)
                        }
                        for vendor in 0..<vendors {
                            let rank = rank(of: vendor, in: scores)
                            counts[vendor * vendors + rank] += 1
                            if rank == 0 {
                                for criterion in 0..<criteria { firsts[vendor * criteria + criterion] += weights[criterion] }
                            }
                        }
                    }
                }
            }
        }

        /// The share of noise samples in which `vendor` is first at `weights` (0 or 1 without noise).
        func confidence(of vendor: Int, at weights: [Double]) -> Double {
            var scores = [Double](repeating: 0, count: vendors)
            guard let marks else {
                score(performance, weights, into: &scores)
                return rank(of: vendor, in: scores) == 0 ? 1 : 0
            }
            // Its own blocks, far from the ones the weights used: block 2⁴⁰ + vendor · 2²⁰ + b.
            var firsts = 0
            SMAA.forEachBlock(samples: options.samples) { block, size in
                var generator = Xoshiro256StarStar(seed: options.seed, block: (1 << 40) + UInt64(vendor) << 20 + UInt64(block))
                var noisy = performance
                var scores = [Double](repeating: 0, count: vendors)
                var wins = 0
                for _ in 0..<size {
                    perturb(marks, into: &noisy, with: &generator)
                    score(noisy, weights, into: &scores)
                    if rank(of: vendor, in: scores) == 0 { wins += 1 }
                }
                return wins
            } merge: { firsts += $0 }
            return Double(firsts) / Double(options.samples)
        }

        @inline(__always)
        func drawWeights(into weights: inout [Double], sorted: inout [Double], with generator: inout Xoshiro256StarStar) {
            switch options.weights {
            case .simplex:
                // Gaps between sorted uniforms are uniform on the simplex; insertion sort keeps it
                // allocation-free for the few criteria a rubric has.
                for index in sorted.indices {
                    let value = generator.nextUnit()
                    var position = index
                    while position > 0 && sorted[position - 1] > value {
                        sorted[position] = sorted[position - 1]
                        position -= 1
                    }
                    sorted[position] = value
                }
                var previous = 0.0
                for index in sorted.indices {
                    weights[index] = sorted[index] - previous
                    previous = sorted[index]
                }
                weights[criteria - 1] = 1 - previous
            case .around(let percent):
                var sum = 0.0
                for index in 0..<criteria {
                    let weight = base[index] * (1 + percent / 100 * (2 * generator.nextUnit() - 1))
                    weights[index] = weight
                    sum += weight
                }
                for index in 0..<criteria { weights[index] /= sum }
            }
        }

        /// Replaces the committee criteria's performance with that of noisy marks.
        func perturb(_ marks: CommitteeMarks, into noisy: inout [Double], with generator: inout Xoshiro256StarStar) {
            let noise = options.markNoise ?? 0
            for criterion in marks.criteria {
                for vendor in 0..<vendors {
                    var sum = 0.0
                    var low = Double.infinity
                    var high = -Double.infinity
                    let given = criterion.marks[vendor]
                    for mark in given {
                        let value = min(max(mark + noise * (2 * generator.nextUnit() - 1), 0), criterion.maximum)
                        sum += value
                        low = min(low, value)
                        high = max(high, value)
                    }
                    let combined = criterion.trimmed && given.count >= 3
                        ? (sum - low - high) / Double(given.count - 2)
                        : sum / Double(max(given.count, 1))
                    noisy[vendor * criteria + criterion.index] = combined / criterion.maximum
                }
            }
        }

        @inline(__always)
        func score(_ matrix: [Double], _ weights: [Double], into scores: inout [Double]) {
            matrix.withUnsafeBufferPointer { matrix in
                weights.withUnsafeBufferPointer { weights in
                    for vendor in 0..<vendors {
                        var total = 0.0
                        let row = vendor * criteria
                        for criterion in 0..<criteria { total += weights[criterion] * matrix[row + criterion] }
                        scores[vendor] = total
                    }
                }
            }
        }

        /// 0-based: vendors scoring higher, plus equal ones earlier in official order.
        @inline(__always)
        func rank(of vendor: Int, in scores: [Double]) -> Int {
            let own = scores[vendor]
            var rank = 0
            for other in 0..<vendors where scores[other] > own || (other < vendor && scores[other] == own) { rank += 1 }
            return rank
        }
    }
}
