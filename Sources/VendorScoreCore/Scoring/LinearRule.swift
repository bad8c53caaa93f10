/// A straight line from the value scoring 0 to the value scoring full points (``Scales/linear(_:floor:target:maximum:)``),
/// with the words a reason uses for where a value fell on it (between the ends, at or past the
/// full end, at or short of the zero end), so every linear scorer explains itself alike.
///
/// ```swift
/// let rule = LinearRule(zero: 240 * 60, full: 15 * 60, zeroText: "4h (limit)", fullText: "15min (target)")
/// let (points, phrase) = rule.apply(3600, maximum: 6)   // 5.04…, "linear between 4h (limit) and 15min (target)"
/// ```
public struct LinearRule: Sendable {
    public let zero: Rational
    public let full: Rational
    private let between: String
    private let reachesFull: String
    private let noBetter: String

    /// `zeroText` and `fullText` name the ends as reasons quote them, e.g. `4h (limit)`.
    public init(zero: Rational, full: Rational, zeroText: String, fullText: String) {
        self.zero = zero
        self.full = full
        between = "linear between \(zeroText) and \(fullText)"
        reachesFull = "reaches \(fullText)"
        noBetter = "no better than \(zeroText)"
    }

    /// The points for `value` out of `maximum`, and which part of the line gave them.
    public func apply(_ value: Rational, maximum: Rational) -> (points: Rational, rule: String) {
        let points = Scales.linear(value, floor: zero, target: full, maximum: maximum)
        if points == maximum { return (points, reachesFull) }
        if points.isZero { return (points, noBetter) }
        return (points, between)
    }
}
