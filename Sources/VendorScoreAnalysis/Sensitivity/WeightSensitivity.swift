import VendorScoreCore

/// Exact weight sensitivity: for one criterion or group, the points it could carry (every other
/// criterion rescaled in proportion, so the total stays the same) over which the winner stays
/// first and the first three keep their order.
///
/// Scores here are sums of performance × weight, exactly, without re-rounding; vendors equal on
/// score keep their official order (the rubric's tie-break). Every score is linear in the item's
/// points, so the intervals are bounded by crossing points computed in rational arithmetic.
///
/// ```swift
/// let table = try PerformanceTable(evaluation)
/// for item in WeightSensitivity.analyse(table) {
///     print(item.id, item.winnerInterval.map { "\($0.lower)…\($0.upper)" } ?? "none")
/// }
/// ```
public struct WeightSensitivity: Sendable {
    /// Whether the item is one criterion or a whole group.
    public enum Kind: String, Sendable {
        case group, criterion
    }

    /// The nearest point in one direction beyond which another vendor wins.
    public struct Change: Sendable, Hashable {
        /// The item's points at the breakpoint.
        public var points: Rational
        /// `points − current`: negative for a decrease.
        public var change: Rational
        /// The vendor that ranks first just beyond the breakpoint.
        public var newWinner: String
    }

    public var kind: Kind
    public var id: String
    /// The item's points in the rubric.
    public var current: Rational
    /// Points over which the official winner stays first; `nil` when it is first only by a tie-break
    /// that the exact sums do not reproduce.
    public var winnerInterval: PointsInterval?
    /// Points over which the official first three keep their places and order; `nil` when the
    /// evaluation has fewer than three vendors or they do not hold even at the current points.
    public var topThreeInterval: PointsInterval?
    /// Lowering the points below this changes the winner; `nil` when no lower value in 0…total does.
    public var decrease: Change?
    /// Raising the points above this changes the winner; `nil` when no higher value up to the total does.
    public var increase: Change?

    /// The smaller of ``decrease`` and ``increase`` in size; ties go to the decrease.
    public var smallestChange: Change? {
        switch (decrease, increase) {
        case let (down?, up?): return up.change.absolute < down.change.absolute ? up : down
        case let (down?, nil): return down
        case let (nil, up?): return up
        case (nil, nil): return nil
        }
    }

    /// Every group (when there are two or more) and then every criterion, in rubric order.
    public static func analyse(_ table: PerformanceTable) -> [WeightSensitivity] {
        let scores = table.points.map { $0.reduce(Rational.zero, +) }
        var items: [WeightSensitivity] = []
        if table.groups.count > 1 {
            for (group, id) in table.groups.enumerated() {
                let members = table.criteria.indices.filter { table.criterionGroups[$0] == group }
                let weight = members.reduce(Rational.zero) { $0 + table.maxima[$1] }
                let performance = table.points.map { row in members.reduce(Rational.zero) { $0 + row[$1] } / weight }
                items.append(analyse(kind: .group, id: id, weight: weight, performance: performance, scores: scores, table: table))
            }
        }
        guard table.criteria.count > 1 else { return items }
        for (criterion, id) in table.criteria.enumerated() {
            let weight = table.maxima[criterion]
            let performance = table.points.map { $0[criterion] / weight }
            items.append(analyse(kind: .criterion, id: id, weight: weight, performance: performance, scores: scores, table: table))
        }
        return items
    }

    static func analyse(kind: Kind, id: String, weight: Rational, performance: [Rational], scores: [Rational],
                        table: PerformanceTable) -> WeightSensitivity {
        let lines = zip(performance, scores).map { LinearScore(performance: $0, weight: weight, score: $1, total: table.total) }
        let domain = PointsInterval(lower: .zero, upper: table.total)
        let winner = PointsInterval.nonNegative(lines.dropFirst().map { lines[0] - $0 }, in: domain)
            .flatMap { $0.contains(weight) ? $0 : nil }
        var topThree: PointsInterval?
        if lines.count >= 3 {
            var differences = [lines[0] - lines[1], lines[1] - lines[2]]
            differences += lines.dropFirst(3).map { lines[2] - $0 }
            topThree = PointsInterval.nonNegative(differences, in: domain).flatMap { $0.contains(weight) ? $0 : nil }
        }
        var result = WeightSensitivity(kind: kind, id: id, current: weight, winnerInterval: winner, topThreeInterval: topThree)
        if let winner {
            let breakpoints = crossings(lines, in: domain)
            if winner.lower > .zero {
                let below = breakpoints.last { $0 < winner.lower } ?? .zero
                let probe = (below + winner.lower) / 2
                result.decrease = Change(points: winner.lower, change: winner.lower - weight,
                                         newWinner: table.vendors[leader(lines, at: probe)])
            }
            if winner.upper < table.total {
                let above = breakpoints.first { $0 > winner.upper } ?? table.total
                let probe = (winner.upper + above) / 2
                result.increase = Change(points: winner.upper, change: winner.upper - weight,
                                         newWinner: table.vendors[leader(lines, at: probe)])
            }
        }
        return result
    }

    /// Every point in the domain where two vendors' scores cross, sorted: between two
    /// consecutive ones the order of all vendors is constant.
    static func crossings(_ lines: [LinearScore], in domain: PointsInterval) -> [Rational] {
        var points: Set<Rational> = []
        for a in lines.indices {
            for b in lines.indices where b > a {
                if let root = (lines[a] - lines[b]).root, domain.contains(root) { points.insert(root) }
            }
        }
        return points.sorted()
    }

    /// The vendor first at `x`: highest score, ties to the official order.
    static func leader(_ lines: [LinearScore], at x: Rational) -> Int {
        var best = 0
        var bestValue = lines[0].value(at: x)
        for index in lines.indices.dropFirst() {
            let value = lines[index].value(at: x)
            if value > bestValue { (best, bestValue) = (index, value) }
        }
        return best
    }
}
