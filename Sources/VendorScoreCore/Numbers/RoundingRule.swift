/// How a score is rounded: the mode and the number of decimals, as the tender document declares.
///
/// The default, half-up to two decimals, is "四舍五入保留两位小数", the most common choice.
///
/// ```swift
/// let rule = RoundingRule(mode: .halfUp, decimals: 2)
/// Rational(decimal: "27.085")!.rounded(rule).fixed(2)   // "27.09"
/// ```
public struct RoundingRule: Sendable, Hashable {
    public var mode: RoundingMode
    public var decimals: Int

    public init(mode: RoundingMode = .halfUp, decimals: Int = 2) {
        self.mode = mode
        self.decimals = decimals
    }

    public static let standard = RoundingRule()
}

/// The rounding modes a rubric may declare, by the names written in YAML.
public enum RoundingMode: String, Sendable, Hashable, CaseIterable {
    /// 四舍五入: halves go away from zero.
    case halfUp = "half-up"
    /// Banker's rounding: halves go to the even digit.
    case halfEven = "half-even"
    /// Truncation toward zero (去尾).
    case down
    /// Away from zero (进一).
    case up
}
