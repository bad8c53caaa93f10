import Plot
import VendorScoreReport

/// Changing one's own password; the only page open while a one-time password is in use.
struct PasswordPage {
    let labels: PageLabels
    let csrfToken: String
    var mustChange: Bool
    var problems: [FieldProblem] = []
    var done = false

    var page: Page {
        Page(
            title: labels.changePassword,
            .if(mustChange, .p(.class("notice"), Markup.text(labels.mustChangePassword))),
            .if(done, .p(.class("notice"), Markup.text(labels.passwordChanged))),
            FormParts.general(problems, fields: ["current", "new", "repeat"]),
            .form(
                .method(.post), .action("/password"), .class("stacked"),
                CSRFField(token: csrfToken).node,
                FormParts.field(labels.currentPassword, name: "current", type: .password, problems: problems),
                FormParts.field(labels.newPassword, name: "new", type: .password, problems: problems),
                FormParts.field(labels.repeatPassword, name: "repeat", type: .password, problems: problems),
                .button(.type(.submit), Markup.text(labels.save))
            )
        )
    }
}
