import VendorScoreCore

/// The report's header: the project from the tender file (name, number, purchaser, agency,
/// budget, procurement method, notice, opening) and, for a re-evaluation, the revision it re-evaluates
/// with the reason, when and by whom it was opened; then the rubric (id, version, titles in both
/// languages), method, category, date of the evaluation, how many bids qualified, and the seal
/// when there is one. Without a tender file it says the project number is missing.
struct HeaderSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let rubric = context.rubric
        var fields: [Field] = []
        if let project = context.evaluation.tender?.project {
            fields += [Field(label: labels.projectName, value: context.text(project.name)),
                       Field(label: labels.projectNumber, value: project.number),
                       Field(label: labels.purchaser, value: project.purchaser)]
            if let agency = project.agency { fields.append(Field(label: labels.agency, value: agency)) }
            if let budget = project.budget { fields.append(Field(label: labels.projectBudget, value: labels.money(context.amount(budget)))) }
            fields.append(Field(label: labels.procurementMethod, value: labels.procedure(project.procurementMethod)))
            if let notice = project.notice {
                fields.append(Field(label: labels.notice, value: labels.noticeLine(media: notice.media.joined(separator: "、"), date: notice.published)))
            }
            if let opening = project.opening {
                fields.append(Field(label: labels.opening, value: labels.openingLine(time: opening.time, place: opening.place)))
            }
        } else {
            fields.append(Field(label: labels.projectNumber, value: labels.projectNumberMissing))
        }
        if let revision = context.evaluation.tender?.revision {
            fields += [Field(label: labels.revision, value: labels.reevaluates(revision.number, supersedes: revision.supersedes)),
                       Field(label: labels.revisionReason, value: revision.reason),
                       Field(label: labels.revisionOpened, value: labels.revisionOpenedLine(at: revision.openedAt, by: revision.openedBy))]
        }
        fields.append(Field(label: labels.rubric, value: "\(rubric.id) v\(rubric.version)"))
        if let zh = rubric.title.zh { fields.append(Field(label: labels.titleChinese, value: zh)) }
        if let en = rubric.title.en { fields.append(Field(label: labels.titleEnglish, value: en)) }
        fields += [
            Field(label: labels.method, value: labels.methodWithBasis(rubric.method)),
            Field(label: labels.category, value: labels.category(rubric.category)),
            Field(label: labels.evaluationDate, value: context.options.date.description),
            Field(label: labels.bids, value: labels.bidCount(total: context.evaluation.vendors.count,
                                                             qualified: context.evaluation.qualified.count)),
        ]
        if let seal = context.options.seal {
            fields.append(Field(label: labels.seal, value: seal))
        }
        // With a tender file the report is headed by the project; without one, by the rubric.
        let title = context.evaluation.tender.map { context.text($0.project.name) } ?? context.text(rubric.title)
        return ReportSection(id: "header", title: title, blocks: [.fields(fields)])
    }
}
