import Hummingbird
import VendorScoreWorkspace

/// The project, opening record and number of candidates (``TenderAction/editSetup``), as a page
/// and as API.
struct SetupRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/setup", .tender(.editSetup)) { granted in
            try await page(granted, setup: try granted.loadedTender().revision.setup)
        }
        routes.add(.post, "/tenders/:tender/setup", .tender(.editSetup)) { granted in
            let tender = try granted.loadedTender()
            let form = granted.form ?? FormBody(urlEncoded: "")
            let bidders = try await tenders.inputs(tender).bids.map(\.id)
            var setup = TenderSetup()
            setup.project = Project(
                nameZh: form["nameZh"] ?? "", nameEn: form["nameEn"] ?? "", number: form["number"] ?? "",
                purchaser: form["purchaser"] ?? "", agency: form["agency"] ?? "", budget: trimmed(form["budget"]),
                method: form["method"] ?? "", noticeMedia: form["noticeMedia"] ?? "", noticeDate: form["noticeDate"] ?? "",
                openingTime: form["openingTime"] ?? "", openingPlace: form["openingPlace"] ?? "")
            setup.recommendedCandidates = Int(trimmed(form["recommended"])) ?? 0
            setup.openingRecord = bidders.compactMap { vendor in
                let price = trimmed(form["price:\(vendor)"])
                guard !price.isEmpty else { return nil }
                let declarations = (form["declarations:\(vendor)"] ?? "").split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return OpeningEntry(vendor: vendor, quotedPrice: price, declarations: declarations)
            }
            do {
                _ = try await tenders.updateSetup(tender, setup, bidders: Set(bidders), by: try granted.user.id, labels: granted.labels)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, setup: setup, problems: problems, status: .unprocessableContent)
            }
        }
        routes.add(.put, "/api/v1/tenders/:tender/setup", .tender(.editSetup)) { granted in
            let tender = try granted.loadedTender()
            let setup = try await APIBody.decode(TenderSetup.self, granted)
            let bidders = try await tenders.inputs(tender).bids.map(\.id)
            _ = try await tenders.updateSetup(tender, setup, bidders: Set(bidders), by: try granted.user.id, labels: granted.labels)
            return Response(status: .noContent)
        }
    }

    private func trimmed(_ text: String?) -> String {
        (text ?? "").trimmingCharacters(in: .whitespaces)
    }

    private func page(_ granted: Granted, setup: TenderSetup, problems: [FieldProblem] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let tender = try granted.loadedTender()
        let page = SetupPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender,
                             bidders: try await tenders.inputs(tender).bids.map(\.id), setup: setup, problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}
