/// A scorer turns one criterion's parameters and the bids' facts into points.
///
/// A scorer's life has two steps. When a rubric loads, ``init(parameters:)`` reads and checks the
/// criterion's `params` (throw a ``ScorerError`` located with ``ScorerParameters/error(_:at:)``).
/// Then ``score(_:)`` gives every qualified bid its points for the criterion.
///
/// Rules every scorer keeps:
/// - **Deterministic.** The same parameters and facts give the same points, in any bid order,
///   on any machine. No clock, randomness, locale or network.
/// - **Within range.** Points are between 0 and the criterion's maximum; ``Award`` refuses others.
/// - **Exact.** Compute with ``Rational``; the engine rounds by the rubric's rule.
/// - **Honest failures.** A problem is a thrown ``ScorerError``, never a silent zero.
/// - **Versioned.** Raise ``version`` whenever the same inputs could give different points.
///
/// Most scorers look at one bid at a time and adopt ``BidScorer`` instead:
///
/// ```swift
/// struct DataCentrePUE: BidScorer {
///     static let id = "custom.pue"
///     static let version = "1.0.0"
///     static let summary = "Full points at or below the target PUE, none above the limit."
///     static let parameters = [ParameterSpec("target", "number", summary: "PUE for full points")]
///     static let examples: [ScorerExample] = []
///
///     let target: Rational
///     init(parameters: ScorerParameters) throws(ScorerError) {
///         target = try parameters.number("target")
///     }
///     var facts: [FactRequirement] { [FactRequirement("pue", .number)] }
///
///     func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
///         let pue = try bid.number("pue")
///         let points = pue <= target ? maximum : .zero
///         return Award(points, reason: "PUE \(pue.decimalString()) against target \(target.decimalString())",
///                      inputs: ["pue": .number(pue)])
///     }
/// }
/// ```
public protocol Scorer: CriterionScorer {
    /// A stable id such as `cost.price-87`: area, dot, name. Rubrics name scorers by it.
    static var id: String { get }
    /// A semantic version, raised whenever the same inputs could give different points.
    static var version: String { get }
    /// One line saying what the scorer does.
    static var summary: String { get }
    /// The parameters a rubric may give, for `vendorscore scorers` and unknown-key checks.
    static var parameters: [ParameterSpec] { get }
    /// Worked examples (parameters and facts → expected points). They document the scorer and
    /// drive its tests.
    static var examples: [ScorerExample] { get }
    /// True when the criterion is the price score, which counts toward the price weight.
    static var scoresPrice: Bool { get }
    /// True for the price formula 财政部令第87号 第55条 prescribes (lowest price ÷ the bid's price
    /// × maximum); a government-procurement rubric scoring price otherwise gets a warning.
    static var isArticle55PriceRule: Bool { get }

    /// Reads and validates the criterion's parameters when the rubric loads.
    init(parameters: ScorerParameters) throws(ScorerError)
}

/// What the engine needs of a configured scorer: the facts it reads and its scores. Swift scorers
/// get this through ``Scorer``; scorers running in another process implement it directly.
public protocol CriterionScorer: Sendable {
    /// The facts this scorer reads from every bid, with the kinds it accepts. The engine checks
    /// every bid against them before scoring.
    var facts: [FactRequirement] { get }

    /// Scores every qualified bid, in the order of `context.bids`.
    func score(_ context: ScoringContext) throws(ScorerError) -> [Award]
}

extension Scorer {
    public static var scoresPrice: Bool { false }
    public static var isArticle55PriceRule: Bool { false }

    /// The module the scorer type is declared in, e.g. `ReliabilityScorers`.
    public static var module: String {
        String(reflecting: Self.self).split(separator: ".").first.map(String.init) ?? "unknown"
    }
}

/// A scorer that scores each bid on its own facts, without looking at the other bids.
///
/// The engine calls ``score(_:maximum:)`` for each bid directly, a block of bids at a time and
/// on several cores at once, so the scorer must not keep state between bids.
public protocol BidScorer: Scorer {
    /// One bid's award: exact points within `[0, maximum]`, a one-line reason and the inputs
    /// used. Throw a ``ScorerError`` naming the vendor for a fact that cannot be scored.
    func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award
}

extension BidScorer {
    public func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        var awards: [Award] = []
        awards.reserveCapacity(context.bids.count)
        for bid in context.bids {
            awards.append(try score(bid, maximum: context.maximum))
        }
        return awards
    }
}

/// A fact a scorer reads, and the kinds of value it accepts.
public struct FactRequirement: Sendable, Hashable {
    public var name: String
    public var kinds: [FactKind]

    /// A fact and the kinds accepted, e.g. `FactRequirement("data_centre_pue", .number, .list)`.
    public init(_ name: String, _ kinds: FactKind...) {
        self.name = name
        self.kinds = kinds
    }

    public init(_ name: String, kinds: [FactKind]) {
        self.name = name
        self.kinds = kinds
    }

    /// The value as this requirement reads it: an amount written as text (`280万元`) becomes the
    /// number it stands for when the requirement reads amounts; any other value is as given.
    public func read(_ value: FactValue) -> FactValue {
        guard kinds.contains(.amount), !kinds.contains(value.kind), case .success(let amount)? = value.amount else { return value }
        return .number(amount)
    }
}

/// One parameter a scorer accepts, as documented by `vendorscore scorers`.
public struct ParameterSpec: Sendable, Hashable {
    public var name: String
    /// What kind of value: "number", "percentage", "fact name", "list of steps", ….
    public var type: String
    public var required: Bool
    public var summary: String

    public init(_ name: String, _ type: String, required: Bool = true, summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
    }
}

/// A problem a scorer reports: bad parameters at load time, or a fact it cannot score.
public struct ScorerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong: a scorer's own words, or a message of the core's catalogue.
    public var message: Phrase
    public var location: SourceLocation?
    /// The key path, such as `groups[0].criteria[2].params.floor`.
    public var path: String

    /// A problem, where it was written when known. For parameters use
    /// ``ScorerParameters/error(_:at:)``, which fills in the location and key path.
    public init(_ message: String, at location: SourceLocation? = nil, path: String = "") {
        self.init(Phrase(stringLiteral: message), at: location, path: path)
    }

    /// A problem as a message id and its values, worded by the output module in either language.
    public init(_ message: Phrase, at location: SourceLocation? = nil, path: String = "") {
        self.message = message
        self.location = location
        self.path = path
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        if !path.isEmpty { text += "\(path): " }
        return text + message.description
    }
}
