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
        let labels = TextLabels(language)
        let rubric = document.rubric
        let criteria = Dictionary(rubric.groups.flatMap(\.criteria).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let gateTitles = Dictionary(rubric.gates.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        // Chinese takes full-width colons, commas and brackets.
        let colon = labels.colon, comma = labels.comma
        var text = vendor.name + labels.parenthesised(vendor.id) + colon + standing(vendor, document) + "\n"
        text += labels.rubricLabel + colon + title(rubric.title) + labels.parenthesised("\(rubric.id) v\(rubric.version)") + "\n"
        if let revision = document.tender?.revision {
            text += labels.revisionTitle + colon + labels.revisionLine(revision) + "\n"
        }

        text += "\n\(labels.priceHeading)\n"
        var price = [(labels.bidPrice, ReportText.amount(vendor.price))]
        price += vendor.adjustments.map { (labels.adjustmentKind($0.kind), "-\($0.rate)%" + colon + $0.reason.text(language)) }
        price.append((labels.evaluationPriceLabel, ReportText.amount(vendor.evaluationPrice)
                        + (vendor.adjustments.isEmpty ? labels.noDeduction : "")))
        if let benchmark = document.benchmark {
            price.append((labels.benchmarkLabel, ReportText.amount(benchmark)))
        }
        text += aligned(price)

        text += "\n\(labels.gatesHeading)\n"
        text += vendor.gates.isEmpty
            ? "  \(labels.none)\n"
            : vendor.gates.map { gate in
                let name = gateTitles[gate.id].map(title) ?? ""
                return "  \(gate.passed ? labels.gatePass : labels.gateFail)  \(gate.id)"
                    + labels.parenthesised(labels.stage(gate.stage) + comma + name) + colon + gate.reason.text(language) + "\n"
            }.joined()

        text += "\n\(labels.criteriaHeading)\n"
        if vendor.criteria.isEmpty {
            text += "  \(labels.notScored(notScoredReason(vendor, document)))\n"
        }
        for criterion in vendor.criteria {
            let facts = criterion.inputs.isEmpty
                ? labels.none
                : criterion.inputs.map { "\($0.name) = \($0.value)" }.joined(separator: comma)
            text += "  \(criterion.group) / \(criterion.id)" + colon + (criteria[criterion.id].map { title($0.title) } ?? "") + "\n"
            var lines = [
                (labels.scorerLabel, "\(criterion.scorer)@\(criterion.scorerVersion)" + labels.parenthesised(criterion.nature)),
                (labels.factsLabel, facts),
                (labels.ruleLabel, criterion.reason.text(language)),
                (labels.pointsLabel, "\(criterion.rawPoints) → \(criterion.points) / \(criterion.maximum)"),
            ]
            lines += criterion.flags.map { (labels.flagLabel, flag($0, criteria)) }
            lines += (document.tender?.corrections ?? []).filter { $0.vendor == vendor.id && $0.criterion == criterion.id }
                .map { (labels.correctedLabel, TenderText.correction($0, language)) }
            text += aligned(lines, indent: 4)
        }

        if !vendor.groups.isEmpty {
            let groupTitles = Dictionary(rubric.groups.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            text += "\n\(labels.groupsHeading)\n"
            text += aligned(vendor.groups.map { group in
                ((groupTitles[group.id].map(title) ?? "") + labels.parenthesised(group.id), "\(group.points) / \(group.maximum)")
            })
        }
        if let total = vendor.total {
            text += "\n" + labels.totalLabel + colon + "\(total) / \(rubric.totalPoints)\n"
        }

        text += "\n\(labels.flagsTitle)\n"
        text += vendor.flags.isEmpty ? "  \(labels.none)\n" : vendor.flags.map { "  \(flag($0, criteria))\n" }.joined()

        let decisions = (document.tender?.abnormalPrices.filter { $0.vendor == vendor.id }.map { TenderText.abnormalPrice($0, language) } ?? [])
            + (document.tender?.invalidBids.filter { $0.vendor == vendor.id }.map { TenderText.invalidBid($0, language) } ?? [])
        if !decisions.isEmpty {
            text += "\n\(labels.decisionsTitle)\n" + decisions.map { "  \($0)\n" }.joined()
        }

        text += "\n\(labels.rankHeading)\n  \(standing(vendor, document))\n"
        if let note = vendor.rankNote { text += "  \(note.text(language))\n" }
        if let place = document.recommended.firstIndex(of: vendor.id) {
            text += "  \(labels.recommendedPlace(place + 1, of: document.recommended.count))\n"
        }
        // Names, reasons and facts reach a terminal: no control character is passed on raw.
        return text.visibleControls(keepingLineBreaks: true)
    }

    /// "rank 2 of 4 qualified bids", "rank =3 …", or why there is no rank.
    func standing(_ vendor: Document.Vendor, _ document: Document) -> String {
        let labels = TextLabels(language)
        if let rank = vendor.rank {
            return labels.standing(rank: "\(rank)", tiedWith: vendor.tiedWith, qualified: document.outcome.qualified)
        }
        return vendor.qualified ? labels.notRanked : labels.disqualified
    }

    func notScoredReason(_ vendor: Document.Vendor, _ document: Document) -> String {
        let labels = TextLabels(language)
        if !vendor.qualified {
            let titles = Dictionary(document.rubric.gates.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            return labels.failedGates(vendor.gates.filter { !$0.passed }.map { gate in titles[gate.id].map(title) ?? gate.id }
                .joined(separator: labels.listSeparator))
        }
        if document.outcome.status != "ranked" {
            return labels.noRanking(qualified: document.outcome.qualified, minimum: document.outcome.minimum)
        }
        return labels.noCriteria
    }

    private func title(_ text: Document.Text) -> String {
        LocalizedText(zh: text.zh, en: text.en).text(preferring: language)
    }

    /// The flag in the explanation's language, naming its criterion by title.
    func flag(_ flag: Document.Flag, _ criteria: [String: Document.CriterionOutline]) -> String {
        let criterion = flag.criterion.map { id in criteria[id].map { title($0.title) } ?? id }
        return ReportText.flag(kind: flag.kind, criterion: criterion, message: flag.message.text(language), language)
    }

    /// Label and value pairs with the values lined up.
    func aligned(_ pairs: [(String, String)], indent: Int = 2) -> String {
        let colon = language == .zh ? "：" : ":"
        let width = pairs.map { DisplayWidth.of($0.0 + colon) }.max() ?? 0
        let margin = String(repeating: " ", count: indent)
        return pairs.map { margin + DisplayWidth.pad($0.0 + colon, to: width) + "  " + $0.1 + "\n" }.joined()
    }
}
