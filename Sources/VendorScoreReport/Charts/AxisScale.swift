import VendorScoreCore

/// A linear axis from `low` to `high` with round tick values (1, 2, 2.5 or 5 times a power of
/// ten), computed exactly so tick labels are exact numbers.
struct AxisScale {
    let low: Rational
    let high: Rational
    let ticks: [Rational]

    /// An axis covering `low...high` exactly, with ticks at multiples of the coarsest round step
    /// that still gives at least `minimumTicks` ticks.
    init(low: Rational, high: Rational, minimumTicks: Int = 4, maximumTicks: Int = 11) {
        self.low = low
        self.high = max(high, low + 1)
        let step = Self.step(span: self.high - low, minimumTicks: minimumTicks, maximumTicks: maximumTicks)
        ticks = Self.multiples(of: step, from: low, to: self.high)
    }

    /// An axis widened outward to round values around `low...high`.
    init(covering low: Rational, _ high: Rational, minimumTicks: Int = 4, maximumTicks: Int = 9) {
        let span = max(high - low, Rational(1))
        let step = Self.step(span: span, minimumTicks: minimumTicks, maximumTicks: maximumTicks)
        let start = Self.floor(low / step) * step
        var end = Self.ceiling(high / step) * step
        if end == start { end = start + step }
        self.low = start
        self.high = end
        ticks = Self.multiples(of: step, from: start, to: end)
    }

    /// Where `value` falls on the axis, from 0 (low) to 1 (high), as a drawing coordinate.
    func fraction(_ value: Rational) -> Double {
        ((value - low) / (high - low)).double
    }

    static func step(span: Rational, minimumTicks: Int, maximumTicks: Int) -> Rational {
        var candidates: [Rational] = []
        var power = Rational(1, 1_000_000)
        while power <= span * 10 {
            candidates += [power, power * 2, power * Rational(5, 2), power * 5]
            power = power * 10
        }
        // The coarsest step giving enough ticks; the finest one if none does.
        let fitting = candidates.filter { step in
            let count = Self.floor(span / step) + 1
            return count >= Rational(minimumTicks) && count <= Rational(maximumTicks)
        }
        return fitting.last ?? candidates.first { Self.floor(span / $0) + 1 <= Rational(maximumTicks) } ?? span
    }

    private static func multiples(of step: Rational, from low: Rational, to high: Rational) -> [Rational] {
        var tick = ceiling(low / step) * step
        var ticks: [Rational] = []
        while tick <= high {
            ticks.append(tick)
            tick = tick + step
        }
        return ticks
    }

    static func floor(_ value: Rational) -> Rational {
        value.rounded(RoundingRule(mode: value.isNegative ? .up : .down, decimals: 0))
    }

    static func ceiling(_ value: Rational) -> Rational {
        value.rounded(RoundingRule(mode: value.isNegative ? .down : .up, decimals: 0))
    }
}

extension Rational {
    /// The nearest `Double`, for drawing only; official numbers stay exact.
    var double: Double { approximateDouble }
}
