import Hummingbird
import VendorScoreWorkspace

/// Signing (``TenderAction/sign``): confirm, or dissent with reasons, once; as a page and as API.
struct SigningRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/signature", .tender(.sign)) { granted in
            let page = SigningPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: try granted.loadedTender().ref.tender)
            return PageResponse.html(page.page, granted)
        }
        routes.add(.post, "/tenders/:tender/signature", .tender(.sign)) { granted in
            let tender = try granted.loadedTender()
            let form = granted.form ?? FormBody(urlEncoded: "")
            let reasons = form["reasons"] ?? ""
            do {
                try await tenders.sign(tender, form["verdict"] == "dissent" ? .dissent(reasons: reasons) : .confirm, by: try granted.user.id,
                    language: granted.labels.language)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            } catch WorkspaceFailure.invalid(let problems) {
                let page = SigningPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender,
                                       reasons: reasons, problems: problems)
                return PageResponse.html(page.page, granted, status: .unprocessableContent)
            }
        }
        routes.add(.post, "/api/v1/tenders/:tender/signature", .tender(.sign)) { granted in
            let body = try await APIBody.decode(SignatureRequest.self, granted)
            let verdict: Signature.Verdict = body.confirm ? .confirm : .dissent(reasons: body.reasons ?? "")
            try await tenders.sign(try granted.loadedTender(), verdict, by: try granted.user.id,
                language: granted.labels.language)
            return Response(status: .noContent)
        }
    }
}

struct SignatureRequest: Decodable, Sendable {
    /// `true` to confirm; `false` to dissent, with `reasons`.
    var confirm: Bool
    var reasons: String?
}
