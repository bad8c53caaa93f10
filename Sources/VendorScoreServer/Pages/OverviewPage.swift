import Plot
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// A tender's overview: where it stands, who sits on the committee and how far each has got,
/// and what the viewer can do next. Progress says who has declared, submitted and signed,
/// never what anyone marked.
struct OverviewPage {
    let labels: PageLabels
    let csrfToken: String
    let tender: LoadedTender
    /// What the viewer may do now, as the policy allows it, most pressing first.
    let steps: [NextStep]
    /// Why the tender is waiting when the viewer has nothing to do (the policy's words).
    let waiting: String?
    /// The tender's revisions, shown once a re-evaluation has opened a second.
    var history: [RevisionHistoryEntry] = []
    /// Right after creation: the committee marks the uploaded bids carried, which are not used.
    var ignoredMarks: Int?
    static let ignoredMarksParameter = "ignored-marks"

    /// One thing the viewer may do: a page to open or a button that posts.
    struct NextStep {
        var title: String
        var href: String
        var posts: Bool
    }

    var page: Page {
        let state = tender.state
        return Page(
            title: "\(tender.ref.tender.rawValue) \(tender.revision.title)",
            .unwrap(ignoredMarks.flatMap { $0 > 0 ? $0 : nil }) { .p(.class("notice"), Markup.text(labels.ignoredMarks($0))) },
            .element(named: "dl", nodes: [
                .element(named: "dt", nodes: [Markup.text(labels.stage)]),
                .element(named: "dd", nodes: [Markup.text(labels.stage(tender.revision.stage))]),
                .element(named: "dt", nodes: [Markup.text(labels.revision)]),
                .element(named: "dd", nodes: [Markup.text(String(tender.ref.number))]),
            ]),
            .section(
                .h2(Markup.text(labels.nextStep)),
                .if(steps.isEmpty, .p(.class("muted"), Markup.text(waiting ?? labels.nothingToDo))),
                .group(steps.map(step))
            ),
            .section(
                .h2(Markup.text(labels.committee)),
                .table(
                    .thead(.tr(.th(Markup.text(labels.member)), .th(Markup.text(labels.displayName)),
                               .th(Markup.text(labels.declared)), .th(Markup.text(labels.submitted)), .th(Markup.text(labels.signed)))),
                    .tbody(.group(state.committee.members.map { member in
                        .tr(.td(Markup.text(member.memberID + (member.isLeader ? "（\(labels.leader)）" : ""))),
                            .td(Markup.text(member.name)),
                            .td(Markup.text(declaration(state.declarations[member.user]))),
                            .td(Markup.text(state.submitted.contains(member.user) ? labels.yes : labels.no)),
                            .td(Markup.text(state.signed.contains(member.user) ? labels.yes : labels.no)))
                    }))
                )
            ),
            .if(history.count > 1, RevisionHistoryList(labels: labels, history: history, showing: nil).node)
        )
    }

    private func declaration(_ declaration: ConflictDeclaration?) -> String {
        switch declaration {
        case nil: return labels.no
        case .none?: return labels.yes
        case .steppedAside?: return labels.steppedAside
        }
    }

    private func step(_ step: NextStep) -> Node<HTML.BodyContext> {
        if step.posts {
            return .form(.method(.post), Markup.attribute("action", step.href), .class("next"),
                         CSRFField(token: csrfToken).node,
                         .button(.type(.submit), Markup.text(step.title)))
        }
        return .p(.a(.class("next"), Markup.attribute("href", step.href), Markup.text(step.title)))
    }
}
