import VendorScoreCore

/// Explains every point one vendor received: for each criterion the group, id and title, the
/// scorer and its version, the facts it read, the rule it applied, and the raw points rounded to
/// the awarded points out of the maximum; then group subtotals, the total, the evaluation price
/// with its adjustments, each gate with its reason, flags, and the rank with how it was decided.
///
/// It reads an ``EvaluationDocument``, so a result read back from JSON (such as an evaluation
/// record) is explained exactly like a fresh evaluation.
///
/// ```swift
/// if let vendor = evaluation.vendor("inspur") {
///     print(ExplainRenderer(language: .zh).render(vendor, in: evaluation), terminator: "")
/// }
/// ```
public struct ExplainRenderer: Sendable {
    public typealias Document = EvaluationDocument

    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ vendor: VendorResult, in evaluation: Evaluation) -> String {
        render(Document.Vendor(vendor, rubric: evaluation.rubric), in: Document(summaryOf: evaluation))
    }

    /// Explains `vendor` from a document; only the document's rubric, outcome and benchmark are
    /// read, so its vendor list may be empty.
    public func render(_ vendor: Document.Vendor, in document: Document) -> String {
        let rubric = document.rubric
        let criteria = Dictionary(rubric.groups.flatMap(\.criteria).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let gateTitles = Dictionary(rubric.gates.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var text = "\(vendor.name) (\(vendor.id)): \(standing(vendor, document))\n"
        text += "Rubric: \(title(rubric.title)) (\(rubric.id) v\(rubric.version))\n"
        if let revision = document.tender?.revision {
            let labels = TextLabels(language)
            text += "\(labels.revisionTitle): \(labels.revisionLine(revision))\n"
        }

        text += "\nPrice\n"
        var price = [("Bid price", ReportText.amount(vendor.price))]
        price += vendor.adjustments.map { ($0.kind, "-\($0.rate)%: \($0.reason)") }
        price.append(("Evaluation price", ReportText.amount(vendor.evaluationPrice)
                        + (vendor.adjustments.isEmpty ? " (no policy deduction)" : "")))
        if let benchmark = document.benchmark {
            price.append(("Benchmark (评标基准价)", ReportText.amount(benchmark)))
        }
        text += Self.aligned(price)

        text += "\nGates\n"
        text += vendor.gates.isEmpty
            ? "  none\n"
            : vendor.gates.map { gate in
                let name = gateTitles[gate.id].map(title) ?? ""
                return "  \(gate.passed ? "pass" : "FAIL")  \(gate.id) (\(gate.stage), \(name)): \(gate.reason)\n"
            }.joined()

        text += "\nCriteria\n"
        if vendor.criteria.isEmpty {
            text += "  Not scored: \(notScoredReason(vendor, document))\n"
        }
        for criterion in vendor.criteria {
            let facts = criterion.inputs.isEmpty
                ? "none"
                : criterion.inputs.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
            text += "  \(criterion.group) / \(criterion.id): \(criteria[criterion.id].map { title($0.title) } ?? "")\n"
            var lines = [
                ("scorer", "\(criterion.scorer)@\(criterion.scorerVersion) (\(criterion.nature))"),
                ("facts", facts),
                ("rule", criterion.reason),
                ("points", "\(criterion.rawPoints) → \(criterion.points) / \(criterion.maximum)"),
            ]
            lines += criterion.flags.map { ("flag", Self.flag($0)) }
            lines += (document.tender?.corrections ?? []).filter { $0.vendor == vendor.id && $0.criterion == criterion.id }
                .map { ("corrected", TenderText.correction($0)) }
            text += Self.aligned(lines, indent: 4)
        }

        if !vendor.groups.isEmpty {
            let groupTitles = Dictionary(rubric.groups.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            text += "\nGroups\n"
            text += Self.aligned(vendor.groups.map { group in
                ("\(groupTitles[group.id].map(title) ?? "") (\(group.id))", "\(group.points) / \(group.maximum)")
            })
        }
        if let total = vendor.total {
            text += "\nTotal: \(total) / \(rubric.totalPoints)\n"
        }

        text += "\nFlags\n"
        text += vendor.flags.isEmpty ? "  none\n" : vendor.flags.map { "  \(Self.flag($0))\n" }.joined()

        let decisions = (document.tender?.abnormalPrices.filter { $0.vendor == vendor.id }.map(TenderText.abnormalPrice) ?? [])
            + (document.tender?.invalidBids.filter { $0.vendor == vendor.id }.map(TenderText.invalidBid) ?? [])
        if !decisions.isEmpty {
            text += "\nCommittee decisions\n" + decisions.map { "  \($0)\n" }.joined()
        }

        text += "\nRank\n  \(standing(vendor, document))\n"
        if let note = vendor.rankNote { text += "  \(note)\n" }
        if let place = document.recommended.firstIndex(of: vendor.id) {
            text += "  recommended candidate \(place + 1) of \(document.recommended.count)\n"
        }
        // Names, reasons and facts reach a terminal: no control character is passed on raw.
        return text.visibleControls(keepingLineBreaks: true)
    }

    /// "rank 2 of 4 qualified bids", "rank =3 …", or why there is no rank.
    func standing(_ vendor: Document.Vendor, _ document: Document) -> String {
        if let rank = vendor.rank {
            let shown = vendor.tiedWith.isEmpty ? "\(rank)" : "=\(rank) (tied with \(vendor.tiedWith.joined(separator: ", ")))"
            return "rank \(shown) of \(ReportText.count(document.outcome.qualified, "qualified bid"))"
        }
        return vendor.qualified ? "not ranked" : "disqualified"
    }

    func notScoredReason(_ vendor: Document.Vendor, _ document: Document) -> String {
        if !vendor.qualified {
            return "failed " + vendor.gates.filter { !$0.passed }.map(\.id).joined(separator: ", ") + " (see Gates)"
        }
        if document.outcome.status != "ranked" {
            return ReportText.noRanking(qualified: document.outcome.qualified, minimum: document.outcome.minimum)
        }
        return "no criteria"
    }

    private func title(_ text: Document.Text) -> String {
        LocalizedText(zh: text.zh, en: text.en).text(preferring: language)
    }

    static func flag(_ flag: Document.Flag) -> String {
        ReportText.flag(kind: flag.kind, criterion: flag.criterion, message: flag.message)
    }

    /// Label and value pairs with the values lined up.
    static func aligned(_ pairs: [(String, String)], indent: Int = 2) -> String {
        let width = pairs.map { DisplayWidth.of($0.0) }.max() ?? 0
        let margin = String(repeating: " ", count: indent)
        return pairs.map { margin + DisplayWidth.pad($0.0 + ":", to: width + 1) + "  " + $0.1 + "\n" }.joined()
    }
}
