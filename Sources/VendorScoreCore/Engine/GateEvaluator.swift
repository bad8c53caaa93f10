/// Applies the rubric's pass/fail gates to one bid (资格性审查, then 符合性审查).
enum GateEvaluator {
    static func evaluate(_ gates: [Gate], bid: Bid, defaults: [String: Fact]) -> [GateResult] {
        gates.map { gate in
            let (passed, reason) = check(gate, bid: bid, defaults: defaults)
            return GateResult(gateID: gate.id, stage: gate.stage, title: gate.title, passed: passed, reason: reason)
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

    private static func check(_ gate: Gate, bid: Bid, defaults: [String: Fact]) -> (Bool, Phrase) {
        if case .priceWithinCeiling(let ceiling) = gate.condition {
            return bid.price <= ceiling
                ? (true, EnginePhrases.priceWithinCeiling(price: bid.price, ceiling: ceiling))
                : (false, EnginePhrases.priceAboveCeiling(price: bid.price, ceiling: ceiling))
        }
        guard let fact = gate.fact else { return (false, EnginePhrases.gateMissingFact("?")) }
        guard let value = bid.facts.value(fact) ?? defaults[fact]?.value else { return (false, EnginePhrases.gateMissingFact(fact)) }
        guard let passed = holds(gate.condition, value) else { return (false, EnginePhrases.gateWrongKind(fact, found: value)) }
        return passed
            ? (true, EnginePhrases.gatePassed(fact, gate.condition, found: value))
            : (false, EnginePhrases.gateFailed(fact, gate.condition, found: value))
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
