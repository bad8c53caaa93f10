import VendorScoreCore

/// The ranking: rank (ties marked 并列), vendor, bid and evaluation price, each group's subtotal,
/// and the total; then vendors that failed a gate, the benchmark and the ranking notes. When too
/// few bids qualified, says so plainly instead.
struct ResultSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let evaluation = context.evaluation
        var blocks: [Block] = []
        if case .tooFewQualified(let qualified, let minimum) = evaluation.outcome {
            blocks.append(.paragraph(labels.noRanking(qualified: qualified, minimum: minimum)))
        }
        blocks.append(.table(table()))
        if evaluation.vendors.contains(where: \.isTied) {
            blocks.append(.paragraph(labels.tieExplanation))
        }
        if let benchmark = evaluation.benchmark {
            blocks.append(.paragraph(labels.benchmarkSentence(context.amount(benchmark))))
        }
        let notes = context.ranked.compactMap { vendor in vendor.rankNote.map { "\(vendor.name) (\(vendor.id)): \(context.words($0))" } }
        if !notes.isEmpty {
            blocks.append(.heading(labels.rankingNotes))
            blocks.append(.list(notes))
        }
        return ReportSection(id: "result", title: labels.resultTitle, blocks: blocks)
    }

    func table() -> ReportTable {
        let labels = context.labels
        let groups = context.rubric.groups
        var rows: [ReportTable.Row] = []
        for vendor in context.evaluation.vendors {
            let tied = vendor.isTied
            var cells: [ReportTable.Cell] = [
                tied ? .init(context.rank(vendor), note: labels.tied) : .init(context.rank(vendor)),
                .init(vendor.name, note: vendor.id),
                .init(context.amount(vendor.price)),
                .init(vendor.qualified ? context.amount(vendor.evaluationPrice) : "—",
                      note: vendor.adjustments.isEmpty || !vendor.qualified ? nil
                          : vendor.adjustments.map { labels.deductionShort($0) }.joined(separator: "; ")),
            ]
            cells += groups.map { group in
                context.subtotal(vendor, group).map { .init(context.points($0.points)) } ?? "—"
            }
            if let total = vendor.total {
                cells.append(.init(context.points(total)))
            } else if !vendor.qualified {
                cells.append(.init(labels.disqualified, mark: .fail, note: vendor.failedGates.map { context.text($0.title) }
                                        .joined(separator: context.language == .zh ? "、" : ", ")))
            } else {
                cells.append(.init(labels.notScored))
            }
            rows.append(ReportTable.Row(cells, kind: !vendor.qualified ? .excluded : tied ? .tied : .normal))
        }
        let maxima: [ReportTable.Cell] = [.init(""), .init(labels.maximum), .init(""), .init("")]
            + groups.map { .init(context.points($0.maximum)) } + [.init(context.points(context.rubric.totalPoints))]
        rows.append(ReportTable.Row(maxima, kind: .summary))
        return ReportTable(
            id: "ranking",
            caption: nil,
            columns: [.init(labels.rank, numeric: true), .names(labels.vendor), .init(labels.bidPrice, numeric: true),
                      .init(labels.evaluationPrice, numeric: true)]
                + groups.map { .init(context.text($0.title), numeric: true) }
                + [.init(labels.total, numeric: true)],
            rows: rows
        )
    }
}
