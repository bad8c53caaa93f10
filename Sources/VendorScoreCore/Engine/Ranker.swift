/// Orders qualified vendors: total high to low, then the rubric's tie-break keys in order
/// (default: lower evaluation price, 财政部令第87号 第57条). Vendors equal on all of them share a
/// rank (并列) and are reported as tied; the engine never breaks a tie silently.
enum Ranker {
    static func rank(_ vendors: [VendorResult], keys: [TieBreakKey]) -> [VendorResult] {
        var sorted = vendors.sorted { a, b in
            let order = compare(a, b, keys: keys)
            return order != 0 ? order < 0 : a.id < b.id
        }
        var rank = 1
        for index in sorted.indices {
            if index > 0 {
                let previous = sorted[index - 1]
                if compare(previous, sorted[index], keys: [.total] + keys.map(Key.tieBreak)) == 0 {
                    sorted[index].rank = previous.rank
                } else {
                    rank = index + 1
                    sorted[index].rank = rank
                    if previous.total == sorted[index].total, let decidedBy = firstDeciding(previous, sorted[index], keys: keys) {
                        sorted[index].rankNote = "equal total with \(previous.id); placed below on \(decidedBy)"
                    }
                }
            } else {
                sorted[index].rank = rank
            }
        }
        // Name every tie explicitly.
        let byRank = Dictionary(grouping: sorted.map { ($0.rank!, $0.id) }, by: \.0)
        for index in sorted.indices {
            let peers = byRank[sorted[index].rank!]!.map(\.1).filter { $0 != sorted[index].id }
            if !peers.isEmpty {
                sorted[index].tiedWith = peers
                sorted[index].rankNote = "tied (并列) with \(peers.joined(separator: ", ")): equal total" +
                    (keys.isEmpty ? "" : " and equal " + keys.map(\.description).joined(separator: ", "))
            }
        }
        return sorted
    }

    private enum Key {
        case total
        case tieBreak(TieBreakKey)
    }

    /// Negative when `a` ranks above `b`.
    private static func compare(_ a: VendorResult, _ b: VendorResult, keys: [TieBreakKey]) -> Int {
        compare(a, b, keys: [.total] + keys.map(Key.tieBreak))
    }

    private static func compare(_ a: VendorResult, _ b: VendorResult, keys: [Key]) -> Int {
        for key in keys {
            let order = compare(a, b, key: key)
            if order != 0 { return order }
        }
        return 0
    }

    private static func compare(_ a: VendorResult, _ b: VendorResult, key: Key) -> Int {
        func higherFirst(_ x: Rational, _ y: Rational) -> Int { x > y ? -1 : (x < y ? 1 : 0) }
        switch key {
        case .total:
            return higherFirst(a.total ?? .zero, b.total ?? .zero)
        case .tieBreak(.lowerEvaluationPrice):
            return -higherFirst(a.evaluationPrice, b.evaluationPrice)
        case .tieBreak(.higherGroup(let id)):
            return higherFirst(a.groups.first { $0.groupID == id }?.points ?? .zero,
                               b.groups.first { $0.groupID == id }?.points ?? .zero)
        case .tieBreak(.higherCriterion(let id)):
            return higherFirst(a.criteria.first { $0.criterionID == id }?.points ?? .zero,
                               b.criteria.first { $0.criterionID == id }?.points ?? .zero)
        }
    }

    private static func firstDeciding(_ a: VendorResult, _ b: VendorResult, keys: [TieBreakKey]) -> String? {
        keys.first { compare(a, b, key: .tieBreak($0)) != 0 }.map(\.description)
    }
}
