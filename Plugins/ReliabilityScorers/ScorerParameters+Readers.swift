import VendorScoreCore

extension ScorerParameters {
    /// A whole number within `range`, or `defaultValue` when the parameter is absent.
    func wholeNumber(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int? = nil) throws(ScorerError) -> Int {
        if let defaultValue, !has(name) { return defaultValue }
        let value = try number(name)
        guard value.isInteger, value >= Rational(range.lowerBound), value <= Rational(range.upperBound) else {
            throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(value.decimalString())", at: name)
        }
        return Int(value.numerator)
    }

    /// A duration such as `4h`, in seconds.
    func duration(_ name: String) throws(ScorerError) -> Rational {
        let value = try value(name)
        guard case .duration(let seconds) = value else {
            throw error("expected a duration such as 30s, 15min, 4h or 2d, found '\(value)'", at: name)
        }
        return seconds
    }
}
