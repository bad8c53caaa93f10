import VendorScoreCore

/// A straight line from the value scoring 0 to the value scoring full points (`Scales.linear`),
/// with the words a reason uses for where a value fell on it (between the ends, at or past the
/// full end, at or short of the zero end).
struct LinearRule: Sendable {
    let zero: Rational
    let full: Rational
    private let between: String
    private let reachesFull: String
    private let noBetter: String

    /// `zeroText` and `fullText` name the ends as reasons quote them, e.g. `4h (limit)`.
    init(zero: Rational, full: Rational, zeroText: String, fullText: String) {
        self.zero = zero
        self.full = full
        between = "linear between \(zeroText) and \(fullText)"
        reachesFull = "reaches \(fullText)"
        noBetter = "no better than \(zeroText)"
    }

    /// The points for `value` out of `maximum`, and which part of the line gave them.
    func apply(_ value: Rational, maximum: Rational) -> (points: Rational, rule: String) {
        let points = Scales.linear(value, floor: zero, target: full, maximum: maximum)
        if points == maximum { return (points, reachesFull) }
        if points.isZero { return (points, noBetter) }
        return (points, between)
    }
}
