/// TOPSIS (Hwang and Yoon, 1981) with vector normalisation.
///
/// Each column is divided by its Euclidean norm (an all-zero column stays zero; a cost column
/// becomes `1 − x / norm`, as pymcdm does, which gives the same distances as taking its minimum
/// as ideal) and multiplied by its weight; the score is the relative closeness `D⁻ / (D⁺ + D⁻)` to the ideal (column maxima)
/// and the anti-ideal (column minima). Higher is better. When every alternative is alike
/// (`D⁺ + D⁻ = 0`) the score is 0.
///
/// ```swift
/// let scores = TOPSIS.scores(DecisionMatrix(values: [[7, 9], [8, 7]], weights: [0.5, 0.5]))
/// ```
public enum TOPSIS {
    public static func scores(_ matrix: DecisionMatrix) -> [Double] {
        let m = matrix.alternatives
        let n = matrix.criteria
        var factor = [Double](repeating: 0, count: n)
        // A cost column's value is w − x · w / norm: `offset` holds the w.
        var offset = [Double](repeating: 0, count: n)
        var ideal = [Double](repeating: -.infinity, count: n)
        var antiIdeal = [Double](repeating: .infinity, count: n)
        var result = [Double](repeating: 0, count: m)
        matrix.storage.withUnsafeBufferPointer { values in
            // Column norms, row by row so memory is read in order.
            var squares = [Double](repeating: 0, count: n)
            for row in 0..<m {
                for column in 0..<n { squares[column] += values[row * n + column] * values[row * n + column] }
            }
            for column in 0..<n {
                let norm = squares[column].squareRoot()
                factor[column] = norm > 0 ? matrix.weights[column] / norm : 0
                if !matrix.benefit[column] {
                    factor[column] = -factor[column]
                    offset[column] = norm > 0 ? matrix.weights[column] : 0
                }
            }
            for row in 0..<m {
                for column in 0..<n {
                    let value = offset[column] + values[row * n + column] * factor[column]
                    ideal[column] = max(ideal[column], value)
                    antiIdeal[column] = min(antiIdeal[column], value)
                }
            }
            for row in 0..<m {
                var toIdeal = 0.0
                var toAnti = 0.0
                for column in 0..<n {
                    let value = offset[column] + values[row * n + column] * factor[column]
                    toIdeal += (value - ideal[column]) * (value - ideal[column])
                    toAnti += (value - antiIdeal[column]) * (value - antiIdeal[column])
                }
                let (plus, minus) = (toIdeal.squareRoot(), toAnti.squareRoot())
                result[row] = plus + minus > 0 ? minus / (plus + minus) : 0
            }
        }
        return result
    }
}
