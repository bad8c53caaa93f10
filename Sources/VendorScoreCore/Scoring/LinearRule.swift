/// A straight line from the value scoring 0 to the value scoring full points (``Scales/linear(_:floor:target:maximum:)``),
/// with the phrase a reason uses for where a value fell on it (between the ends, at or past the
/// full end, at or short of the zero end), so every linear scorer explains itself alike.
///
/// ```swift
/// let rule = LinearRule(zero: 240 * 60, full: 15 * 60, zeroEnd: LinearRule.end(.limit, .value(.duration(seconds: 14_400))),
///                       fullEnd: LinearRule.end(.target, .value(.duration(seconds: 900))))
/// let (points, phrase) = rule.apply(3600, maximum: 6)   // 5.04…, "linear between 4h (limit) and 15min (target)"
/// ```
public struct LinearRule: Sendable {
    public let zero: Rational
    public let full: Rational
    // The three phrases a value can fall under, made once: a scorer applies its rule to every
    // bid, and most bids' reasons are never worded.
    private let reaches: Phrase
    private let noBetter: Phrase
    private let between: Phrase

    /// What the rubric calls one end of the line.
    public enum End: String, Sendable {
        case floor, target, limit, minimum, full
    }

    /// `4h (limit)`: an end's phrase with its value; with `at`, the setting it comes from, as in
    /// `525.6 min/yr (floor 99.9%)`.
    public static func end(_ role: End, _ value: PhraseValue, at setting: PhraseValue? = nil) -> Phrase {
        guard let setting else { return Phrase("end.\(role.rawValue)", ["value": value]) }
        return Phrase("end.\(role.rawValue)-at", ["value": value, "at": setting])
    }

    /// `zeroEnd` and `fullEnd` name the ends as reasons quote them, e.g. `LinearRule.end(.limit, .value(fourHours))`.
    public init(zero: Rational, full: Rational, zeroEnd: Phrase, fullEnd: Phrase) {
        self.zero = zero
        self.full = full
        reaches = Phrase("linear.reaches", ["full": .phrase(fullEnd)])
        noBetter = Phrase("linear.no-better", ["zero": .phrase(zeroEnd)])
        between = Phrase("linear.between", ["zero": .phrase(zeroEnd), "full": .phrase(fullEnd)])
    }

    /// The points for `value` out of `maximum`, and which part of the line gave them.
    public func apply(_ value: Rational, maximum: Rational) -> (points: Rational, rule: Phrase) {
        let points = Scales.linear(value, floor: zero, target: full, maximum: maximum)
        if points == maximum { return (points, reaches) }
        if points.isZero { return (points, noBetter) }
        return (points, between)
    }
}
