import VendorScoreCore

/// What produced the report: the VendorScore version, every scorer the rubric uses with its
/// version and origin, and the SHA-256 of the rubric, bids and tender files.
struct FooterSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        var scorers: [(entry: ScorerRegistry.Entry, criteria: [String])] = []
        for criterion in context.rubric.criteria {
            if let index = scorers.firstIndex(where: { $0.entry.id == criterion.scorerID }) {
                scorers[index].criteria.append(criterion.id)
            } else {
                scorers.append((criterion.scorerEntry, [criterion.id]))
            }
        }
        let scorerTable = ReportTable(
            id: "scorers", caption: labels.scorersCaption,
            columns: [.init(labels.scorer), .init(labels.version), .init(labels.origin), .init(labels.criteria)],
            rows: scorers.sorted { $0.entry.id < $1.entry.id }.map { scorer in
                ReportTable.Row([.init(scorer.entry.id), .init(scorer.entry.version), .init(origin(scorer.entry.origin)),
                                 .init(scorer.criteria.joined(separator: ", "))])
            },
            compact: true)
        let inputs = context.inputs
        let inputTable = ReportTable(
            id: "inputs", caption: labels.inputsCaption,
            columns: [.init(labels.inputFile), .init(labels.path), .init(labels.sha256)],
            rows: [
                ReportTable.Row([.init(labels.rubric), .init(inputs.rubric.path), .init(inputs.rubric.sha256)]),
                ReportTable.Row([.init(labels.bidsFile), .init(inputs.bids.path), .init(inputs.bids.sha256)]),
            ] + (inputs.tender.map { [ReportTable.Row([.init(labels.tenderInputFile), .init($0.path), .init($0.sha256)])] } ?? []),
            compact: true)
        return ReportSection(id: "provenance", title: labels.footerTitle, blocks: [
            .fields([Field(label: labels.vendorScoreVersion, value: context.options.vendorScoreVersion),
                     Field(label: labels.evaluationDate, value: context.options.date.description)]),
            .table(scorerTable),
            .table(inputTable),
        ])
    }

    private func origin(_ origin: ScorerRegistry.Entry.Origin) -> String {
        switch origin {
        case .swift(let module): return module
        case .external(let command, let digest):
            return command.joined(separator: " ") + (digest.map { " (SHA-256 \($0))" } ?? "")
        }
    }
}
