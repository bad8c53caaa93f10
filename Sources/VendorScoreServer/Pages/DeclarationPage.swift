import Plot
import VendorScoreCore
import VendorScoreReport
import VendorScoreWorkspace

/// The conflict-of-interest declaration (回避声明), made against the bidder list before any bid
/// is shown: no relationship with any bidder, or stepping aside with the bidders and the reason.
struct DeclarationPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    /// Bidder ids and names, in the bids file's order.
    let bidders: [(id: String, name: String)]
    var chosen: Set<String> = []
    var reason = ""
    var problems: [FieldProblem] = []

    var page: Page {
        Page(
            title: labels.declaration,
            .p(Markup.text(labels.declarationIntro)),
            FormParts.general(problems, fields: ["vendors", "reason"]),
            .form(
                .method(.post), Markup.attribute("action", "/tenders/\(tenderID.rawValue)/declaration"), .class("stacked"),
                CSRFField(token: csrfToken).node,
                .fieldset(
                    .element(named: "legend", nodes: [Markup.text(labels.bids)]),
                    .group(bidders.map { bidder in
                        .label(Controls.input(["type": "checkbox", "name": "vendors", "value": bidder.id,
                                               "checked": Controls.flag(chosen.contains(bidder.id))]),
                               Markup.text(" \(bidder.name)（\(bidder.id)）"))
                    }),
                    FormParts.messages(problems.filter { $0.field == "vendors" })
                ),
                FormParts.textArea(labels.conflictReason, name: "reason", value: reason, problems: problems),
                Controls.button(labels.noConflict, ["name": "choice", "value": "none"]),
                .text(" "),
                Controls.button(labels.stepAside, ["name": "choice", "value": "step-aside"])
            )
        )
    }
}
