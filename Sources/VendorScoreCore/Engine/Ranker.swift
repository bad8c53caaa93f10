/// Orders qualified vendors: total high to low, then the rubric's tie-break keys in order
/// (default: lower quoted price, 财政部令第87号 第57条). Vendors equal on all of them share a
/// rank (并列) and are reported as tied; the engine never breaks a tie silently.
enum Ranker {
    /// A tie-break key resolved against the rubric, so comparing never searches by id.
    private enum Key {
        case lowerBidPrice
        case lowerEvaluationPrice
        case higherGroup(Int)
        case higherCriterion(Int)
    }

    /// `titles` gives the groups' and criteria's titles by id, which notes quote.
    static func rank(_ vendors: [VendorResult], keys: [TieBreakKey], groups: [String], criteria: [String],
                     titles: [String: LocalizedText] = [:]) -> [VendorResult] {
        let resolved: [(key: Key, name: Phrase)] = keys.compactMap { key in
            let name = EnginePhrases.tieBreak(key, titles: titles)
            switch key {
            case .lowerBidPrice: return (.lowerBidPrice, name)
            case .lowerEvaluationPrice: return (.lowerEvaluationPrice, name)
            case .higherGroup(let id): return groups.firstIndex(of: id).map { (.higherGroup($0), name) }
            case .higherCriterion(let id): return criteria.firstIndex(of: id).map { (.higherCriterion($0), name) }
            }
        }
        let resolvedKeys = resolved.map(\.key)
        // Sort positions, not the results themselves, which are large to move.
        let order = vendors.indices.sorted { a, b in
            let comparison = compare(vendors[a], vendors[b], resolvedKeys)
            return comparison != 0 ? comparison < 0 : vendors[a].id < vendors[b].id
        }
        var sorted = order.map { vendors[$0] }
        for index in sorted.indices {
            guard index > 0 else {
                sorted[index].rank = 1
                continue
            }
            let previous = sorted[index - 1]
            if compare(previous, sorted[index], resolvedKeys) == 0 {
                sorted[index].rank = previous.rank
            } else {
                sorted[index].rank = index + 1
                if previous.total == sorted[index].total,
                   let deciding = resolved.first(where: { compare(previous, sorted[index], [$0.key]) != 0 }) {
                    sorted[index].rankNote = EnginePhrases.placedBelow(previous.name, on: deciding.name)
                }
            }
        }
        // Name every tie explicitly. Vendors sharing a rank are adjacent; each run shares one
        // list, so a tie among thousands of identical bids stays linear in time and memory.
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end].rank == sorted[start].rank { end += 1 }
            if end - start > 1 {
                let group = TieGroup(sorted[start..<end].map(\.id))
                // The names are read once: a slice of `sorted` kept while its elements change
                // would copy the whole array at every step.
                let names = sorted[start..<end].map(\.name)
                let keys = resolved.map(\.name)
                for offset in names.indices {
                    sorted[start + offset].tie = group
                    // Peers by name, as a reader knows them: the first few others of the run.
                    var named: [String] = []
                    for (other, name) in names.enumerated() where other != offset {
                        named.append(name)
                        if named.count > EnginePhrases.tiedPeersNamed { break }
                    }
                    sorted[start + offset].rankNote = EnginePhrases.tied(with: named, of: names.count - 1, equalOn: keys)
                }
            }
            start = end
        }
        return sorted
    }

    /// Negative when `a` ranks above `b` on the total and then the keys.
    private static func compare(_ a: VendorResult, _ b: VendorResult, _ keys: [Key]) -> Int {
        let byTotal = higherFirst(a.total ?? .zero, b.total ?? .zero)
        if byTotal != 0 { return byTotal }
        for key in keys {
            let order: Int
            switch key {
            case .lowerBidPrice: order = -higherFirst(a.price, b.price)
            case .lowerEvaluationPrice: order = -higherFirst(a.evaluationPrice, b.evaluationPrice)
            case .higherGroup(let index): order = higherFirst(a.groups[index].points, b.groups[index].points)
            case .higherCriterion(let index): order = higherFirst(a.criterionPoints[index], b.criterionPoints[index])
            }
            if order != 0 { return order }
        }
        return 0
    }

    private static func higherFirst(_ x: Rational, _ y: Rational) -> Int {
        x > y ? -1 : (x < y ? 1 : 0)
    }
}
