import Hummingbird
import VendorScoreWorkspace

/// Replacing the draft's rubric or bids (``TenderAction/uploadInputs``), as a page and as API:
/// an officer who uploaded the wrong file fixes it without giving up the tender's number.
struct InputsRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/inputs", .tender(.uploadInputs)) { granted in
            try await page(granted)
        }
        routes.add(.post, "/tenders/:tender/inputs", .tender(.uploadInputs)) { granted in
            let tender = try granted.loadedTender()
            let form = granted.form ?? FormBody(urlEncoded: "")
            // A file input left empty arrives as a part with no name and no bytes.
            let upload = { (field: String) in
                form.files[field].flatMap { $0.filename.isEmpty && $0.bytes.isEmpty ? nil : Tenders.Upload(name: $0.filename, bytes: $0.bytes) }
            }
            do {
                let replaced = try await tenders.replaceInputs(tender, rubric: upload("rubric"), bids: upload("bids"),
                                                               by: try granted.user.id, labels: granted.labels)
                let overview = "/tenders/\(tender.ref.tender.rawValue)"
                return PageResponse.redirect(to: replaced.ignoredMarks > 0
                    ? overview + "?\(OverviewPage.ignoredMarksParameter)=\(replaced.ignoredMarks)" : overview)
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, problems: problems, status: .unprocessableContent)
            }
        }
        routes.add(.put, "/api/v1/tenders/:tender/inputs", .tender(.uploadInputs)) { granted in
            let tender = try granted.loadedTender()
            let body = try await APIBody.decode(ReplaceInputsRequest.self, granted)
            let replaced = try await tenders.replaceInputs(
                tender, rubric: body.rubric.map { Tenders.Upload(name: $0.name, bytes: Array($0.content.utf8)) },
                bids: body.bids.map { Tenders.Upload(name: $0.name, bytes: Array($0.content.utf8)) },
                by: try granted.user.id, labels: granted.labels)
            guard let reloaded = try await tenders.load(replaced.revision.ref.tender) else { throw WorkspaceFailure.notFound }
            var detail = TenderDetail(reloaded, granted: granted)
            detail.ignoredMarks = replaced.ignoredMarks
            return try APIBody.response(detail)
        }
    }

    private func page(_ granted: Granted, problems: [FieldProblem] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let tender = try granted.loadedTender()
        let page = InputsPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender,
                              current: try await tenders.store.files(tender.ref), problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}

/// The files to replace; either may be left out, not both.
struct ReplaceInputsRequest: Decodable, Sendable {
    var rubric: NewTenderRequest.File?
    var bids: NewTenderRequest.File?
}
