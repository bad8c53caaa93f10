import BigInt
import PropertyBased
import Testing
@testable import VendorScoreCore

/// `Rational` against a big-integer reference: every operation exact, no trap for any value,
/// however large the intermediate products.
@Suite("Exact numbers, checked against big integers")
struct RationalPropertyTests {
    /// A reference fraction in lowest terms with a positive denominator.
    struct Reference: Equatable {
        let numerator: BigInt
        let denominator: BigInt

        init(_ numerator: BigInt, _ denominator: BigInt) {
            var divisor = numerator.greatestCommonDivisor(with: denominator)
            if denominator < 0 { divisor = -divisor }
            self.numerator = numerator / divisor
            self.denominator = denominator / divisor
        }

        init(_ value: Rational) {
            self.init(value.bigParts.numerator, value.bigParts.denominator)
        }
    }

    /// Any 128-bit fraction, extremes included, or a decimal as a rubric or bid may write it.
    static let values = Gen.oneOf(
        zip(Gen.int128(), Gen.int128(in: 1 ... .max)).map { Rational($0, $1) },
        zip(Gen.int128(), Gen.int128(in: .min ... -1)).map { Rational($0, $1) },
        zip(Gen.int64(in: -999_999_999_999_999 ... 999_999_999_999_999), Gen.int(in: 0...999_999_999), Gen.int(in: 0...9))
            .map { whole, fraction, digits in
                Rational(decimal: "\(whole).\(String(String(fraction).prefix(max(digits, 1))))")!
            },
        Gen.int(in: -3...3).map { Rational($0) }
    )

    /// Values already beyond 128 bits: products and sums of large fractions.
    static let wideValues = zip(values, values, values).map { a, b, c in a * b + c / (a.isZero ? Rational(7) : a) }

    @Test func addsSubtractsMultipliesAndDividesExactly() async {
        await propertyCheck(count: 400, input: Gen.oneOf(Self.values, Self.wideValues), Gen.oneOf(Self.values, Self.wideValues)) { a, b in
            let (x, y) = (Reference(a), Reference(b))
            #expect(Reference(a + b) == Reference(x.numerator * y.denominator + y.numerator * x.denominator, x.denominator * y.denominator))
            #expect(Reference(a - b) == Reference(x.numerator * y.denominator - y.numerator * x.denominator, x.denominator * y.denominator))
            #expect(Reference(a * b) == Reference(x.numerator * y.numerator, x.denominator * y.denominator))
            if !b.isZero {
                #expect(Reference(a / b) == Reference(x.numerator * y.denominator, x.denominator * y.numerator))
            }
            #expect((a < b) == (x.numerator * y.denominator < y.numerator * x.denominator))
            #expect((a == b) == (x == y))
        }
    }

    @Test func oneFormPerValue() async {
        await propertyCheck(count: 300, input: Gen.oneOf(Self.values, Self.wideValues), Self.values) { a, b in
            // A round trip through a large intermediate gives back the same value, hash included.
            let back = (a + b) - b
            #expect(back == a)
            #expect(back.hashValue == a.hashValue)
            #expect(back.description == a.description)
        }
    }

    @Test func roundsAndFormatsExactly() async {
        await propertyCheck(count: 400, input: Gen.oneOf(Self.values, Self.wideValues), Gen.int(in: 0...9), Gen<RoundingMode>.case) {
            value, decimals, mode in
            let reference = Self.rounded(Reference(value), decimals: decimals, mode: mode)
            #expect(Reference(value.rounded(RoundingRule(mode: mode, decimals: decimals))) == reference)
            #expect(value.fixed(decimals) == Self.fixed(Self.rounded(Reference(value), decimals: decimals, mode: .halfUp), decimals: decimals))
        }
    }

    /// Fractions of 64-bit parts, as most points and prices are, to every number of decimals
    /// that 64 bits can scale to, and past it.
    @Test func writesSmallFractionsExactly() async {
        let small = zip(Gen.int64(), Gen.int64(in: 1 ... .max)).map { Rational(Int128($0), Int128($1)) }
        await propertyCheck(count: 400, input: Gen.oneOf(small, Gen.int64().map { Rational(Int128($0), 1) }), Gen.int(in: 0...20)) {
            value, decimals in
            #expect(value.fixed(decimals) == Self.fixed(Self.rounded(Reference(value), decimals: decimals, mode: .halfUp), decimals: decimals))
        }
        // Exactly half way between two results, where half-up and the other rules part.
        let halves = zip(Gen.int64(in: -999_999_999_999_999 ... 999_999_999_999_999), Gen.int(in: 0...17))
        await propertyCheck(count: 200, input: halves) { whole, decimals in
            let value = Rational(2 * Int128(whole) + 1, 2 * Int128(Rational.smallPowerOfTen(decimals)!))
            #expect(value.fixed(decimals) == Self.fixed(Self.rounded(Reference(value), decimals: decimals, mode: .halfUp), decimals: decimals))
        }
    }

    @Test func decimalsThatFitReadBackExactly() async {
        await propertyCheck(count: 300, input: Self.values) { value in
            if let decimals = value.terminatingDecimals, decimals <= 9, let text = Optional(value.fixed(decimals)),
               text.split(separator: ".").first.map({ $0.trimmingPrefix("-").count <= 15 }) == true {
                #expect(Rational(decimal: text) == value)
            }
        }
    }

    /// Rounding by definition: the nearest multiples of 10^-decimals below and above, chosen by mode.
    static func rounded(_ value: Reference, decimals: Int, mode: RoundingMode) -> Reference {
        let scale = BigInt(10).power(decimals)
        let scaled = value.numerator * scale
        // Floor division, then the candidates toward and away from zero.
        var floor = scaled / value.denominator
        if scaled < 0 && !(scaled % value.denominator).isZero { floor -= 1 }
        let exact = floor * value.denominator == scaled
        if exact { return Reference(floor, scale) }
        let (towardZero, awayFromZero) = value.numerator < 0 ? (floor + 1, floor) : (floor, floor + 1)
        // Distance to the lower candidate against half a step, in units of 1/(2·denominator).
        let twiceDistance = (scaled - floor * value.denominator) * 2
        let half = twiceDistance == value.denominator
        let aboveHalf = twiceDistance > value.denominator
        let upper = floor + 1
        let chosen: BigInt = switch mode {
        case .down: towardZero
        case .up: awayFromZero
        case .halfUp: half ? awayFromZero : (aboveHalf ? upper : floor)
        case .halfEven: half ? (floor.isMultiple(of: 2) ? floor : upper) : (aboveHalf ? upper : floor)
        }
        return Reference(chosen, scale)
    }

    static func fixed(_ value: Reference, decimals: Int) -> String {
        let scaled = value.numerator * BigInt(10).power(decimals) / value.denominator
        var digits = String(scaled.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (scaled < 0 ? "-" : "") + digits
    }
}
