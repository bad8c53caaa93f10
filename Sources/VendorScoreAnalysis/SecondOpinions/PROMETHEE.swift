/// PROMETHEE II with the usual preference function: on each criterion, `a` is preferred to `b`
/// (preference 1) when its value is strictly higher (lower on a cost criterion), else not at all (0).
///
/// `π(a, b) = Σ wⱼ Pⱼ(a, b)`; the positive flow is `φ⁺(a) = Σ_b π(a, b) / (m − 1)`, the negative
/// `φ⁻(a) = Σ_b π(b, a) / (m − 1)`, and the net flow `φ = φ⁺ − φ⁻` ranks: higher is better.
///
/// ```swift
/// let flows = PROMETHEE.netFlows(DecisionMatrix(values: [[7, 9], [8, 7]], weights: [0.5, 0.5]))
/// ```
public enum PROMETHEE {
    public static func netFlows(_ matrix: DecisionMatrix) -> [Double] {
        let m = matrix.alternatives
        guard m > 1 else { return [Double](repeating: 0, count: m) }
        var positive = [Double](repeating: 0, count: m)
        var negative = [Double](repeating: 0, count: m)
        for a in 0..<m {
            for b in 0..<m where b != a {
                var preference = 0.0
                for column in 0..<matrix.criteria {
                    let better = matrix.benefit[column] ? matrix[a, column] > matrix[b, column] : matrix[a, column] < matrix[b, column]
                    if better { preference += matrix.weights[column] }
                }
                positive[a] += preference
                negative[b] += preference
            }
        }
        let scale = Double(m - 1)
        return (0..<m).map { positive[$0] / scale - negative[$0] / scale }
    }
}
