import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// Re-evaluation (重新评审, 第64条 after signing): the officer gives the reason and opens the next
/// revision; the closed one stays as it is.
struct ReevaluationPage {
    let labels: PageLabels
    let csrfToken: String
    let tender: LoadedTender
    var reason = ""
    var problems: [FieldProblem] = []

    var page: Page {
        let base = "/tenders/\(tender.ref.tender.rawValue)"
        return Page(
            title: "\(labels.reevaluation) — \(tender.ref.tender.rawValue) \(tender.revision.title)",
            .p(Markup.text(labels.reevaluationIntro(closed: tender.ref.number))),
            FormParts.general(problems, fields: ["reason"]),
            .form(.method(.post), Markup.attribute("action", "\(base)/revisions"), .class("stacked"),
                  CSRFField(token: csrfToken).node,
                  FormParts.textArea(labels.reevaluationReason, name: "reason", value: reason, problems: problems),
                  .button(.type(.submit), Markup.text(labels.openRevision)))
        )
    }
}
