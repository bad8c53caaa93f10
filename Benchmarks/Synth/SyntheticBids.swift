/// Writes `count` (at least 1) synthetic bids, as YAML and as CSV with the same content. Each bid has an id,
/// a name, a price (some above the ceiling), declarations (some small enterprises and
/// consortia) and all 40 facts of ``SyntheticFact/all``.
struct SyntheticBids {
    let count: Int
    let seed: UInt64

    /// One bid's values, drawn once and written in both formats.
    private struct Row {
        var id: String
        var name: String
        var price: Int
        var size: String
        var smallShare: String?
        var facts: [SyntheticValue]
    }

    private func rows() -> [Row] {
        var random = SplitMix64(seed: seed)
        let width = String(count).count
        return (1...count).map { number in
            let digits = String(number)
            let padded = String(repeating: "0", count: width - digits.count) + digits
            let size = random.pick(["large", "large", "large", "large", "large", "large", "medium", "medium", "small", "micro"])
            let smallShare = size == "large" && random.chance(10) ? "\(random.int(in: 20...60))%" : nil
            return Row(id: "v" + padded, name: "供应商" + padded, price: random.int(in: 7000...12400) * 1000,
                       size: size, smallShare: smallShare, facts: SyntheticFact.all.map { $0.draw(&random) })
        }
    }

    func yaml() -> String {
        var text = """
        # Synthetic benchmark bids written by vendorscore-synth (\(count) bids, seed \(seed)). Not real data.
        format: vendorscore/bids@1
        tender: synthetic-benchmark
        bids:

        """
        text.reserveCapacity(count * 1100)
        let names = SyntheticFact.all.map(\.name)
        for row in rows() {
            text += "  - id: \(row.id)\n    name: \(row.name)\n    price: \(row.price)\n"
            text += "    declarations: { enterprise_size: \(row.size)"
            if let share = row.smallShare { text += ", small_share: \(share)" }
            text += " }\n    facts:\n"
            for (name, value) in zip(names, row.facts) {
                text += "      \(name): \(value.yaml)\n"
            }
        }
        return text
    }

    func csv() -> String {
        let names = SyntheticFact.all.map(\.name)
        var text = (["id", "name", "price", "enterprise_size", "small_share"] + names).joined(separator: ",") + "\n"
        text.reserveCapacity(count * 600)
        for row in rows() {
            let cells = [row.id, row.name, String(row.price), row.size, row.smallShare ?? ""] + row.facts.map(\.csv)
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }
}
