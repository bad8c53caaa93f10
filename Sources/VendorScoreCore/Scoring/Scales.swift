/// Exact scales that many scorers share, so each computes points the same way.
public enum Scales {
    /// Points on a straight line from `floor` (0 points) to `target` (full points), clamped at
    /// both ends. When `target` is below `floor`, lower values are better (a cost or a time).
    ///
    /// ```swift
    /// Scales.linear(Rational(decimal: "99.95")!, floor: Rational(decimal: "99.9")!,
    ///               target: Rational(decimal: "100")!, maximum: 10)   // 5
    /// ```
    public static func linear(_ value: Rational, floor: Rational, target: Rational, maximum: Rational) -> Rational {
        precondition(floor != target, "a linear scale needs floor ≠ target")
        let share = (value - floor) / (target - floor)
        if share <= .zero { return .zero }
        if share >= .one { return maximum }
        return share * maximum
    }

    /// `maximum × value / best` when higher is better, `maximum × best / value` when lower is
    /// better (the shape of the 财政部令第87号 price formula). A zero denominator scores 0.
    public static func ratioToBest(_ value: Rational, best: Rational, higherIsBetter: Bool, maximum: Rational) -> Rational {
        let ratio = higherIsBetter ? value.divided(by: best) : best.divided(by: value)
        guard let ratio else { return higherIsBetter ? .zero : maximum }
        return min(ratio, .one) * maximum
    }
}
