import Hummingbird
import VendorScoreWorkspace

/// Turns a page into an HTML answer inside the layout, with the navigation the viewer's roles
/// allow (asked of the policy, like everything else).
enum PageResponse {
    static func html(_ page: Page, context: WorkspaceContext, path: String, status: HTTPResponse.Status = .ok) -> Response {
        let labels = context.labels
        let viewer = context.identity.map { signedIn -> PageLayout.Viewer in
            var links: [(title: String, href: String)] = []
            if !signedIn.mustChangePassword {
                if Policy.authorize(signedIn.user, .listTenders).isAllowed { links.append((labels.myTenders, "/tenders")) }
                if Policy.authorize(signedIn.user, .administerUsers).isAllowed { links.append((labels.users, "/admin/users")) }
            }
            links.append((labels.changePassword, "/password"))
            return PageLayout.Viewer(displayName: signedIn.user.displayName, csrfToken: signedIn.csrfToken, links: links)
        }
        let text = PageLayout(labels: labels, viewer: viewer, path: path).render(page)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ page: Page, _ granted: Granted, status: HTTPResponse.Status = .ok) -> Response {
        html(page, context: granted.context, path: granted.request.uri.path, status: status)
    }

    /// 303 See Other: after a form POST, the browser loads the next page with GET.
    static func redirect(to location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }
}
