import Foundation

/// The weighted product model: `Π (xⱼ / max xⱼ)^wⱼ`, each column divided by its maximum first
/// (linear normalisation; an all-zero column counts as 1). Higher is better. A zero value makes the
/// product zero: an alternative with nothing on a criterion ranks last, as the model intends.
///
/// ```swift
/// let scores = WeightedProduct.scores(DecisionMatrix(values: [[7, 9], [8, 7]], weights: [0.5, 0.5]))
/// ```
public enum WeightedProduct {
    public static func scores(_ matrix: DecisionMatrix) -> [Double] {
        let maxima = (0..<matrix.criteria).map { column in (0..<matrix.alternatives).map { matrix[$0, column] }.max() ?? 0 }
        return (0..<matrix.alternatives).map { row in
            var product = 1.0
            for column in 0..<matrix.criteria where maxima[column] > 0 {
                product *= pow(matrix[row, column] / maxima[column], matrix.weights[column])
            }
            return product
        }
    }
}
