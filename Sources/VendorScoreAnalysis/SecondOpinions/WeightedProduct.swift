import Foundation

/// The weighted product model: `Π rⱼ^wⱼ` with sum normalisation, `rⱼ = xⱼ / Σ xⱼ` on a benefit
/// column and `(1 / xⱼ) / Σ (1 / x)` on a cost column (pymcdm's default). An all-zero column
/// counts as 1. Higher is better. A zero value on a benefit column makes the product zero: an
/// alternative with nothing on a criterion ranks last, as the model intends.
///
/// ```swift
/// let scores = WeightedProduct.scores(DecisionMatrix(values: [[7, 9], [8, 7]], weights: [0.5, 0.5]))
/// ```
public enum WeightedProduct {
    public static func scores(_ matrix: DecisionMatrix) -> [Double] {
        let m = matrix.alternatives
        let sums = (0..<matrix.criteria).map { column in
            (0..<m).reduce(0.0) { $0 + (matrix.benefit[column] ? matrix[$1, column] : 1 / matrix[$1, column]) }
        }
        return (0..<m).map { row in
            var product = 1.0
            for column in 0..<matrix.criteria where sums[column] > 0 {
                let value = matrix.benefit[column] ? matrix[row, column] : 1 / matrix[row, column]
                product *= pow(value / sums[column], matrix.weights[column])
            }
            return product
        }
    }
}
