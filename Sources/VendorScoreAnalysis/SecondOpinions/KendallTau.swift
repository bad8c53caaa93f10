/// Kendall's τ-b between two rankings of the same alternatives (1 = first; equal ranks are ties):
/// `(concordant − discordant) / √((pairs − ties in x)(pairs − ties in y))`, from −1 (reversed)
/// to 1 (the same order). When either ranking is all ties the value is 0.
///
/// ```swift
/// KendallTau.tauB([1, 2, 3], [1, 3, 2])   // 0.333…
/// ```
public enum KendallTau {
    public static func tauB(_ x: [Int], _ y: [Int]) -> Double {
        precondition(x.count == y.count, "both rankings need the same alternatives")
        var concordant = 0
        var discordant = 0
        var tiedX = 0
        var tiedY = 0
        for i in x.indices {
            for j in x.indices where j > i {
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                if dx == 0 { tiedX += 1 }
                if dy == 0 { tiedY += 1 }
                if dx != 0 && dy != 0 {
                    if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
                }
            }
        }
        let pairs = x.count * (x.count - 1) / 2
        let denominator = (Double(pairs - tiedX) * Double(pairs - tiedY)).squareRoot()
        return denominator > 0 ? Double(concordant - discordant) / denominator : 0
    }

    /// Competition ranks (1, 2, 2, 4) of `scores`; `higherIsBetter` says which way they run.
    /// Exactly equal scores share a rank.
    public static func ranks(_ scores: [Double], higherIsBetter: Bool) -> [Int] {
        scores.map { score in
            1 + scores.filter { higherIsBetter ? $0 > score : $0 < score }.count
        }
    }
}
