extension BidFacts {
    /// A fact that must be a whole number within `range`, such as a level or a count.
    public func wholeNumber(_ fact: String, in range: ClosedRange<Int>, meaning: String) throws(ScorerError) -> Int {
        let value = try number(fact)
        guard let whole = value.integerValue, value >= Rational(range.lowerBound), value <= Rational(range.upperBound) else {
            throw ScorerError("vendor '\(id)': \(fact) should be \(meaning), a whole number from \(range.lowerBound) to \(range.upperBound); found \(value.decimalString())",
                              at: location(of: fact))
        }
        return whole
    }
}
