import VendorScoreCore

/// Every vendor against every gate (资格性审查, 符合性审查), pass or fail, with the reason; the
/// gates themselves are listed first, with their stage and title.
struct GatesSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let gates = context.rubric.gates
        guard !gates.isEmpty else {
            return ReportSection(id: "gates", title: labels.gatesTitle, blocks: [.paragraph(labels.noGates)])
        }
        let list = gates.map { gate in
            "\(gate.id): \(context.text(gate.title)) (\(labels.stage(gate.stage)); \(labels.condition(gate)))"
        }
        var rows: [ReportTable.Row] = []
        for vendor in context.evaluation.vendors {
            var cells: [ReportTable.Cell] = [.init(vendor.name, note: vendor.id)]
            cells += gates.map { gate in
                guard let result = vendor.gates.first(where: { $0.gateID == gate.id }) else { return "—" }
                return .init(result.passed ? labels.pass : labels.fail, mark: result.passed ? .pass : .fail, note: result.reason)
            }
            cells.append(vendor.qualified ? .init(labels.qualified, mark: .pass) : .init(labels.disqualified, mark: .fail))
            rows.append(ReportTable.Row(cells, kind: vendor.qualified ? .normal : .excluded))
        }
        let table = ReportTable(id: "gates-table", caption: nil,
                                columns: [.init(labels.vendor)] + gates.map { .init($0.id) } + [.init(labels.conclusion)],
                                rows: rows, compact: true)
        return ReportSection(id: "gates", title: labels.gatesTitle, blocks: [.list(list), .table(table)])
    }
}
