import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// The officer names the committee: one row per seat with its member id, the account that
/// sits there, the seat's role and who leads. Empty rows are ignored, so seats can be added.
struct CommitteePage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    /// The accounts that may sit (experts), offered in each row.
    let candidates: [User]
    var rows: [Row]
    var problems: [FieldProblem] = []

    struct Row {
        var memberID = ""
        var user = ""
        var role = CommitteeRole.expert
        var leader = false
    }

    /// Committees are five or more members (财政部令第87号 第47条); spare rows for a new one.
    static let emptyRows = 7

    var page: Page {
        let shown = rows + Array(repeating: Row(), count: Self.emptyRows)
        return Page(
            title: labels.committee,
            FormParts.general(problems, fields: []),
            .form(
                .method(.post), Markup.attribute("action", "/tenders/\(tenderID.rawValue)/committee"),
                CSRFField(token: csrfToken).node,
                .table(
                    .thead(.tr(.th(Markup.text(labels.member)), .th(Markup.text(labels.displayName)),
                               .th(Markup.text(labels.roles)), .th(Markup.text(labels.leader)))),
                    .tbody(.group(shown.enumerated().map { index, row in self.row(index, row) }))
                ),
                .button(.type(.submit), Markup.text(labels.save))
            ),
            .p(.a(Markup.attribute("href", "/tenders/\(tenderID.rawValue)"), Markup.text(labels.back)))
        )
    }

    private func row(_ index: Int, _ row: Row) -> Node<HTML.TableContext> {
        .tr(
            .td(Controls.input(["type": "text", "name": "member", "value": row.memberID,
                                "aria-label": "\(labels.member) \(index + 1)"])),
            .td(Controls.select(["name": "user", "aria-label": "\(labels.displayName) \(index + 1)"],
                                options: [("", "—", row.user.isEmpty)] + candidates.map { user in
                                    (user.id.rawValue, "\(user.displayName)（\(user.username)）", user.id.rawValue == row.user)
                                })),
            .td(Controls.select(["name": "role", "aria-label": "\(labels.roles) \(index + 1)"],
                                options: CommitteeRole.allCases.map { ($0.rawValue, labels.seat($0), $0 == row.role) })),
            .td(Controls.input(["type": "radio", "name": "leader", "value": String(index), "checked": Controls.flag(row.leader),
                                "aria-label": "\(labels.leader) \(index + 1)"]))
        )
    }
}
