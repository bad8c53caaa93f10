import VendorScoreCore

/// A score that is linear in one weight: `constant + slope × x`, exactly.
struct LinearScore: Sendable, Equatable {
    var constant: Rational
    var slope: Rational

    func value(at x: Rational) -> Rational { constant + slope * x }

    /// A vendor's total when one item (criterion or group) of current weight `weight` gets `x`
    /// points and every other criterion is rescaled by `(total − x) / (total − weight)`, so the
    /// total stays the same: `performance × x + (score − performance × weight) × (total − x) / (total − weight)`.
    init(performance: Rational, weight: Rational, score: Rational, total: Rational) {
        let rest = score - performance * weight
        let scale = Rational.one / (total - weight)
        constant = rest * total * scale
        slope = performance - rest * scale
    }

    init(constant: Rational, slope: Rational) {
        self.constant = constant
        self.slope = slope
    }

    static func - (lhs: LinearScore, rhs: LinearScore) -> LinearScore {
        LinearScore(constant: lhs.constant - rhs.constant, slope: lhs.slope - rhs.slope)
    }

    /// Where the line crosses zero, when it is not flat.
    var root: Rational? { slope.isZero ? nil : -constant / slope }
}

/// A closed interval of points, `lower...upper`, within `0...total`.
public struct PointsInterval: Sendable, Hashable {
    public var lower: Rational
    public var upper: Rational

    public init(lower: Rational, upper: Rational) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ x: Rational) -> Bool { lower <= x && x <= upper }

    /// The interval of `x` in `domain` where every difference is ≥ 0, or `nil` when it is empty.
    /// Each difference is linear, so each keeps a half-line and their intersection is an interval.
    static func nonNegative(_ differences: [LinearScore], in domain: PointsInterval) -> PointsInterval? {
        var result = domain
        for difference in differences {
            guard let root = difference.root else {
                if difference.constant.isNegative { return nil }
                continue
            }
            if difference.slope.isNegative {
                result.upper = min(result.upper, root)
            } else {
                result.lower = max(result.lower, root)
            }
            if result.upper < result.lower { return nil }
        }
        return result
    }
}
