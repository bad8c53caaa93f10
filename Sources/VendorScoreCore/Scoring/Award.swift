/// The points one bid earns on one criterion, with the reason and the inputs behind them.
///
/// Points are exact and unrounded; the engine rounds them by the rubric's rule and refuses
/// points outside `[0, maximum]`.
///
/// ```swift
/// Award(Rational(15, 2), reason: "99.95% is between 99.9% and 99.99%",
///       inputs: ["sla": .percent(Rational(decimal: "99.95")!)])
/// ```
public struct Award: Sendable, Hashable {
    public var points: Rational
    /// One line, in plain words, saying which rule gave these points.
    public var reason: String
    /// The values the scorer used, by name, sorted by name when reported.
    public var inputs: [String: FactValue]
    public var flags: [Flag]

    public init(_ points: Rational, reason: String, inputs: [String: FactValue] = [:], flags: [Flag] = []) {
        self.points = points
        self.reason = reason
        self.inputs = inputs
        self.flags = flags
    }
}

/// Something the committee should look at; a flag never changes points or ranks by itself.
public struct Flag: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 异常低价: one of the 财库〔2026〕2号 triggers fired.
        case abnormallyLowPrice = "abnormally-low-price"
        /// 畸高畸低: evaluators' scores on a subjective criterion are far apart.
        case evaluatorSpread = "evaluator-spread"
        /// The price score's share of the total is outside the legal range.
        case priceWeight = "price-weight"
        /// Anything a custom scorer wants the committee to see.
        case scorer
    }

    public var kind: Kind
    public var message: String
    /// The criterion the flag concerns, if any.
    public var criterion: String?

    public init(_ kind: Kind, _ message: String, criterion: String? = nil) {
        self.kind = kind
        self.message = message
        self.criterion = criterion
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
