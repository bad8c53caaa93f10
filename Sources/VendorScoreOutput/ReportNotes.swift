import VendorScoreCore

/// The notes printed under a results table: recommended candidates, benchmark, price
/// adjustments, ranking notes, flags, failed gates, the tender file's committee and decisions,
/// and warnings. The table and Markdown renderers lay out the same notes.
struct ReportNotes {
    struct Section {
        var title: String
        var lines: [String]
    }

    let sections: [Section]

    init(_ evaluation: Evaluation, language: Language) {
        let labels = TextLabels(language)
        var sections: [Section] = []
        if evaluation.isRanked {
            let vendors = evaluation.vendors.map { (id: $0.id, name: $0.name, rank: $0.rank,
                                                    total: $0.total.map { ReportText.points($0, evaluation.rubric) }) }
            sections.append(Section(title: labels.recommendedTitle,
                                    lines: TenderText.recommended(evaluation.recommended, vendors: vendors, language)))
        }
        if let benchmark = evaluation.benchmark {
            sections.append(Section(title: labels.benchmarkTitle, lines: [labels.benchmarkLine(ReportText.amount(benchmark))]))
        }
        let adjustments = evaluation.vendors.flatMap { vendor in
            vendor.adjustments.map {
                ReportText.vendorNote(vendor, language) + ReportText.adjustment($0, language) + (language == .zh ? "；" : "; ")
                    + labels.evaluationPriceNote(ReportText.amount(vendor.evaluationPrice))
            }
        }
        if !adjustments.isEmpty { sections.append(Section(title: labels.adjustmentsTitle, lines: adjustments)) }
        let words = PhraseText(language)
        let notes = evaluation.vendors.compactMap { vendor in vendor.rankNote.map { ReportText.vendorNote(vendor, language) + words.render($0) } }
        if !notes.isEmpty { sections.append(Section(title: labels.rankingNotesTitle, lines: notes)) }
        let flags = evaluation.vendors.flatMap { vendor in
            vendor.flags.map { ReportText.vendorNote(vendor, language) + ReportText.flag($0, evaluation.rubric, language) }
        }
        if !flags.isEmpty { sections.append(Section(title: labels.flagsTitle, lines: flags)) }
        let failed = evaluation.vendors.flatMap { vendor in
            vendor.failedGates.map { ReportText.vendorNote(vendor, language) + ReportText.gate($0, language) }
        }
        if !failed.isEmpty { sections.append(Section(title: labels.failedGatesTitle, lines: failed)) }
        let tender = evaluation.tender.map(EvaluationDocument.TenderInfo.init)
        sections += TenderText.sections(tender, language).map { Section(title: $0.title, lines: $0.lines) }
        if !evaluation.warnings.isEmpty {
            sections.append(Section(title: labels.warningsTitle, lines: evaluation.warnings.map(DiagnosticText(language).line)))
        }
        self.sections = sections
    }
}
