import VendorScoreCore

/// A number, percentage or duration: the kinds of value a scale can compare. Linear, step and
/// ratio scorers read their thresholds as quantities and the bids' facts as the same kind.
struct Quantity: Sendable {
    static let kinds: [FactKind] = [.number, .percent, .duration]

    let value: Rational
    let kind: FactKind
    /// As written back (`99.9%`, `4h`), for reasons.
    let text: String

    init(_ value: Rational, kind: FactKind) {
        self.value = value
        self.kind = kind
        text = Self.describe(value, kind: kind)
    }

    /// Reads parameter `name`, which must be a quantity, and of kind `expected` when one is given
    /// (so a target is written the same way as its floor).
    init(_ name: String, in parameters: ScorerParameters, expected: FactKind? = nil) throws(ScorerError) {
        let value = try parameters.value(name)
        guard let magnitude = value.magnitude else {
            throw parameters.error("expected a number, percentage or duration, found '\(value)'", at: name)
        }
        if let expected, value.kind != expected {
            throw parameters.error("expected \(expected) (written like the other thresholds), found '\(value)'", at: name)
        }
        self.init(magnitude, kind: value.kind)
    }

    /// The quantity as a typed value, for reasons.
    var factValue: FactValue { Self.factValue(value, kind: kind) }

    /// The typed value of a magnitude of `kind`, for an award's inputs.
    static func factValue(_ value: Rational, kind: FactKind) -> FactValue {
        switch kind {
        case .percent: return .percent(value)
        case .duration: return .duration(seconds: value)
        default: return .number(value)
        }
    }

    /// How a value of `kind` is written: `99.95%`, `2h`, `1200`.
    static func describe(_ value: Rational, kind: FactKind) -> String {
        factValue(value, kind: kind).description
    }
}

extension BidFacts {
    /// The fact as a quantity of `kind`, failing with the core's kind-mismatch message otherwise.
    func quantity(_ fact: String, _ kind: FactKind) throws(ScorerError) -> Rational {
        switch kind {
        case .percent: return try percent(fact)
        case .duration: return try duration(fact)
        default: return try number(fact)
        }
    }
}
