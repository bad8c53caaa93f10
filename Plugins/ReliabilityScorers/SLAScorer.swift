import VendorScoreCore

/// Scores an SLA availability by the downtime it allows a year, or by its count of nines.
///
/// With `measure: downtime` (the default), availability `a` allows `(100 − a)/100 × 525,600`
/// minutes of downtime a year; points are linear in those minutes from the floor's (0 points) to
/// the target's (full points). So 99.95% between 99.9% and 99.99% scores 5/9 of the maximum, not
/// half: minutes of outage are what users feel. With `measure: nines`, points are linear in the
/// count of full nines (99.9% → 3, 99.95% → 3, 99.99% → 4).
///
/// ```yaml
/// - id: sla
///   points: 10
///   scorer: reliability.sla
///   params: {floor: 99.9%, target: 99.99%}
/// ```
public struct SLAScorer: BidScorer {
    public static let id = "reliability.sla"
    public static let version = "1.0.0"
    public static let summary = "SLA availability scored linearly in annual downtime minutes (or in full nines) between floor and target."
    public static let parameters = [
        ParameterSpec("fact", "fact name", required: false, summary: "The availability fact, a percentage; sla_availability by default."),
        ParameterSpec("floor", "percentage", summary: "Availability scoring 0 points, e.g. 99.9%."),
        ParameterSpec("target", "percentage", summary: "Availability scoring full points, e.g. 99.99%; higher than floor."),
        ParameterSpec("measure", "downtime | nines", required: false,
                      summary: "Score by annual downtime minutes (default) or by the count of full nines."),
    ]
    public static let examples = [
        ScorerExample(
            "Downtime: between, at the target, below the floor, above the target",
            parameters: "floor: 99.9%\ntarget: 99.99%",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["sla_availability": "99.95%"]),
                ExampleBid("b", facts: ["sla_availability": "99.99%"]),
                ExampleBid("c", facts: ["sla_availability": "99.5%"]),
                ExampleBid("d", facts: ["sla_availability": "99.999%"]),
            ],
            expected: ["5.56", "10.00", "0.00", "10.00"]
        ),
        ScorerExample(
            "Nines: 99.95% has only three full nines; 100% counts as more than any target",
            parameters: "floor: 99.9%\ntarget: 99.999%\nmeasure: nines",
            maximum: 6,
            bids: [
                ExampleBid("a", facts: ["sla_availability": "99.95%"]),
                ExampleBid("b", facts: ["sla_availability": "99.99%"]),
                ExampleBid("c", facts: ["sla_availability": "99.999%"]),
                ExampleBid("d", facts: ["sla_availability": "100%"]),
            ],
            expected: ["0.00", "3.00", "6.00", "6.00"]
        ),
        ScorerExample(
            "A fact named in the parameters, floor 99% (downtime quoted in hours)",
            parameters: "fact: db_availability\nfloor: 99%\ntarget: 99.9%",
            maximum: 4,
            bids: [
                ExampleBid("a", facts: ["db_availability": "99.5%"]),
                ExampleBid("b", facts: ["db_availability": "98%"]),
            ],
            expected: ["2.22", "0.00"]
        ),
    ]

    /// Minutes in a 365-day year.
    static let minutesPerYear = Rational(525_600)

    let fact: String
    let byNines: Bool
    let rule: LinearRule
    /// Downtime above this many minutes a year is quoted in hours.
    let quotesHours: Bool

    public init(parameters: ScorerParameters) throws(ScorerError) {
        fact = parameters.has("fact") ? try parameters.factName() : "sla_availability"
        let floor = try parameters.percent("floor")
        let target = try parameters.percent("target")
        guard target > floor else {
            throw parameters.error("expected a target higher than floor \(floor.decimalString())%, found \(target.decimalString())%", at: "target")
        }
        byNines = try parameters.choice("measure", from: ["downtime", "nines"], default: "downtime") == "nines"
        let floorDowntime = Self.downtime(floor)
        quotesHours = floorDowntime >= 1000
        if byNines {
            guard let targetNines = Self.nines(target) else {
                throw parameters.error("100% has no count of nines; expected a target such as 99.999%", at: "target")
            }
            let floorNines = Self.nines(floor) ?? 0
            guard targetNines > floorNines else {
                throw parameters.error("expected a target with more full nines than floor \(floor.decimalString())% (\(floorNines)), found \(target.decimalString())% (\(targetNines))",
                                       at: "target")
            }
            rule = LinearRule(zero: Rational(floorNines), full: Rational(targetNines),
                              zeroEnd: LinearRule.end(.floor, .quantity(Rational(floorNines), .nines), at: .percent(floor)),
                              fullEnd: LinearRule.end(.target, .quantity(Rational(targetNines), .nines), at: .percent(target)))
        } else {
            rule = LinearRule(zero: floorDowntime, full: Self.downtime(target),
                              zeroEnd: LinearRule.end(.floor, Self.downtimeValue(floorDowntime, inHours: quotesHours), at: .percent(floor)),
                              fullEnd: LinearRule.end(.target, Self.downtimeValue(Self.downtime(target), inHours: quotesHours),
                                                             at: .percent(target)))
        }
    }

    public var facts: [FactRequirement] { [FactRequirement(fact, .percent)] }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let (availability, fact) = (try bid.percent(fact), fact)
        if byNines {
            guard let nines = Self.nines(availability) else {
                return Award(maximum) { (Phrase("sla.no-downtime", ["availability": .percent(availability)]), [fact: .percent(availability)]) }
            }
            let (points, phrase) = rule.apply(Rational(nines), maximum: maximum)
            return Award(points) {
                (Phrase("sla.nines", ["availability": .percent(availability), "nines": .quantity(Rational(nines), .nines), "rule": .phrase(phrase)]),
                 [fact: .percent(availability)])
            }
        }
        let minutes = Self.downtime(availability)
        let (points, phrase) = rule.apply(minutes, maximum: maximum)
        let downtime = Self.downtimeValue(minutes, inHours: quotesHours)
        return Award(points) {
            (Phrase("sla.downtime", ["availability": .percent(availability), "downtime": downtime, "rule": .phrase(phrase)]),
             [fact: .percent(availability)])
        }
    }

    /// Minutes of downtime a year as reasons quote them, in hours when they run to a thousand.
    static func downtimeValue(_ minutes: Rational, inHours: Bool) -> PhraseValue {
        inHours ? .quantity(minutes / 60, .hoursPerYear, decimals: 2) : .quantity(minutes, .minutesPerYear, decimals: 2)
    }

    /// Minutes of downtime a year that `availability` (in percent) allows.
    static func downtime(_ availability: Rational) -> Rational {
        (100 - availability) / 100 * minutesPerYear
    }

    /// The count of full nines: the largest n with downtime ≤ 10⁻ⁿ (99.9% → 3, 99.95% → 3),
    /// found by exact comparison rather than logarithms; `nil` for 100%, which has every nine.
    static func nines(_ availability: Rational) -> Int? {
        var downtime = 100 - availability
        guard !downtime.isZero else { return nil }
        var count = 0
        while downtime * 10 <= 100 {
            downtime = downtime * 10
            count += 1
        }
        return count
    }
}
