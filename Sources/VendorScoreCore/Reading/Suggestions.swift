/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
    /// The candidates closest to `word`, best first, among those near enough to be a likely typo.
    ///
    /// ```swift
    /// Suggestions.closest(to: "reliabilty.sla", in: ["reliability.sla", "security.mlps"])
    /// // ["reliability.sla"]
    /// ```
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(word.lowercased())
        let scored = candidates.map { candidate -> (String, Int) in
            (candidate, distance(target, Array(candidate.lowercased())))
        }
        let threshold = max(2, target.count / 3)
        return scored
            .filter { $0.1 <= threshold || $0.0.lowercased().contains(word.lowercased()) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// A hint such as "did you mean 'points'?", or `nil` when nothing is close.
    static func hint(for word: String, in candidates: [String]) -> Phrase? {
        Messages.didYouMean(closest(to: word, in: candidates))
    }
}
