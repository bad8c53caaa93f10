import Plot
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// A tender's revisions, oldest first: each one's stage, why it was opened, and a link to the
/// result of every closed one, so a superseded revision's frozen files stay within reach.
struct RevisionHistoryList {
    let labels: PageLabels
    let history: [RevisionHistoryEntry]
    /// The revision the page shows, which is not linked to itself.
    var showing: Int?

    var node: Node<HTML.BodyContext> {
        .section(
            .h2(Markup.text(labels.revisions)),
            .table(
                .thead(.tr(.th(Markup.text(labels.revision)), .th(Markup.text(labels.stage)), .th(Markup.text(labels.openedWhy)))),
                .tbody(.group(history.map { entry in
                    let revision = entry.revision
                    let title = labels.revisionTitle(revision.ref.number)
                    let linked = revision.stage == .closed && revision.ref.number != showing
                    return .tr(
                        .td(.if(linked, .a(Markup.attribute("href", "\(ResultPage.base(revision))/result"), Markup.text(title)), else: Markup.text(title))),
                        .td(Markup.text(labels.stage(revision.stage) + (revision.isCurrent ? "（\(labels.currentRevision)）" : "（\(labels.superseded)）"))),
                        .td(Markup.text(entry.opening?.reason ?? "—")))
                }))
            )
        )
    }
}
