import VendorScoreCore

/// Checks that a record's numbers agree with one another: every group subtotal and total is the
/// sum of its recorded criteria, and ranks follow totals. A record edited and then re-sealed keeps
/// a valid seal, but not these sums, unless every number behind them was edited consistently too
/// (which only a re-run, `verify`, can tell). How each criterion was rounded is left to the re-run:
/// an engine's rounding may change between versions, and `verify` names that cause.
///
/// ```swift
/// let problems = RecordConsistency.problems(in: record.sealed)   // [] for a record VendorScore wrote
/// ```
public enum RecordConsistency {
    public static func problems(in sealed: SealedRecord) -> [RecordCheck.Problem] {
        let outline = sealed.findings.rubric
        guard let mode = RoundingMode(rawValue: outline.rounding.mode) else {
            return [problem("sealed.findings", RecordMessages.unknownRounding(outline.rounding.mode))]
        }
        let rule = RoundingRule(mode: mode, decimals: outline.rounding.decimals)
        let decimals = outline.rounding.decimals
        let findings = Dictionary(sealed.findings.vendors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [RecordCheck.Problem] = []
        for standing in sealed.evaluation.standings {
            guard let vendor = findings[standing.id], !vendor.criteria.isEmpty else { continue }
            var byGroup: [String: Rational] = [:]
            var sum = Rational.zero
            for criterion in vendor.criteria {
                guard let raw = Rational(exactText: criterion.rawExact) else {
                    problems.append(problem("sealed.findings", RecordMessages.unreadableNumber(vendor: vendor.id, criterion.id, criterion.rawExact)))
                    continue
                }
                // Rounded criteria add up as recorded; unrounded ones by their exact raw points.
                guard let points = outline.rounding.criteria ? Rational(exactText: criterion.points) : raw else {
                    problems.append(problem("sealed.findings", RecordMessages.unreadableNumber(vendor: vendor.id, criterion.id, criterion.points)))
                    continue
                }
                byGroup[criterion.group, default: .zero] += points
                sum += points
            }
            for group in standing.groups where group.points != (byGroup[group.id] ?? .zero).fixed(decimals) {
                problems.append(problem("sealed.evaluation", RecordMessages.groupSum(
                    vendor: vendor.id, group: group.id, recorded: group.points, expected: (byGroup[group.id] ?? .zero).fixed(decimals))))
            }
            let total = sum.rounded(rule).fixed(decimals)
            if let recorded = standing.total, recorded != total {
                problems.append(problem("sealed.evaluation", RecordMessages.totalSum(vendor: vendor.id, recorded: recorded, expected: total)))
            }
        }
        // Ranks follow totals: a better rank never has a lower total.
        let ranked = sealed.evaluation.standings.compactMap { standing -> (String, Int, Rational)? in
            guard let rank = standing.rank, let total = standing.total.flatMap({ Rational(exactText: $0) }) else { return nil }
            return (standing.id, rank, total)
        }.sorted { $0.1 < $1.1 }
        for (above, below) in zip(ranked, ranked.dropFirst()) where above.1 < below.1 && above.2 < below.2 {
            problems.append(problem("sealed.evaluation", RecordMessages.rankOrder(above: above.0, aboveRank: above.1, below: below.0,
                                                                                  belowRank: below.1)))
        }
        return problems
    }

    private static func problem(_ part: String, _ message: LocalizedText) -> RecordCheck.Problem {
        RecordCheck.Problem(part: part, message: message)
    }
}
