import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// The administrator's page: every account with its roles and state, the buttons to disable,
/// enable and reset each, and the form for a new one. A freshly made password is shown here once.
struct UsersPage {
    let labels: PageLabels
    let csrfToken: String
    let users: [User]
    var form = NewUserForm()
    var problems: [FieldProblem] = []
    /// The user name and one-time password just created or reset, shown once.
    var issued: (username: String, password: String)?

    struct NewUserForm {
        var username = ""
        var displayName = ""
        var roles: Set<GlobalRole> = []
    }

    var page: Page {
        Page(
            title: labels.users,
            .if(issued != nil, .div(.class("notice"),
                                    .p(Markup.text(labels.oneTimePasswordFor(issued?.username ?? ""))),
                                    .p(.element(named: "code", nodes: [Markup.text(issued?.password ?? "")])))),
            .table(
                .thead(.tr(.th(Markup.text(labels.username)), .th(Markup.text(labels.displayName)),
                           .th(Markup.text(labels.roles)), .th(Markup.text(labels.status)), .th())),
                .tbody(.group(users.map(row)))
            ),
            .h2(Markup.text(labels.createUser)),
            FormParts.general(problems, fields: ["username", "displayName", "roles"]),
            .form(
                .method(.post), .action("/admin/users"), .class("stacked"),
                CSRFField(token: csrfToken).node,
                FormParts.field(labels.username, name: "username", value: form.username, problems: problems),
                FormParts.field(labels.displayName, name: "displayName", value: form.displayName, problems: problems),
                .fieldset(
                    .element(named: "legend", nodes: [Markup.text(labels.roles)]),
                    .group(GlobalRole.allCases.map { role in
                        .label(Controls.input(["type": "checkbox", "name": "roles", "value": role.rawValue,
                                               "checked": Controls.flag(form.roles.contains(role))]),
                               Markup.text(" " + labels.role(role) + " "))
                    }),
                    FormParts.messages(problems.filter { $0.field == "roles" })
                ),
                .button(.type(.submit), Markup.text(labels.createUser))
            )
        )
    }

    private func row(_ user: User) -> Node<HTML.TableContext> {
        .tr(
            .td(Markup.text(user.username)),
            .td(Markup.text(user.displayName)),
            .td(Markup.text(user.sortedRoles.map(labels.role).joined(separator: "、"))),
            .td(Markup.text(user.disabled ? labels.disabled : labels.active)),
            .td(
                action("/admin/users/\(user.id.rawValue)/\(user.disabled ? "enable" : "disable")",
                       user.disabled ? labels.enable : labels.disable),
                action("/admin/users/\(user.id.rawValue)/reset-password", labels.resetPassword)
            )
        )
    }

    private func action(_ path: String, _ title: String) -> Node<HTML.BodyContext> {
        .form(.method(.post), Markup.attribute("action", path), .class("inline"),
              CSRFField(token: csrfToken).node,
              .button(.type(.submit), Markup.text(title)))
    }
}
