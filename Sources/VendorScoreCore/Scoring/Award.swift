/// The points one bid earns on one criterion, with the reason and the inputs behind them.
///
/// Points are exact and unrounded; the engine rounds them by the rubric's rule and refuses
/// points outside `[0, maximum]`.
///
/// The reason and inputs are worked out only when someone reads them: a ranking of ten thousand
/// bids on forty criteria shows none of its 400,000 reasons, an explanation shows one vendor's.
/// Write them inline in the call, as below, so the words are composed only on demand.
///
/// ```swift
/// Award(Rational(15, 2), reason: Phrase("fact.rule", ["fact": .fact("sla"), "value": .value(sla), "rule": .phrase(rule)]),
///       inputs: ["sla": sla])
/// ```
public struct Award: Sendable, Equatable {
    public var points: Rational
    public var flags: [Flag]
    /// List items the scorer read but does not recognise; each becomes a warning.
    public var unrecognised: [UnrecognisedItems]
    private let detail: Detail

    /// How the reason and inputs are worked out when read.
    private enum Detail: Sendable {
        case separately(reason: @Sendable () -> Phrase, inputs: @Sendable () -> [String: FactValue])
        case together(@Sendable () -> (reason: Phrase, inputs: [String: FactValue]))
    }

    public init(_ points: Rational, reason: @autoclosure @escaping @Sendable () -> Phrase,
                inputs: @autoclosure @escaping @Sendable () -> [String: FactValue] = [:], flags: [Flag] = [],
                unrecognised: [UnrecognisedItems] = []) {
        self.points = points
        self.flags = flags
        self.unrecognised = unrecognised
        detail = .separately(reason: reason, inputs: inputs)
    }

    /// Points whose reason and inputs one closure works out together, the lighter form for a
    /// scorer of many bids: each award keeps one set of the values it captures, not two.
    ///
    /// ```swift
    /// Award(points) { (Phrase("fact.rule", ["fact": .fact("sla"), "value": .value(sla), "rule": .phrase(rule)]), ["sla": sla]) }
    /// ```
    public init(_ points: Rational, flags: [Flag] = [], unrecognised: [UnrecognisedItems] = [],
                explained: @escaping @Sendable () -> (reason: Phrase, inputs: [String: FactValue])) {
        self.points = points
        self.flags = flags
        self.unrecognised = unrecognised
        detail = .together(explained)
    }

    /// Which rule gave these points, as a message and its values; renderers word it in the
    /// reader's language. A plain string literal is one text for every language.
    public var reason: Phrase {
        switch detail {
        case .separately(let reason, _): reason()
        case .together(let explained): explained().reason
        }
    }

    /// The values the scorer used, by name, sorted by name when reported.
    public var inputs: [String: FactValue] {
        switch detail {
        case .separately(_, let inputs): inputs()
        case .together(let explained): explained().inputs
        }
    }

    /// The reason and the inputs, worked out once for a reader that needs both.
    public var explanation: (reason: Phrase, inputs: [String: FactValue]) {
        switch detail {
        case .separately(let reason, let inputs): (reason(), inputs())
        case .together(let explained): explained()
        }
    }

    public static func == (lhs: Award, rhs: Award) -> Bool {
        lhs.points == rhs.points && lhs.flags == rhs.flags && lhs.unrecognised == rhs.unrecognised && lhs.reason == rhs.reason && lhs.inputs == rhs.inputs
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
    /// What the committee should look at, as a message and its values.
    public var message: Phrase
    /// The criterion the flag concerns, if any.
    public var criterion: String?

    public init(_ kind: Kind, _ message: Phrase, criterion: String? = nil) {
        self.kind = kind
        self.message = message
        self.criterion = criterion
    }

    public var description: String { "\(kind.rawValue): \(message.message)" }
}
