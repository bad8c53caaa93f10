import BigInt

/// An exact number: a fraction in lowest terms with a positive denominator, of any size.
///
/// Official scores are computed with `Rational` and rounded once, by the rubric's
/// ``RoundingRule``, so `98.5 / 107 × 30` is never approximated along the way. Values written in a
/// rubric or a bid ("99.95", "12345678.90") are read exactly with ``init(decimal:)``.
///
/// Nearly every value fits two 64-bit integers and is stored in them, inline (a large tender holds
/// millions of values: a `Rational` takes 24 bytes). Arithmetic is done in 128-bit integers; a
/// result that needs them is kept in a box, and one that would not fit even those (sums of many
/// unrounded ratios, products of 9-decimal amounts) is computed with arbitrary-precision
/// integers instead, so no input can overflow or trap.
///
/// ```swift
/// let benchmark = Rational(decimal: "8900000")!
/// let price = Rational(decimal: "9860000")!
/// let score = benchmark / price * Rational(30)          // exact: 13350/493
/// score.rounded(RoundingRule(mode: .halfUp, decimals: 2)).fixed(2)   // "27.08"
/// ```
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Small values inline as two `Int64`s; values that need more, up to two `Int128`s (numerator
    /// never `Int128.min`, so it can be negated), boxed; anything larger as big integers, boxed.
    /// Each value has exactly one form, so `==` compares forms.
    enum Storage: Sendable, Hashable {
        case small(Int64, Int64)
        case medium(Medium)
        case wide(Wide)
    }

    /// A fraction that fits two `Int128`s but not two `Int64`s, in lowest terms with a positive
    /// denominator.
    typealias Medium = Boxed<Int128>
    /// A fraction too large for `Int128`, in lowest terms with a positive denominator.
    typealias Wide = Boxed<BigInt>

    /// A fraction kept out of line, so that the common small values stay small.
    final class Boxed<Integer: BinaryInteger & Sendable>: Sendable, Hashable {
        let numerator: Integer
        let denominator: Integer

        init(_ numerator: Integer, _ denominator: Integer) {
            self.numerator = numerator
            self.denominator = denominator
        }

        static func == (lhs: Boxed, rhs: Boxed) -> Bool {
            lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(numerator)
            hasher.combine(denominator)
        }
    }

    let storage: Storage

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public init(_ value: Int) {
        storage = .small(Int64(value), 1)
    }

    /// Builds `numerator / denominator` in lowest terms. The denominator must not be zero.
    public init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "Rational with a zero denominator")
        guard numerator != .min, denominator != .min else {
            self = Rational(wide: BigInt(numerator), BigInt(denominator))
            return
        }
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Self.gcd(numerator, denominator)
        self = Rational(reduced: sign * numerator / divisor, sign * denominator / divisor)
    }

    /// A fraction already in lowest terms with a positive denominator, in the smallest form it fits.
    private init(reduced numerator: Int128, _ denominator: Int128) {
        if let n = Int64(exactly: numerator), let d = Int64(exactly: denominator) {
            storage = .small(n, d)
        } else if numerator != .min {
            storage = .medium(Medium(numerator, denominator))
        } else {
            storage = .wide(Wide(BigInt(numerator), BigInt(denominator)))
        }
    }

    /// Builds `numerator / denominator` from big integers, in the small form whenever it fits.
    init(wide numerator: BigInt, _ denominator: BigInt) {
        precondition(!denominator.isZero, "Rational with a zero denominator")
        var divisor = numerator.greatestCommonDivisor(with: denominator)
        if denominator.sign == .minus { divisor = -divisor }
        let n = numerator / divisor
        let d = denominator / divisor
        if let small = Self.narrow(n), let smallDenominator = Self.narrow(d) {
            self = Rational(reduced: small, smallDenominator)
        } else {
            storage = .wide(Wide(n, d))
        }
    }

    /// `value` as an `Int128` when its magnitude is below 2^127 (so never `Int128.min`). Built
    /// from the magnitude's words: `Int128(exactly:)` misjudges some big integers just below
    /// `Int128.min`.
    private static func narrow(_ value: BigInt) -> Int128? {
        let magnitude = value.magnitude
        guard magnitude < narrowLimit else { return nil }
        var bits: UInt128 = 0
        for (index, word) in magnitude.words.prefix(2).enumerated() { bits |= UInt128(word) << (64 * index) }
        return value.sign == .minus ? -Int128(bits) : Int128(bits)
    }

    private static let narrowLimit = BigUInt(1) << 127

    /// Reads a plain decimal such as `12`, `-0.5` or `99.95` (digits may be grouped with `_`).
    /// Returns `nil` for anything else, including exponents, `nan` and `inf`. At most 9 digits
    /// after the point and 15 before it are accepted.
    public init?(decimal text: some StringProtocol) {
        var text = String(text)
        let parsed = text.withUTF8 { bytes -> Rational? in
            guard case .number(let value, let end) = DecimalScanner.scan(bytes, from: 0), end == bytes.count else { return nil }
            return value
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Reads the exact form ``description`` writes: an integer or a fraction such as `-13350/493`,
    /// of any length. Returns `nil` for anything else or a zero denominator.
    ///
    /// ```swift
    /// Rational(exactText: "13350/493")   // 13350/493
    /// Rational(exactText: "27.08")       // 677/25 (a plain decimal is read too)
    /// ```
    public init?(exactText text: String) {
        if let decimal = Rational(decimal: text) {
            self = decimal
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        func integer(_ part: Substring) -> BigInt? {
            let digits = part.hasPrefix("-") ? part.dropFirst() : part
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return BigInt(String(part), radix: 10)
        }
        guard (1...2).contains(parts.count), let numerator = integer(parts[0]) else { return nil }
        let denominator = parts.count == 2 ? integer(parts[1]) : BigInt(1)
        guard let denominator, !denominator.isZero else { return nil }
        self.init(wide: numerator, denominator)
    }

    /// The numerator and denominator when both fit in `Int128`, else `nil`.
    ///
    /// ```swift
    /// Rational(decimal: "2.5")!.int128Parts   // (5, 2)
    /// ```
    public var int128Parts: (numerator: Int128, denominator: Int128)? {
        switch storage {
        case .small(let n, let d): (Int128(n), Int128(d))
        case .medium(let medium): (medium.numerator, medium.denominator)
        case .wide: nil
        }
    }

    /// The value as an `Int` when it is a whole number within `Int`'s range, else `nil`.
    ///
    /// ```swift
    /// Rational(12).integerValue        // 12
    /// Rational(5, 2).integerValue      // nil
    /// ```
    public var integerValue: Int? {
        if case .small(let n, 1) = storage { return Int(exactly: n) }
        return nil
    }

    /// The numerator and denominator as big integers, whatever the form.
    var bigParts: (numerator: BigInt, denominator: BigInt) {
        switch storage {
        case .small(let n, let d): (BigInt(n), BigInt(d))
        case .medium(let medium): (BigInt(medium.numerator), BigInt(medium.denominator))
        case .wide(let wide): (wide.numerator, wide.denominator)
        }
    }

    /// The nearest `Double`, for drawing and estimates only; official numbers stay exact.
    ///
    /// ```swift
    /// Rational(1, 4).approximateDouble   // 0.25
    /// ```
    public var approximateDouble: Double {
        switch storage {
        case .small(let n, let d): Double(n) / Double(d)
        case .medium(let medium): Double(medium.numerator) / Double(medium.denominator)
        case .wide: Double(fixed(17)) ?? .nan
        }
    }

    public var description: String {
        switch storage {
        // Joined, not interpolated: interpolation reserves room on the heap even for the few
        // bytes that fit in a string's inline storage.
        case .small(let n, let d): d == 1 ? String(n) : String(n) + "/" + String(d)
        case .medium(let medium): medium.denominator == 1 ? "\(medium.numerator)" : "\(medium.numerator)/\(medium.denominator)"
        case .wide(let wide): wide.denominator == 1 ? "\(wide.numerator)" : "\(wide.numerator)/\(wide.denominator)"
        }
    }

    public var isZero: Bool {
        if case .small(0, _) = storage { return true }
        return false
    }

    public var isNegative: Bool {
        switch storage {
        case .small(let n, _): n < 0
        case .medium(let medium): medium.numerator < 0
        case .wide(let wide): wide.numerator.sign == .minus && !wide.numerator.isZero
        }
    }

    public var isInteger: Bool {
        switch storage {
        case .small(_, let d): d == 1
        case .medium(let medium): medium.denominator == 1
        case .wide(let wide): wide.denominator == 1
        }
    }

    /// The value exactly: its decimal form when it has one (`"99.999999999"`, `"2.5"`), else the
    /// fraction (`"10/3"`). Never rounded, so a sum just short of 100 never reads as 100.
    ///
    /// ```swift
    /// Rational(decimal: "99.999999999")!.exactString   // "99.999999999"
    /// Rational(10, 3).exactString                       // "10/3"
    /// ```
    public var exactString: String {
        terminatingDecimals.map(fixed) ?? description
    }

    /// How many decimals the value's exact decimal form has, or `nil` when it has none
    /// (a third, say): `2.5` has 1, `30` has 0.
    ///
    /// ```swift
    /// Rational(decimal: "2.5")!.terminatingDecimals   // 1
    /// Rational(1, 3).terminatingDecimals              // nil
    /// ```
    public var terminatingDecimals: Int? {
        if case let (_, d)? = int128Parts { return Self.terminatingDecimals(d) }
        return Self.terminatingDecimals(bigParts.denominator)
    }

    private static func terminatingDecimals<T: BinaryInteger>(_ value: T) -> Int? {
        var denominator = value
        var twos = 0, fives = 0
        while denominator % 2 == 0 { denominator /= 2; twos += 1 }
        while denominator % 5 == 0 { denominator /= 5; fives += 1 }
        return denominator == 1 ? max(twos, fives) : nil
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        if case let (a, b)? = lhs.int128Parts, case let (c, d)? = rhs.int128Parts {
            if b == d { return a < c }
            let (left, leftOverflow) = a.multipliedReportingOverflow(by: d)
            let (right, rightOverflow) = c.multipliedReportingOverflow(by: b)
            if !leftOverflow && !rightOverflow { return left < right }
        }
        let (a, b) = lhs.bigParts, (c, d) = rhs.bigParts
        return a * d < c * b
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if case let (a, b)? = lhs.int128Parts, case let (c, d)? = rhs.int128Parts {
            if b == d {
                let (sum, overflow) = a.addingReportingOverflow(c)
                if !overflow { return b == 1 ? Rational(reduced: sum, 1) : Rational(sum, b) }
            } else if let sum = checkedSum(a, b, c, d) {
                return sum
            }
        }
        let (a, b) = lhs.bigParts, (c, d) = rhs.bigParts
        return Rational(wide: a * d + c * b, b * d)
    }

    /// `a/b + c/d` when every intermediate fits in `Int128`.
    private static func checkedSum(_ a: Int128, _ b: Int128, _ c: Int128, _ d: Int128) -> Rational? {
        let (ad, o1) = a.multipliedReportingOverflow(by: d)
        let (cb, o2) = c.multipliedReportingOverflow(by: b)
        let (bd, o3) = b.multipliedReportingOverflow(by: d)
        guard !o1, !o2, !o3 else { return nil }
        let (sum, o4) = ad.addingReportingOverflow(cb)
        guard !o4, sum != .min else { return nil }
        return Rational(sum, bd)
    }

    public static prefix func - (value: Rational) -> Rational {
        switch value.storage {
        case .small(let n, let d): Rational(reduced: -Int128(n), Int128(d))
        case .medium(let medium): Rational(reduced: -medium.numerator, medium.denominator)
        case .wide(let wide): Rational(wide: -wide.numerator, wide.denominator)
        }
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + -rhs
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        if case let (n1, d1)? = lhs.int128Parts, case let (n2, d2)? = rhs.int128Parts {
            // Cross-reduce first so intermediate products stay small.
            let a = gcd(n1, d2)
            let b = gcd(n2, d1)
            let (n, o1) = (n1 / a).multipliedReportingOverflow(by: n2 / b)
            let (d, o2) = (d1 / b).multipliedReportingOverflow(by: d2 / a)
            if !o1, !o2 { return Rational(reduced: n, d) }
        }
        let (a, b) = lhs.bigParts, (c, d) = rhs.bigParts
        return Rational(wide: a * c, b * d)
    }

    /// Exact division. The divisor must not be zero; use ``divided(by:)`` when it may be.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(!rhs.isZero, "division by zero")
        return lhs * rhs.reciprocal
    }

    /// `1 / self`; `self` is not zero.
    private var reciprocal: Rational {
        if case let (n, d)? = int128Parts { return n < 0 ? Rational(reduced: -d, -n) : Rational(reduced: d, n) }
        let (n, d) = bigParts
        return Rational(wide: d, n)
    }

    /// `self / divisor`, or `nil` when the divisor is zero.
    public func divided(by divisor: Rational) -> Rational? {
        divisor.isZero ? nil : self / divisor
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }

    /// The value rounded to the rule's number of decimals, by the rule's mode.
    public func rounded(_ rule: RoundingRule) -> Rational {
        if case let (numerator, denominator)? = int128Parts, let scale = Self.smallPowerOfTen(rule.decimals) {
            let (scaled, overflow) = numerator.multipliedReportingOverflow(by: scale)
            if !overflow {
                let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)  // toward zero
                let magnitude = remainder < 0 ? -remainder : remainder
                let away = Self.roundsAway(rule.mode, remainder: magnitude, denominator: denominator, oddQuotient: quotient % 2 != 0)
                return Rational(remainder != 0 && away ? quotient + (numerator < 0 ? -1 : 1) : quotient, scale)
            }
        }
        let (numerator, denominator) = bigParts
        let scale = BigInt(10).power(rule.decimals)
        let (quotient, remainder) = (numerator * scale).quotientAndRemainder(dividingBy: denominator)
        let away = Self.roundsAway(rule.mode, remainder: remainder.magnitude, denominator: denominator.magnitude,
                                   oddQuotient: !quotient.isMultiple(of: 2))
        return Rational(wide: !remainder.isZero && away ? quotient + (numerator.sign == .minus ? -1 : 1) : quotient, scale)
    }

    /// Whether a value with this remainder (0 ≤ remainder < denominator) rounds away from zero;
    /// compares the remainder with what is left of the denominator, so nothing is doubled.
    private static func roundsAway<T: BinaryInteger>(_ mode: RoundingMode, remainder: T, denominator: T, oddQuotient: Bool) -> Bool {
        let rest = denominator - remainder
        return switch mode {
        case .down: false
        case .up: true
        case .halfUp: remainder >= rest
        case .halfEven: remainder > rest || (remainder == rest && oddQuotient)
        }
    }

    /// A fixed-point string with exactly `decimals` digits after the point, e.g. `"27.08"`.
    /// The value is rounded half-up first when it has more digits than that.
    public func fixed(_ decimals: Int) -> String {
        // Points, prices and rates are small fractions: rounded and written in 64 bits, as
        // a document of ten thousand vendors writes millions of them.
        if case let .small(numerator, denominator) = storage, decimals >= 0, decimals <= 18,
           case (let scaled, false) = numerator.multipliedReportingOverflow(by: Self.powersOfTen[decimals]) {
            let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)  // toward zero
            let away = Self.roundsAway(.halfUp, remainder: remainder.magnitude, denominator: denominator.magnitude, oddQuotient: false)
            return Self.fixedText(remainder != 0 && away ? quotient + (numerator < 0 ? -1 : 1) : quotient, decimals: decimals)
        }
        let value = rounded(RoundingRule(mode: .halfUp, decimals: decimals))
        // A rounded value's denominator divides 10^decimals, so the scaled value is whole.
        let digits: String
        let negative: Bool
        if case let (n, d)? = value.int128Parts, let scale = Self.smallPowerOfTen(decimals),
           case (let product, false) = n.multipliedReportingOverflow(by: scale) {
            let scaled = product / d
            (digits, negative) = (String(scaled.magnitude), scaled < 0)
        } else {
            let (n, d) = value.bigParts
            let scaled = n * BigInt(10).power(decimals) / d
            (digits, negative) = (String(scaled.magnitude), scaled.sign == .minus && !scaled.isZero)
        }
        var text = digits
        if decimals > 0 {
            if text.count <= decimals { text = String(repeating: "0", count: decimals - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
        }
        return (negative ? "-" : "") + text
    }

    /// The shortest exact decimal form when there is one within `maxDecimals` digits
    /// (`"99.95"`, `"30"`), else the value to `maxDecimals` digits followed by `…`.
    public func decimalString(maxDecimals: Int = 6) -> String {
        if let decimals = terminatingDecimals, decimals <= maxDecimals { return fixed(decimals) }
        return fixed(maxDecimals) + "…"
    }

    /// 10^0 through 10^18, every power of ten within `Int64`.
    private static let powersOfTen: [Int64] = (0...18).map { exponent in (0..<exponent).reduce(1) { power, _ in power * 10 } }

    /// `scaled` ÷ 10^`decimals` written with exactly `decimals` digits after the point
    /// (`2708`, 2 → `"27.08"`; `-5`, 2 → `"-0.05"`); `decimals` is at most 18.
    private static func fixedText(_ scaled: Int64, decimals: Int) -> String {
        // Written backwards from the end of a buffer on the stack (19 digits, a point and a sign
        // at most), then made a string: one of up to 15 bytes, as nearly all are, is stored
        // inline, where a string made with room for 24 bytes would be allocated.
        let capacity = 24
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { text in
            var magnitude = scaled.magnitude
            var start = capacity
            var digits = 0
            repeat {
                if digits == decimals && decimals > 0 {
                    start -= 1
                    text[start] = UInt8(ascii: ".")
                }
                start -= 1
                text[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digits += 1
            } while magnitude > 0 || digits <= decimals
            if scaled < 0 {
                start -= 1
                text[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self)
        }
    }

    /// 10^exponent when it fits in `Int128` (exponent up to 38).
    static func smallPowerOfTen(_ exponent: Int) -> Int128? {
        guard exponent >= 0, exponent <= 38 else { return nil }
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        // Neither is Int128.min here, so both can be negated.
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
