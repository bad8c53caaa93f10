extension ScorerParameters {
    /// A whole number within `range`, or `defaultValue` when the parameter is absent.
    public func wholeNumber(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int? = nil) throws(ScorerError) -> Int {
        if let defaultValue, !has(name) { return defaultValue }
        let value = try number(name)
        guard let whole = value.integerValue, value >= Rational(range.lowerBound), value <= Rational(range.upperBound) else {
            throw error(Messages.expected(.wholeNumber(from: range.lowerBound, to: range.upperBound), found: Messages.foundNumber(value)),
                        at: name)
        }
        return whole
    }

    /// A duration such as `4h`, in seconds.
    public func duration(_ name: String) throws(ScorerError) -> Rational {
        let value = try value(name)
        guard case .duration(let seconds) = value else {
            throw error(Messages.expected(.kind(.duration), found: Messages.quoted(value.description)), at: name)
        }
        return seconds
    }

    /// A non-empty list of distinct strings, or `defaultValue` when the parameter is absent; a
    /// repeated item is an error at that item. `what` names the items in messages ("lines").
    public func distinctStrings(_ name: String, what: String, default defaultValue: [String]? = nil) throws(ScorerError) -> [String] {
        if let defaultValue, !has(name) { return defaultValue }
        let items = try strings(name)
        guard !items.isEmpty else { throw error("expected a non-empty list of \(what)", at: name) }
        let nodes = node(name)?.sequenceValue ?? []
        var seen = Set<String>()
        for (index, item) in items.enumerated() where !seen.insert(item).inserted {
            if index < nodes.count {
                throw error("'\(item)' is listed twice; expected distinct \(what)", at: nodes[index], path: "\(name)[\(index)]")
            }
            throw error("'\(item)' is listed twice; expected distinct \(what)", at: name)
        }
        return items
    }
}
