import VendorScoreCore

/// The part of an evaluation every analysis starts from: the qualified vendors in official rank
/// order, each criterion's maximum, and every vendor's points on every criterion.
///
/// A vendor's *performance* on a criterion is its points over the criterion's maximum, a number
/// from 0 to 1 that does not depend on the criterion's weight.
///
/// ```swift
/// let evaluation = try Engine().evaluate(rubric: rubric, bids: bids)
/// let table = try PerformanceTable(evaluation)
/// print(table.vendors.first!, table.performance[0][0])
/// ```
public struct PerformanceTable: Sendable {
    /// Qualified vendor ids in official rank order (ties in the order the engine listed them).
    public let vendors: [String]
    /// Vendor names, parallel to ``vendors``.
    public let names: [String]
    /// Official ranks, parallel to ``vendors``.
    public let ranks: [Int]
    /// Criterion ids in rubric order.
    public let criteria: [String]
    /// Each criterion's group, parallel to ``criteria``.
    public let criterionGroups: [Int]
    /// Group ids in rubric order.
    public let groups: [String]
    /// Each criterion's maximum (its weight in points), parallel to ``criteria``.
    public let maxima: [Rational]
    /// The rubric's total points.
    public let total: Rational
    /// Rounded points, `points[vendor][criterion]`, exactly as the evaluation awarded them.
    public let points: [[Rational]]

    /// The table of a ranked evaluation; throws ``AnalysisError/notRanked`` otherwise.
    public init(_ evaluation: Evaluation) throws(AnalysisError) {
        guard evaluation.isRanked else { throw .notRanked }
        let qualified = evaluation.qualified
        guard qualified.count >= 2 else { throw .tooFewVendors(qualified.count) }
        let rubric = evaluation.rubric
        vendors = qualified.map(\.id)
        names = qualified.map(\.name)
        ranks = qualified.map { $0.rank ?? 0 }
        criteria = rubric.criteria.map(\.id)
        groups = rubric.groups.map(\.id)
        criterionGroups = rubric.groups.enumerated().flatMap { index, group in group.criteria.map { _ in index } }
        maxima = rubric.criteria.map(\.maximum)
        total = maxima.reduce(Rational.zero, +)
        points = qualified.map(\.criterionPoints)
    }

    /// Points over maximum, `performance[vendor][criterion]`.
    public var performance: [[Rational]] {
        points.map { row in zip(row, maxima).map { $0 / $1 } }
    }

    /// Performance as floating point, for the sampling and the second opinions.
    public var performanceDoubles: [[Double]] {
        performance.map { $0.map(\.approximateDouble) }
    }

    /// Each criterion's share of the total as floating point (sums to 1).
    public var weightDoubles: [Double] { maxima.map { ($0 / total).approximateDouble } }
}

/// Why an analysis cannot be made.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The evaluation ranked nobody (too few bids passed the gates).
    case notRanked
    /// Fewer than two qualified vendors: there is no order to test.
    case tooFewVendors(Int)

    /// Why, as a message id and its values (worded by the output's catalogue).
    public var message: Phrase {
        switch self {
        case .notRanked: return AnalysisMessages.notRanked
        case .tooFewVendors(let count): return AnalysisMessages.tooFewVendors(count)
        }
    }

    public var description: String { message.message }
}
