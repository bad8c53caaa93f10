/// A decision matrix for the classic multi-criteria methods: alternatives in rows, criteria in
/// columns, every criterion a benefit (higher is better), weights summing to 1.
///
/// VendorScore's matrix is the performance table (points over maximum) with the rubric's weights
/// (maximum over total): points are awarded so that more is better, cost criteria included.
///
/// ```swift
/// let matrix = DecisionMatrix(values: [[7, 9], [8, 7], [9, 6]], weights: [0.5, 0.5])
/// let closeness = TOPSIS.scores(matrix)
/// ```
public struct DecisionMatrix: Sendable, Equatable {
    /// Row-major: `storage[alternative * criteria + criterion]`.
    public private(set) var storage: [Double]
    public var weights: [Double]
    public let alternatives: Int

    /// `values[alternative][criterion]`; every row as long as `weights`.
    public init(values: [[Double]], weights: [Double]) {
        precondition(values.allSatisfy { $0.count == weights.count }, "every row needs one value per weight")
        self.init(storage: values.flatMap { $0 }, alternatives: values.count, weights: weights)
    }

    /// A row-major matrix of `alternatives` rows.
    public init(storage: [Double], alternatives: Int, weights: [Double]) {
        precondition(storage.count == alternatives * weights.count, "storage must hold alternatives × criteria values")
        self.storage = storage
        self.alternatives = alternatives
        self.weights = weights
    }

    /// The matrix of a performance table with the rubric's weights.
    public init(_ table: PerformanceTable) {
        self.init(values: table.performanceDoubles, weights: table.weightDoubles)
    }

    public var criteria: Int { weights.count }

    public subscript(alternative: Int, criterion: Int) -> Double { storage[alternative * criteria + criterion] }
}
