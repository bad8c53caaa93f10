import VendorScoreCore

/// The report's header: the tender and rubric (id, version, titles in both languages), method,
/// category, date of the evaluation, how many bids qualified, and the seal when there is one.
struct HeaderSection {
    let context: ReportContext

    func section() -> ReportSection {
        let labels = context.labels
        let rubric = context.rubric
        var fields = [
            Field(label: labels.tender, value: rubric.id),
            Field(label: labels.rubric, value: "\(rubric.id) v\(rubric.version)"),
        ]
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
        return ReportSection(id: "header", title: context.text(rubric.title), blocks: [.fields(fields)])
    }
}
