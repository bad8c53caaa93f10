import VendorScoreCore

/// Explains every point one vendor received: for each criterion the group, id and title, the
/// scorer and its version, the facts it read, the rule it applied, and the raw points rounded to
/// the awarded points out of the maximum; then group subtotals, the total, the evaluation price
/// with its adjustments, each gate with its reason, flags, and the rank with how it was decided.
///
/// ```swift
/// if let vendor = evaluation.vendor("inspur") {
///     print(ExplainRenderer(language: .zh).render(vendor, in: evaluation), terminator: "")
/// }
/// ```
public struct ExplainRenderer: Sendable {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ vendor: VendorResult, in evaluation: Evaluation) -> String {
        let rubric = evaluation.rubric
        var text = "\(vendor.name) (\(vendor.id)): \(standing(vendor, evaluation))\n"
        text += "Rubric: \(ReportText.heading(rubric, language))\n"

        text += "\nPrice\n"
        var price = [("Bid price", ReportText.amount(vendor.price))]
        price += vendor.adjustments.map { ($0.kind.rawValue, "-\($0.rate.decimalString())%: \($0.reason)") }
        price.append(("Evaluation price", ReportText.amount(vendor.evaluationPrice)
                        + (vendor.adjustments.isEmpty ? " (no policy deduction)" : "")))
        if let benchmark = evaluation.benchmark {
            price.append(("Benchmark (评标基准价)", ReportText.amount(benchmark)))
        }
        text += Self.aligned(price)

        text += "\nGates\n"
        text += vendor.gates.isEmpty
            ? "  none\n"
            : vendor.gates.map { "  \($0.passed ? "pass" : "FAIL")  \(ReportText.gate($0, language))\n" }.joined()

        text += "\nCriteria\n"
        if vendor.criteria.isEmpty {
            text += "  Not scored: \(notScoredReason(vendor, evaluation))\n"
        }
        for criterion in vendor.criteria {
            let facts = criterion.inputs.isEmpty
                ? "none"
                : criterion.inputs.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
            text += "  \(criterion.groupID) / \(criterion.criterionID): \(criterion.title.text(preferring: language))\n"
            var lines = [
                ("scorer", "\(criterion.scorerID)@\(criterion.scorerVersion) (\(criterion.nature.rawValue))"),
                ("facts", facts),
                ("rule", criterion.reason),
                ("points", "\(criterion.rawPoints.decimalString()) → \(ReportText.points(criterion.points, rubric)) / \(ReportText.points(criterion.maximum, rubric))"),
            ]
            lines += criterion.flags.map { ("flag", ReportText.flag($0)) }
            text += Self.aligned(lines, indent: 4)
        }

        if !vendor.groups.isEmpty {
            text += "\nGroups\n"
            text += Self.aligned(vendor.groups.map { group in
                ("\(group.title.text(preferring: language)) (\(group.groupID))",
                 "\(ReportText.points(group.points, rubric)) / \(ReportText.points(group.maximum, rubric))")
            })
        }
        if let total = vendor.total {
            text += "\nTotal: \(ReportText.points(total, rubric)) / \(ReportText.points(rubric.totalPoints, rubric))\n"
        }

        text += "\nFlags\n"
        text += vendor.flags.isEmpty ? "  none\n" : vendor.flags.map { "  \(ReportText.flag($0))\n" }.joined()

        text += "\nRank\n  \(standing(vendor, evaluation))\n"
        if let note = vendor.rankNote { text += "  \(note)\n" }
        return text
    }

    /// "rank 2 of 4 qualified bids", "rank =3 …", or why there is no rank.
    func standing(_ vendor: VendorResult, _ evaluation: Evaluation) -> String {
        if let rank = vendor.rank {
            let shown = vendor.tiedWith.isEmpty ? "\(rank)" : "=\(rank) (tied with \(vendor.tiedWith.joined(separator: ", ")))"
            return "rank \(shown) of \(ReportText.count(evaluation.qualified.count, "qualified bid"))"
        }
        return vendor.qualified ? "not ranked" : "disqualified"
    }

    func notScoredReason(_ vendor: VendorResult, _ evaluation: Evaluation) -> String {
        if !vendor.qualified {
            return "failed " + vendor.failedGates.map(\.gateID).joined(separator: ", ") + " (see Gates)"
        }
        if case .tooFewQualified(let qualified, let minimum) = evaluation.outcome {
            return ReportText.noRanking(qualified: qualified, minimum: minimum)
        }
        return "no criteria"
    }

    /// Label and value pairs with the values lined up.
    static func aligned(_ pairs: [(String, String)], indent: Int = 2) -> String {
        let width = pairs.map { DisplayWidth.of($0.0) }.max() ?? 0
        let margin = String(repeating: " ", count: indent)
        return pairs.map { margin + DisplayWidth.pad($0.0 + ":", to: width + 1) + "  " + $0.1 + "\n" }.joined()
    }
}
