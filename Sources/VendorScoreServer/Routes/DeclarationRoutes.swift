import Hummingbird
import VendorScoreWorkspace

/// The conflict declaration (``TenderAction/declareConflicts``), as a page and as API.
struct DeclarationRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/declaration", .tender(.declareConflicts)) { granted in
            try await page(granted)
        }
        routes.add(.post, "/tenders/:tender/declaration", .tender(.declareConflicts)) { granted in
            let tender = try granted.loadedTender()
            let form = granted.form ?? FormBody(urlEncoded: "")
            let vendors = form.all("vendors"), reason = form["reason"] ?? ""
            let declaration: ConflictDeclaration = form["choice"] == "step-aside" ? .steppedAside(vendors: vendors, reason: reason) : .none
            do {
                try await declare(granted, tender, declaration)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, chosen: Set(vendors), reason: reason, problems: problems, status: .unprocessableContent)
            }
        }
        routes.add(.post, "/api/v1/tenders/:tender/declaration", .tender(.declareConflicts)) { granted in
            let tender = try granted.loadedTender()
            let body = try await APIBody.decode(DeclarationRequest.self, granted)
            let declaration: ConflictDeclaration = body.stepAside ? .steppedAside(vendors: body.vendors ?? [], reason: body.reason ?? "") : .none
            try await declare(granted, tender, declaration)
            return Response(status: .noContent)
        }
    }

    private func declare(_ granted: Granted, _ tender: LoadedTender, _ declaration: ConflictDeclaration) async throws {
        let bids = try await tenders.inputs(tender).bids
        try await tenders.declare(tender, declaration, by: try granted.user.id, bidders: Set(bids.map(\.id)),
            language: granted.labels.language)
    }

    private func page(_ granted: Granted, chosen: Set<String> = [], reason: String = "", problems: [FieldProblem] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let tender = try granted.loadedTender()
        let bids = try await tenders.inputs(tender).bids
        let page = DeclarationPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender,
                                   bidders: bids.map { ($0.id, $0.name) }, chosen: chosen, reason: reason, problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}

struct DeclarationRequest: Decodable, Sendable {
    /// `false`: no relationship with any bidder; `true`: stepping aside from `vendors` for `reason`.
    var stepAside: Bool
    var vendors: [String]?
    var reason: String?
}
