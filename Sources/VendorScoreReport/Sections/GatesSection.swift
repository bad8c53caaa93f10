import VendorScoreCore

/// Every vendor against every gate, pass or fail with the reason: qualification review
/// (资格性审查) and compliance review (符合性审查) as separate tables headed by the gates' titles,
/// then every invalid bid with its reason, the committee's decisions included.
struct GatesSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let gates = context.rubric.gates
        guard !gates.isEmpty else {
            return ReportSection(id: "gates", title: labels.gatesTitle, blocks: [.paragraph(labels.noGates)])
        }
        var blocks: [Block] = []
        // Qualification (the purchaser's) and compliance (the committee's) are separate reviews,
        // each with its own table; a column is headed by the gate's title.
        for stage in Gate.Stage.allCases {
            let stageGates = gates.filter { $0.stage == stage }
            guard !stageGates.isEmpty else { continue }
            blocks.append(.heading(stage == .qualification ? labels.qualificationTitle : labels.complianceTitle))
            blocks.append(.list(stageGates.map { "\(context.text($0.title)): \(labels.condition($0))" }))
            let rows = context.evaluation.vendors.map { vendor -> ReportTable.Row in
                var cells: [ReportTable.Cell] = [.init(vendor.name, note: vendor.id)]
                cells += stageGates.map { gate in
                    guard let result = vendor.gates.first(where: { $0.gateID == gate.id }) else { return "—" }
                    return .init(result.passed ? labels.pass : labels.fail, mark: result.passed ? .pass : .fail, note: context.words(result.reason))
                }
                let passed = vendor.gates.filter { $0.stage == stage }.allSatisfy(\.passed)
                cells.append(passed ? .init(labels.pass, mark: .pass) : .init(labels.fail, mark: .fail))
                return ReportTable.Row(cells, kind: passed ? .normal : .excluded)
            }
            blocks.append(.table(ReportTable(id: "gates-\(stage.rawValue)", caption: nil,
                                             columns: [.names(labels.vendor)] + stageGates.map { .init(context.text($0.title)) }
                                                 + [.init(labels.conclusion)],
                                             rows: rows, compact: true)))
        }
        let invalid = context.evaluation.vendors.flatMap { vendor in
            vendor.failedGates.map { "\(vendor.name) (\(vendor.id)): \(context.text($0.title)), \(labels.stage($0.stage)): \(context.words($0.reason))" }
        }
        blocks.append(.heading(labels.invalidBidsTitle))
        blocks.append(invalid.isEmpty ? .paragraph(labels.none) : .list(invalid))
        return ReportSection(id: "gates", title: labels.gatesTitle, blocks: blocks)
    }
}
