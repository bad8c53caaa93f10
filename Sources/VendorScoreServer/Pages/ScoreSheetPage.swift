import Plot
import VendorScoreCore
import VendorScoreReport
import VendorScoreWorkspace

/// A member's score sheet: per subjective criterion its points range and guidance, one input
/// per bid, and each bid's facts below. Editable while the member may save drafts; otherwise
/// shown as submitted.
struct ScoreSheetPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    let template: ScoreSheetTemplate
    let bids: [Bid]
    /// What each cell shows: the stored mark, or what was typed when saving failed.
    let values: [MarkKey: String]
    let editable: Bool
    var problems: [FieldProblem] = []

    var page: Page {
        let names = Dictionary(bids.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let base = "/tenders/\(tenderID.rawValue)"
        return Page(
            title: labels.scoreSheet,
            .p(.class("notice"), Markup.text(editable ? labels.scoreSheetIntro : labels.sheetSubmitted)),
            FormParts.general(problems, fields: Set(template.keys.map(MarkField.name))),
            .form(
                .method(.post), Markup.attribute("action", "\(base)/sheet"),
                CSRFField(token: csrfToken).node,
                .group(template.criteria.map { criterion in section(criterion, names: names) }),
                .if(editable, .group(
                    Controls.button(labels.saveDraft),
                    .text(" "),
                    Controls.button(labels.submitSheet, ["formaction": "\(base)/sheet/submit"])
                ))
            ),
            .h2(Markup.text(labels.facts)),
            .group(bids.filter { template.vendors.contains($0.id) }.map(facts))
        )
    }

    private func section(_ criterion: SheetCriterion, names: [String: String]) -> Node<HTML.FormContext> {
        .fieldset(
            .element(named: "legend", nodes: [Markup.text("\(criterion.title)（\(criterion.id)）")]),
            .p(Markup.text("\(labels.range): 0–\(criterion.maximum)")),
            .if(criterion.guidance != nil, .p(.class("muted"), Markup.text("\(labels.guidance): \(criterion.guidance ?? "")"))),
            .table(.tbody(.group(template.vendors.map { vendor in
                let key = MarkKey(vendor: vendor, criterion: criterion.id)
                let name = MarkField.name(key)
                let mine = problems.filter { $0.field == name }
                return .tr(
                    .td(.label(.for(name), Markup.text("\(names[vendor] ?? vendor)（\(vendor)）"))),
                    .td(Controls.input(["type": "text", "name": name, "id": name, "inputmode": "decimal", "value": values[key] ?? "",
                                        "readonly": Controls.flag(!editable), "aria-invalid": mine.isEmpty ? nil : "true"]),
                        FormParts.messages(mine))
                )
            })))
        )
    }

    private func facts(_ bid: Bid) -> Node<HTML.BodyContext> {
        .element(named: "details", nodes: [
            .element(named: "summary", nodes: [Markup.text("\(bid.name)（\(bid.id)）")]),
            .table(
                .thead(.tr(.th(Markup.text(labels.fact)), .th(Markup.text(labels.value)))),
                .tbody(.group(bid.facts.sortedNames.map { name in
                    .tr(.td(Markup.text(name)), .td(Markup.text(bid.facts.value(name)?.description ?? "")))
                }))
            ),
        ])
    }
}
