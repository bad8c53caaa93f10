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
        // Sort positions, not the results themselves, which are large to move, and compare
        // them where they lie: a copy of a result for each comparison costs more than the comparison.
        let order = vendors.indices.sorted { a, b in
            let comparison = compare(vendors, a, b, resolvedKeys)
            return comparison != 0 ? comparison < 0 : vendors[a].id < vendors[b].id
        }
        var sorted = order.map { vendors[$0] }
        for index in sorted.indices {
            guard index > 0 else {
                sorted[index].rank = 1
                continue
            }
            if compare(sorted, index - 1, index, resolvedKeys) == 0 {
                sorted[index].rank = sorted[index - 1].rank
            } else {
                sorted[index].rank = index + 1
                if sorted[index - 1].total == sorted[index].total,
                   let deciding = resolved.first(where: { compare(sorted, index - 1, index, [$0.key]) != 0 }) {
                    sorted[index].rankNote = EnginePhrases.placedBelow(sorted[index - 1].name, on: deciding.name)
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

    /// Negative when `vendors[a]` ranks above `vendors[b]` on the total and then the keys.
    private static func compare(_ vendors: [VendorResult], _ a: Int, _ b: Int, _ keys: [Key]) -> Int {
        let byTotal = higherFirst(vendors[a].total ?? .zero, vendors[b].total ?? .zero)
        if byTotal != 0 { return byTotal }
        for key in keys {
            let order: Int
            switch key {
            case .lowerBidPrice: order = -higherFirst(vendors[a].price, vendors[b].price)
            case .lowerEvaluationPrice: order = -higherFirst(vendors[a].evaluationPrice, vendors[b].evaluationPrice)
            case .higherGroup(let index): order = higherFirst(vendors[a].groups[index].points, vendors[b].groups[index].points)
            case .higherCriterion(let index): order = higherFirst(vendors[a].criterionPoints[index], vendors[b].criterionPoints[index])
            }
            if order != 0 { return order }
        }
        return 0
    }

    private static func higherFirst(_ x: Rational, _ y: Rational) -> Int {
        x > y ? -1 : (x < y ? 1 : 0)
    }
}
