import Plot
import VendorScoreReport

/// One page's content: its title and the body's main part. The layout adds the frame.
struct Page {
    typealias Body = Node<HTML.BodyContext>

    var title: String
    var body: [Body]

    init(title: String, _ body: Body...) {
        self.title = title
        self.body = body
    }

    init(title: String, body: [Body]) {
        self.title = title
        self.body = body
    }
}

/// The frame around every page: the product name, the signed-in user with the sign-out form,
/// the navigation their roles allow and the 中文/English switch. No scripts: every action is a
/// link or a form.
struct PageLayout {
    let labels: PageLabels
    /// The signed-in user's name and CSRF token, or `nil` on the sign-in page.
    let viewer: Viewer?
    /// The path of the page itself, for the language switch to come back to.
    let path: String

    struct Viewer {
        var displayName: String
        var csrfToken: String
        var links: [(title: String, href: String)]
    }

    func render(_ page: Page) -> String {
        let html = HTML(
            Markup.attribute("lang", labels.htmlLanguage),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Markup.text("\(page.title) — \(labels.product)")]),
                .link(.rel(.stylesheet), .href(WorkspaceStyle.path))
            ),
            .body(
                .a(.class("skip"), .href("#main"), Markup.text(labels.skipToContent)),
                header,
                .main(.id("main"), .h1(Markup.text(page.title)), .group(page.body))
            )
        )
        return html.render() + "\n"
    }

    private var header: Page.Body {
        .header(
            .class("top"),
            .a(.class("product"), .href("/"), Markup.text(labels.product)),
            .nav(.group((viewer?.links ?? []).map { link in .a(Markup.attribute("href", link.href), Markup.text(link.title)) })),
            .div(
                .class("account"),
                .a(Markup.attribute("href", LanguageChoice.switchPath(to: labels.otherLanguageCode, back: path)),
                   Markup.attribute("lang", labels.otherLanguageCode), Markup.text(labels.otherLanguage)),
                .if(viewer != nil, .group(
                    .span(Markup.text(labels.signedInAs(viewer?.displayName ?? ""))),
                    .form(.method(.post), .action("/sign-out"), .class("inline"),
                          CSRFField(token: viewer?.csrfToken ?? "").node,
                          .button(.type(.submit), Markup.text(labels.signOut)))
                ))
            )
        )
    }
}

/// The hidden field every form carries; the server refuses a POST whose value is missing or wrong.
struct CSRFField {
    static let name = "csrf"
    let token: String

    var node: Node<HTML.FormContext> {
        Controls.hidden(Self.name, token)
    }
}
