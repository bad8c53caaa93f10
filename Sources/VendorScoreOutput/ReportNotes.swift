import VendorScoreCore

/// The notes printed under a results table: benchmark, price adjustments, ranking notes, flags,
/// failed gates and warnings. The table and Markdown renderers lay out the same notes.
struct ReportNotes {
    struct Section {
        var title: String
        var lines: [String]
    }

    let sections: [Section]

    init(_ evaluation: Evaluation, language: Language) {
        var sections: [Section] = []
        if let benchmark = evaluation.benchmark {
            sections.append(Section(title: "Benchmark price (评标基准价)",
                                    lines: ["\(ReportText.amount(benchmark)): the lowest evaluation price among qualified bids"]))
        }
        let adjustments = evaluation.vendors.flatMap { vendor in
            vendor.adjustments.map { "\(vendor.id): \(ReportText.adjustment($0)); evaluation price \(ReportText.amount(vendor.evaluationPrice))" }
        }
        if !adjustments.isEmpty { sections.append(Section(title: "Price adjustments", lines: adjustments)) }
        let notes = evaluation.vendors.compactMap { vendor in vendor.rankNote.map { "\(vendor.id): \($0)" } }
        if !notes.isEmpty { sections.append(Section(title: "Ranking notes", lines: notes)) }
        let flags = evaluation.vendors.flatMap { vendor in vendor.flags.map { "\(vendor.id): \(ReportText.flag($0))" } }
        if !flags.isEmpty { sections.append(Section(title: "Flags", lines: flags)) }
        let failed = evaluation.vendors.flatMap { vendor in
            vendor.failedGates.map { "\(ReportText.vendor(vendor)): \(ReportText.gate($0, language))" }
        }
        if !failed.isEmpty { sections.append(Section(title: "Failed gates", lines: failed)) }
        if !evaluation.warnings.isEmpty {
            sections.append(Section(title: "Warnings", lines: evaluation.warnings.map(\.description)))
        }
        self.sections = sections
    }
}
