import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// Signing (签字): confirm the result, or dissent with reasons.
struct SigningPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    var reasons = ""
    var problems: [FieldProblem] = []

    var page: Page {
        let action = "/tenders/\(tenderID.rawValue)/signature"
        return Page(
            title: labels.signing,
            .p(Markup.text(labels.signingIntro)),
            .p(.a(Markup.attribute("href", "/tenders/\(tenderID.rawValue)/review"), Markup.text(labels.review))),
            .form(.method(.post), Markup.attribute("action", action), .class("stacked"),
                  CSRFField(token: csrfToken).node,
                  Controls.hidden("verdict", "confirm"),
                  .button(.type(.submit), Markup.text(labels.confirm))),
            .form(.method(.post), Markup.attribute("action", action), .class("stacked"),
                  CSRFField(token: csrfToken).node,
                  Controls.hidden("verdict", "dissent"),
                  FormParts.textArea(labels.dissentReasons, name: "reasons", value: reasons, problems: problems),
                  .button(.type(.submit), Markup.text(labels.dissent)))
        )
    }
}
