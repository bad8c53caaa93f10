import Hummingbird

/// The start page, the stylesheet and the language switch.
struct SiteRoutes {
    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/", .anyone) { granted in
            PageResponse.redirect(to: granted.signedIn == nil ? "/sign-in" : "/tenders")
        }
        routes.add(.get, WorkspaceStyle.path, .anyone) { _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: WorkspaceStyle.css)))
        }
        routes.add(.get, LanguageChoice.path, .anyone) { granted in
            let query = granted.request.uri.queryParameters
            let code = query.get("to") == "en" ? "en" : "zh"
            var response = PageResponse.redirect(to: LanguageChoice.safeReturnPath(query.get("back")))
            response.setCookie(Cookie(name: LanguageChoice.cookieName, value: code, maxAge: 365 * 24 * 3600, path: "/",
                                      secure: false, httpOnly: true, sameSite: .lax))
            return response
        }
    }
}
