/// Applies the rubric's pass/fail gates to one bid (资格性审查, then 符合性审查).
enum GateEvaluator {
    static func evaluate(_ gates: [Gate], bid: Bid, defaults: [String: Fact]) -> [GateResult] {
        gates.map { gate in
            GateResult(gate, check: check(gate, bid: bid, defaults: defaults))
        }
    }

    /// Whether the bid passes every gate, without composing reasons.
    static func passesAll(_ gates: [Gate], bid: Bid, defaults: [String: Fact]) -> Bool {
        gates.allSatisfy { gate in
            if case .priceWithinCeiling(let ceiling) = gate.condition { return bid.price <= ceiling }
            guard let fact = gate.fact, let value = bid.facts.value(fact) ?? defaults[fact]?.value else { return false }
            return holds(gate.condition, value) ?? false
        }
    }

    /// What one gate compared for one bid, and what came of it: enough to word the reason.
    struct Check: Sendable {
        enum Outcome: Sendable {
            case price(Rational, ceiling: Rational)
            case missingFact(String)
            case wrongKind(String, found: FactValue)
            case compared(String, Gate.Condition, found: FactValue)
        }
        var passed: Bool
        var outcome: Outcome
    }

    private static func check(_ gate: Gate, bid: Bid, defaults: [String: Fact]) -> Check {
        if case .priceWithinCeiling(let ceiling) = gate.condition {
            return Check(passed: bid.price <= ceiling, outcome: .price(bid.price, ceiling: ceiling))
        }
        guard let fact = gate.fact else { return Check(passed: false, outcome: .missingFact("?")) }
        guard let value = bid.facts.value(fact) ?? defaults[fact]?.value else { return Check(passed: false, outcome: .missingFact(fact)) }
        guard let passed = holds(gate.condition, value) else { return Check(passed: false, outcome: .wrongKind(fact, found: value)) }
        return Check(passed: passed, outcome: .compared(fact, gate.condition, found: value))
    }

    /// The reason a check gives, worded from the engine's phrases.
    static func reason(_ check: Check) -> Phrase {
        switch check.outcome {
        case .price(let price, let ceiling):
            return check.passed
                ? EnginePhrases.priceWithinCeiling(price: price, ceiling: ceiling)
                : EnginePhrases.priceAboveCeiling(price: price, ceiling: ceiling)
        case .missingFact(let fact): return EnginePhrases.gateMissingFact(fact)
        case .wrongKind(let fact, let found): return EnginePhrases.gateWrongKind(fact, found: found)
        case .compared(let fact, let condition, let found):
            return check.passed
                ? EnginePhrases.gatePassed(fact, condition, found: found)
                : EnginePhrases.gateFailed(fact, condition, found: found)
        }
    }

    /// Whether the value meets the condition; `nil` when the two cannot be compared.
    static func holds(_ condition: Gate.Condition, _ value: FactValue) -> Bool? {
        switch condition {
        case .isTrue:
            guard case .bool(let flag) = value else { return nil }
            return flag
        case .atLeast(let bound):
            return compare(value, bound).map { $0 >= 0 }
        case .atMost(let bound):
            return compare(value, bound).map { $0 <= 0 }
        case .equals(let expected):
            if let order = compare(value, expected) { return order == 0 }
            return value == expected
        case .oneOf(let allowed):
            guard case .text(let text) = value else { return allowed.contains(value.description) }
            return allowed.contains(text)
        case .includes(let needed):
            let items: [String]
            switch value {
            case .list(let list): items = list
            case .text(let text): items = [text]
            default: return nil
            }
            return needed.allSatisfy(items.contains)
        case .priceWithinCeiling:
            return nil
        }
    }

    /// -1, 0 or 1 for two quantities of the same kind; `nil` otherwise.
    private static func compare(_ a: FactValue, _ b: FactValue) -> Int? {
        guard a.kind == b.kind, let x = a.magnitude, let y = b.magnitude else { return nil }
        return x < y ? -1 : (x == y ? 0 : 1)
    }
}
