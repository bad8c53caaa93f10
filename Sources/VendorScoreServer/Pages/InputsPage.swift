import Plot
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// The officer's form, in the draft, for replacing the rubric, the bids or both: the current
/// files by name, and an upload for each, either one optional. Each file's problems stand under
/// its input.
struct InputsPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    let current: [FileInfo]
    var problems: [FieldProblem] = []

    var page: Page {
        let action = "/tenders/\(tenderID.rawValue)/inputs"
        return Page(
            title: "\(labels.replaceInputs) — \(tenderID.rawValue)",
            .p(.class("muted"), Markup.text(labels.replaceInputsIntro)),
            FormParts.general(problems, fields: ["rubric", "bids"]),
            .form(
                .method(.post), Markup.attribute("action", action), .enctype(.multipartData), .class("stacked"),
                CSRFField(token: csrfToken).node,
                file(.rubric, labels.rubricFile, accept: ".yaml,.yml"),
                file(.bids, labels.bidsFile, accept: ".yaml,.yml,.csv"),
                .button(.type(.submit), Markup.text(labels.replace))
            )
        )
    }

    private func file(_ kind: FileKind, _ label: String, accept: String) -> Node<HTML.FormContext> {
        .group(
            .p(.class("muted"), Markup.text("\(labels.currentFile)：\(current.first { $0.kind == kind }?.name ?? "—")")),
            FormParts.file(label, name: kind.rawValue, accept: accept, problems: problems, required: false)
        )
    }
}
