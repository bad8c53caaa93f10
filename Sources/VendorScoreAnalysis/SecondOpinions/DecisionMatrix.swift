/// A decision matrix for the classic multi-criteria methods: alternatives in rows, criteria in
/// columns, each criterion a benefit (higher is better) or a cost, weights summing to 1.
///
/// VendorScore's matrix is the performance table (points over maximum) with the rubric's weights
/// (maximum over total): points are awarded so that more is better, so every criterion is a
/// benefit there, price included. Cost criteria serve the published examples.
///
/// ```swift
/// let matrix = DecisionMatrix(values: [[7, 9], [8, 7], [9, 6]], weights: [0.5, 0.5])
/// let closeness = TOPSIS.scores(matrix)
/// ```
public struct DecisionMatrix: Sendable, Equatable {
    /// Row-major: `storage[alternative * criteria + criterion]`.
    public private(set) var storage: [Double]
    public var weights: [Double]
    /// Per criterion: `true` when higher is better.
    public var benefit: [Bool]
    public let alternatives: Int

    /// `values[alternative][criterion]`; every row as long as `weights`. `benefit` defaults to
    /// all benefit criteria.
    public init(values: [[Double]], weights: [Double], benefit: [Bool]? = nil) {
        precondition(values.allSatisfy { $0.count == weights.count }, "every row needs one value per weight")
        self.init(storage: values.flatMap { $0 }, alternatives: values.count, weights: weights, benefit: benefit)
    }

    /// A row-major matrix of `alternatives` rows.
    public init(storage: [Double], alternatives: Int, weights: [Double], benefit: [Bool]? = nil) {
        precondition(storage.count == alternatives * weights.count, "storage must hold alternatives × criteria values")
        precondition(benefit.map { $0.count == weights.count } ?? true, "one direction per criterion")
        self.storage = storage
        self.alternatives = alternatives
        self.weights = weights
        self.benefit = benefit ?? [Bool](repeating: true, count: weights.count)
    }

    /// The matrix of a performance table with the rubric's weights.
    public init(_ table: PerformanceTable) {
        self.init(values: table.performanceDoubles, weights: table.weightDoubles)
    }

    public var criteria: Int { weights.count }

    public subscript(alternative: Int, criterion: Int) -> Double { storage[alternative * criteria + criterion] }
}
