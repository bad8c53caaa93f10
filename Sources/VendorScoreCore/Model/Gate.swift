/// A pass/fail requirement checked before scoring (资格性审查 or 符合性审查).
///
/// ```yaml
/// gates:
///   - id: mlps-level-3
///     stage: qualification
///     title: { zh: 具备等保三级备案证明, en: MLPS 2.0 level 3 certified }
///     fact: mlps_level
///     at_least: 3
/// ```
public struct Gate: Sendable {
    public enum Stage: String, Sendable, CaseIterable {
        /// 资格性审查, by the purchaser.
        case qualification
        /// 符合性审查, by the committee.
        case compliance
    }

    /// What the fact must satisfy.
    public enum Condition: Sendable, Hashable, CustomStringConvertible {
        case isTrue
        case atLeast(FactValue)
        case atMost(FactValue)
        case equals(FactValue)
        case oneOf([String])
        case includes([String])
        /// The bid price is at most the ceiling price (added by the engine when a ceiling is set).
        case priceWithinCeiling(Rational)

        public var description: String {
            switch self {
            case .isTrue: return "is true"
            case .atLeast(let value): return "≥ \(value)"
            case .atMost(let value): return "≤ \(value)"
            case .equals(let value): return "= \(value)"
            case .oneOf(let values): return "one of " + values.joined(separator: ", ")
            case .includes(let values): return "includes " + values.joined(separator: ", ")
            case .priceWithinCeiling(let ceiling): return "price ≤ ceiling \(ceiling.decimalString())"
            }
        }
    }

    public var id: String
    public var stage: Stage
    public var title: LocalizedText
    /// The fact checked; `nil` for the built-in price ceiling gate.
    public var fact: String?
    public var condition: Condition
    public var location: SourceLocation?

    public init(id: String, stage: Stage, title: LocalizedText, fact: String?, condition: Condition, location: SourceLocation?) {
        self.id = id
        self.stage = stage
        self.title = title
        self.fact = fact
        self.condition = condition
        self.location = location
    }
}
