/// VIKOR (Opricovic and Tzeng, 2004) with `v = 0.5` by default.
///
/// For each column the best value `f*` is the maximum and the worst `f⁻` the minimum (the other
/// way round for a cost column);
/// `S = Σ wⱼ (f*ⱼ − xⱼ) / (f*ⱼ − f⁻ⱼ)`, `R = max wⱼ (f*ⱼ − xⱼ) / (f*ⱼ − f⁻ⱼ)` and
/// `Q = v (S − S*) / (S⁻ − S*) + (1 − v) (R − R*) / (R⁻ − R*)`. Lower `Q` is better. A column
/// where all values are equal, and a term whose range is zero, contributes 0.
///
/// ```swift
/// let q = VIKOR.scores(DecisionMatrix(values: [[7, 9], [8, 7]], weights: [0.5, 0.5])).q
/// ```
public enum VIKOR {
    public struct Scores: Sendable, Equatable {
        public var s: [Double]
        public var r: [Double]
        public var q: [Double]
    }

    public static func scores(_ matrix: DecisionMatrix, v: Double = 0.5) -> Scores {
        let m = matrix.alternatives
        let n = matrix.criteria
        var best = [Double](repeating: -.infinity, count: n)
        var worst = [Double](repeating: .infinity, count: n)
        // A cost column counts as its negation, so its best value is its minimum.
        func value(_ row: Int, _ column: Int) -> Double { matrix.benefit[column] ? matrix[row, column] : -matrix[row, column] }
        for row in 0..<m {
            for column in 0..<n {
                best[column] = max(best[column], value(row, column))
                worst[column] = min(worst[column], value(row, column))
            }
        }
        var s = [Double](repeating: 0, count: m)
        var r = [Double](repeating: 0, count: m)
        for row in 0..<m {
            for column in 0..<n where best[column] > worst[column] {
                let term = matrix.weights[column] * (best[column] - value(row, column)) / (best[column] - worst[column])
                s[row] += term
                r[row] = max(r[row], term)
            }
        }
        let (sBest, sWorst) = (s.min() ?? 0, s.max() ?? 0)
        let (rBest, rWorst) = (r.min() ?? 0, r.max() ?? 0)
        let q = (0..<m).map { row in
            (sWorst > sBest ? v * (s[row] - sBest) / (sWorst - sBest) : 0)
                + (rWorst > rBest ? (1 - v) * (r[row] - rBest) / (rWorst - rBest) : 0)
        }
        return Scores(s: s, r: r, q: q)
    }
}
