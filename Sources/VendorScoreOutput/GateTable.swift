import VendorScoreCore

/// The pass/fail grid of every vendor against every gate, used when there is no ranking to show
/// and by the Markdown report.
struct GateTable {
    let columns: [String]
    let rows: [[String]]

    init(_ evaluation: Evaluation, language: Language = .en) {
        let labels = TextLabels(language)
        let gates = evaluation.rubric.gates.map(\.id)
        columns = [labels.vendor, labels.name, labels.price] + evaluation.rubric.gates.map { $0.title.text(preferring: language) }
            + [labels.result]
        rows = evaluation.vendors.map { vendor in
            let cells = gates.map { id in
                vendor.gates.first { $0.gateID == id }.map { $0.passed ? labels.pass : labels.fail } ?? "-"
            }
            return [vendor.id, vendor.name, ReportText.amount(vendor.price)] + cells
                + [vendor.qualified ? labels.qualified : labels.disqualified]
        }
    }

    /// Columns holding amounts, which align right.
    var rightAligned: Set<Int> { [2] }
}
