import Plot
import VendorScoreReport

/// The sign-in form. It carries its own CSRF token (there is no session yet), matched against
/// a cookie set with the form.
struct SignInPage {
    let labels: PageLabels
    var username = ""
    var back = "/"
    var problems: [FieldProblem] = []
    let formToken: String

    var page: Page {
        Page(
            title: labels.signIn,
            FormParts.general(problems, fields: ["username", "password"]),
            .form(
                .method(.post), .action("/sign-in"), .class("stacked"),
                Controls.hidden(CSRFField.name, formToken),
                Controls.hidden("back", back),
                FormParts.field(labels.username, name: "username", value: username, problems: problems),
                FormParts.field(labels.password, name: "password", type: .password, problems: problems),
                .button(.type(.submit), Markup.text(labels.signIn))
            )
        )
    }
}
