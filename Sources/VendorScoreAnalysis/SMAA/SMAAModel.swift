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
        ///
        /// The hot loop of the analysis: scratch buffers are allocated once per block and every
        /// step works on raw buffers.
        func sample(_ count: Int, with generator: inout Xoshiro256StarStar, into tally: inout Tally) {
            let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: criteria)
            let sorted = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(criteria - 1, 0))
            let scores = UnsafeMutableBufferPointer<Double>.allocate(capacity: vendors)
            let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: vendors)
            let noisy = UnsafeMutableBufferPointer<Double>.allocate(capacity: performance.count)
            defer {
                for buffer in [weights, sorted, scores, noisy] { buffer.deallocate() }
                order.deallocate()
            }
            _ = noisy.initialize(from: performance)
            // A local copy of the generator and of the marks keep the loop free of memory traffic.
            var local = generator
            defer { generator = local }
            let marks = self.marks
            performance.withUnsafeBufferPointer { performance in
                tally.counts.withUnsafeMutableBufferPointer { counts in
                    tally.firstWeights.withUnsafeMutableBufferPointer { firsts in
                        let matrix = marks == nil ? performance : UnsafeBufferPointer(noisy)
                        for _ in 0..<count {
                            drawWeights(into: weights, sorted: sorted, with: &local)
                            if let marks { perturb(marks, into: noisy, with: &local) }
                            score(matrix, UnsafeBufferPointer(weights), into: scores)
                            rankOrder(UnsafeBufferPointer(scores), into: order)
                            for rank in 0..<vendors { counts[order[rank] * vendors + rank] += 1 }
                            let first = order[0] * criteria
                            for criterion in 0..<criteria { firsts[first + criterion] += weights[criterion] }
                        }
                    }
                }
            }
        }

        /// The share of noise samples in which `vendor` is first at `weights` (0 or 1 without noise).
        func confidence(of vendor: Int, at weights: [Double]) -> Double {
            guard let marks else {
                var scores = [Double](repeating: 0, count: vendors)
                performance.withUnsafeBufferPointer { performance in
                    weights.withUnsafeBufferPointer { weights in
                        scores.withUnsafeMutableBufferPointer { score(performance, weights, into: $0) }
                    }
                }
                return Self.isFirst(vendor, in: scores) ? 1 : 0
            }
            // Its own blocks, far from the ones the weights used: block 2⁴⁰ + vendor · 2²⁰ + b.
            var firsts = 0
            SMAA.forEachBlock(samples: options.samples) { block, size in
                var generator = Xoshiro256StarStar(seed: options.seed, block: (1 << 40) + UInt64(vendor) << 20 + UInt64(block))
                var noisy = performance
                var scores = [Double](repeating: 0, count: vendors)
                var wins = 0
                weights.withUnsafeBufferPointer { weights in
                    noisy.withUnsafeMutableBufferPointer { noisy in
                        scores.withUnsafeMutableBufferPointer { scores in
                            for _ in 0..<size {
                                perturb(marks, into: noisy, with: &generator)
                                score(UnsafeBufferPointer(noisy), weights, into: scores)
                                if Self.isFirst(vendor, in: UnsafeBufferPointer(scores)) { wins += 1 }
                            }
                        }
                    }
                }
                return wins
            } merge: { firsts += $0 }
            return Double(firsts) / Double(options.samples)
        }

        /// ``drawWeights(into:sorted:with:)`` on arrays, for tests.
        func drawWeights(into weights: inout [Double], sorted: inout [Double], with generator: inout Xoshiro256StarStar) {
            weights.withUnsafeMutableBufferPointer { weights in
                sorted.withUnsafeMutableBufferPointer { drawWeights(into: weights, sorted: $0, with: &generator) }
            }
        }

        @inline(__always)
        func drawWeights(into weights: UnsafeMutableBufferPointer<Double>, sorted: UnsafeMutableBufferPointer<Double>,
                         with generator: inout Xoshiro256StarStar) {
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
        func perturb(_ marks: CommitteeMarks, into noisy: UnsafeMutableBufferPointer<Double>, with generator: inout Xoshiro256StarStar) {
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
        func score(_ matrix: UnsafeBufferPointer<Double>, _ weights: UnsafeBufferPointer<Double>,
                   into scores: UnsafeMutableBufferPointer<Double>) {
            for vendor in 0..<vendors {
                var total = 0.0
                let row = vendor * criteria
                for criterion in 0..<criteria { total += weights[criterion] * matrix[row + criterion] }
                scores[vendor] = total
            }
        }

        /// Vendor indices from first to last: higher score first, equal scores in official order
        /// (a stable insertion sort, quick for the few vendors of a tender).
        @inline(__always)
        func rankOrder(_ scores: UnsafeBufferPointer<Double>, into order: UnsafeMutableBufferPointer<Int>) {
            for vendor in 0..<vendors {
                let value = scores[vendor]
                var position = vendor
                while position > 0 && scores[order[position - 1]] < value {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = vendor
            }
        }

        /// Whether `vendor` ranks first: no one scores higher, no one earlier scores the same.
        static func isFirst<Scores: Collection<Double>>(_ vendor: Int, in scores: Scores) -> Bool where Scores.Index == Int {
            let own = scores[vendor]
            return !scores.indices.contains { scores[$0] > own || ($0 < vendor && scores[$0] == own) }
        }
    }
}
