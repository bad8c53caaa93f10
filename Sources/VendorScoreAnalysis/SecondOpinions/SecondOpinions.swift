/// The performance matrix ranked by four classic methods, beside the official ranking.
///
/// ```swift
/// let opinions = SecondOpinions(try PerformanceTable(evaluation))
/// for method in opinions.methods { print(method.method, method.tau) }
/// ```
public struct SecondOpinions: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case topsis = "TOPSIS"
        case vikor = "VIKOR"
        case promethee = "PROMETHEE II"
        case weightedProduct = "WPM"

        /// Whether a higher score ranks first (VIKOR's Q is lower-is-better).
        public var higherIsBetter: Bool { self != .vikor }
    }

    public struct Opinion: Sendable {
        public var method: Method
        /// Scores in the table's (official) vendor order.
        public var scores: [Double]
        /// Competition ranks from the scores, same order.
        public var ranks: [Int]
        /// Kendall's τ-b against the official ranks.
        public var tau: Double
    }

    public var vendors: [String]
    public var officialRanks: [Int]
    public var methods: [Opinion]

    public init(_ table: PerformanceTable) {
        let matrix = DecisionMatrix(table)
        vendors = table.vendors
        officialRanks = table.ranks
        methods = Method.allCases.map { method in
            let scores: [Double]
            switch method {
            case .topsis: scores = TOPSIS.scores(matrix)
            case .vikor: scores = VIKOR.scores(matrix).q
            case .promethee: scores = PROMETHEE.netFlows(matrix)
            case .weightedProduct: scores = WeightedProduct.scores(matrix)
            }
            let ranks = KendallTau.ranks(scores, higherIsBetter: method.higherIsBetter)
            return Opinion(method: method, scores: scores, ranks: ranks, tau: KendallTau.tauB(table.ranks, ranks))
        }
    }
}
