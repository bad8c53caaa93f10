/// An exact number: a fraction of two 128-bit integers, always in lowest terms with a positive
/// denominator.
///
/// Official scores are computed with `Rational` and rounded once, by the rubric's
/// ``RoundingRule``, so `98.5 / 107 × 30` is never approximated along the way. Values written in a
/// rubric or a bid ("99.95", "12345678.90") are read exactly with ``init(decimal:)``.
///
/// ```swift
/// let benchmark = Rational(decimal: "8900000")!
/// let price = Rational(decimal: "9860000")!
/// let score = benchmark / price * Rational(30)          // exact: 13350/493
/// score.rounded(RoundingRule(mode: .halfUp, decimals: 2)).fixed(2)   // "27.08"
/// ```
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int128
    public let denominator: Int128

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public init(_ value: Int) {
        numerator = Int128(value)
        denominator = 1
    }

    /// Builds `numerator / denominator` in lowest terms. The denominator must not be zero.
    public init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "Rational with a zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Self.gcd(numerator, denominator)
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    private init(reduced numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Reads a plain decimal such as `12`, `-0.5` or `99.95` (digits may be grouped with `_`).
    /// Returns `nil` for anything else, including exponents, `nan` and `inf`. At most 9 digits
    /// after the point and 15 before it are accepted, which keeps every later product in range.
    public init?(decimal text: some StringProtocol) {
        var text = String(text)
        let parsed = text.withUTF8 { bytes -> Rational? in
            guard case .number(let value, let end) = DecimalScanner.scan(bytes, from: 0), end == bytes.count else { return nil }
            return value
        }
        guard let parsed else { return nil }
        self = parsed
    }

    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    public var isZero: Bool { numerator == 0 }
    public var isNegative: Bool { numerator < 0 }
    public var isInteger: Bool { denominator == 1 }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
        return lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return lhs.denominator == 1
                ? Rational(reduced: lhs.numerator + rhs.numerator, 1)
                : Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return Rational(lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
                        lhs.denominator * rhs.denominator)
    }

    public static prefix func - (value: Rational) -> Rational {
        Rational(reduced: -value.numerator, value.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + -rhs
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        // Cross-reduce first so intermediate products stay small.
        let a = gcd(lhs.numerator, rhs.denominator)
        let b = gcd(rhs.numerator, lhs.denominator)
        return Rational(reduced: (lhs.numerator / a) * (rhs.numerator / b),
                        (lhs.denominator / b) * (rhs.denominator / a))
    }

    /// Exact division. The divisor must not be zero; use ``divided(by:)`` when it may be.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(!rhs.isZero, "division by zero")
        return lhs * Rational(rhs.denominator, rhs.numerator)
    }

    /// `self / divisor`, or `nil` when the divisor is zero.
    public func divided(by divisor: Rational) -> Rational? {
        divisor.isZero ? nil : self / divisor
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }

    /// The value rounded to the rule's number of decimals, by the rule's mode.
    public func rounded(_ rule: RoundingRule) -> Rational {
        let scale = Self.powerOfTen(rule.decimals)
        let scaled = numerator * scale
        var quotient = scaled / denominator          // truncated toward zero
        let remainder = scaled - quotient * denominator
        if remainder != 0 {
            let awayFromZero: Bool
            let twiceRemainder = (remainder < 0 ? -remainder : remainder) * 2
            switch rule.mode {
            case .down: awayFromZero = false
            case .up: awayFromZero = true
            case .halfUp: awayFromZero = twiceRemainder >= denominator
            case .halfEven:
                awayFromZero = twiceRemainder > denominator || (twiceRemainder == denominator && quotient % 2 != 0)
            }
            if awayFromZero { quotient += numerator < 0 ? -1 : 1 }
        }
        return Rational(quotient, scale)
    }

    /// A fixed-point string with exactly `decimals` digits after the point, e.g. `"27.08"`.
    /// The value is rounded half-up first when it has more digits than that.
    public func fixed(_ decimals: Int) -> String {
        let value = rounded(RoundingRule(mode: .halfUp, decimals: decimals))
        let scale = Self.powerOfTen(decimals)
        let scaled = value.numerator * scale / value.denominator
        let magnitude = scaled < 0 ? -scaled : scaled
        var digits = String(magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (scaled < 0 ? "-" : "") + digits
    }

    /// The shortest exact decimal form when there is one within `maxDecimals` digits
    /// (`"99.95"`, `"30"`), else the value to `maxDecimals` digits followed by `…`.
    public func decimalString(maxDecimals: Int = 6) -> String {
        var decimals = 0
        var scale: Int128 = 1
        while decimals <= maxDecimals {
            if (numerator * scale) % denominator == 0 { return fixed(decimals) }
            decimals += 1
            scale *= 10
        }
        return fixed(maxDecimals) + "…"
    }

    static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var x = a < 0 ? -a : a
        var y = b < 0 ? -b : b
        // Most values here have small denominators: the fast exit avoids 128-bit division.
        if y == 1 || x == 1 { return 1 }
        if x == 0 { return y == 0 ? 1 : y }
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
