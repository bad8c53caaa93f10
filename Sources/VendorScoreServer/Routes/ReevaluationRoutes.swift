import Hummingbird
import VendorScoreStore
import VendorScoreWorkspace

/// Re-evaluation (``TenderAction/openRevision``, 第64条 after signing): the officer opens the next
/// revision of a closed tender with a reason; it returns to review with the submitted marks.
/// The revision list shows every revision with the reason that opened it.
struct ReevaluationRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/reevaluation", .tender(.openRevision)) { granted in
            let page = ReevaluationPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tender: try granted.loadedTender())
            return PageResponse.html(page.page, granted)
        }
        routes.add(.post, "/tenders/:tender/revisions", .tender(.openRevision)) { granted in
            let tender = try granted.loadedTender()
            let reason = granted.form?["reason"] ?? ""
            do {
                _ = try await tenders.reevaluate(tender, reason: reason, by: try granted.user.id, labels: granted.labels)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            } catch WorkspaceFailure.invalid(let problems) {
                let page = ReevaluationPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tender: tender,
                                            reason: reason, problems: problems)
                return PageResponse.html(page.page, granted, status: .unprocessableContent)
            }
        }
        routes.add(.post, "/api/v1/tenders/:tender/revisions", .tender(.openRevision)) { granted in
            let body = try await APIBody.decode(ReevaluationRequest.self, granted)
            let tender = try granted.loadedTender()
            _ = try await tenders.reevaluate(tender, reason: body.reason, by: try granted.user.id, labels: granted.labels)
            guard let opened = try await tenders.load(tender.ref.tender) else { throw WorkspaceFailure.notFound }
            return try APIBody.response(TenderDetail(opened, granted: granted), status: .created)
        }
        routes.add(.get, "/api/v1/tenders/:tender/revisions", .tender(.readOverview)) { granted in
            let history = try await tenders.store.revisionHistory(of: try granted.loadedTender().ref.tender)
            return try APIBody.response(RevisionList(revisions: history.map(RevisionList.Revision.init)))
        }
    }
}

struct ReevaluationRequest: Decodable, Sendable {
    /// Why the committee re-evaluates (which of 第64条's cases was found after signing).
    var reason: String
}

/// A tender's revisions, oldest first, each with the re-evaluation that opened it.
struct RevisionList: Encodable, Sendable {
    struct Revision: Encodable, Sendable {
        var revision: Int
        var stage: String
        var current: Bool
        var reason: String?
        var openedBy: String?
        var openedAt: String?

        init(_ entry: RevisionHistoryEntry) {
            self.revision = entry.revision.ref.number
            self.stage = entry.revision.stage.rawValue
            self.current = entry.revision.isCurrent
            self.reason = entry.opening?.reason
            self.openedBy = entry.openedBy?.rawValue
            self.openedAt = entry.openedAt?.iso8601
        }
    }

    var revisions: [Revision]
}
