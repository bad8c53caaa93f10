import Hummingbird
import VendorScoreWorkspace

/// Tenders as pages and API: the list, creating one from uploads, the overview and stage changes.
struct TenderRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders", .workspace(.listTenders)) { granted in
            // A hand-edited page number that is not one shows the first page.
            let requested = granted.request.uri.queryParameters.get("page").flatMap { Int($0) } ?? 1
            let page = TendersPage(labels: granted.labels, list: try await tenders.visible(to: try granted.user, page: requested),
                                   mayCreate: granted.may(.createTender))
            return PageResponse.html(page.page, granted)
        }
        routes.add(.get, "/api/v1/tenders", .workspace(.listTenders)) { granted in
            var requested = 1
            if let text = granted.request.uri.queryParameters.get("page") {
                guard let number = Int(text), number >= 1 else {
                    throw WorkspaceFailure.invalid([FieldProblem(field: "page", message: granted.labels.pageNumberRules)])
                }
                requested = number
            }
            return try APIBody.response(TenderList(try await tenders.visible(to: try granted.user, page: requested)))
        }

        routes.add(.get, "/tenders/new", .workspace(.createTender)) { granted in
            PageResponse.html(NewTenderPage(labels: granted.labels, csrfToken: try csrf(granted)).page, granted)
        }
        routes.add(.post, "/tenders", .workspace(.createTender)) { granted in
            let form = granted.form ?? FormBody(urlEncoded: "")
            let number = form["number"] ?? "", title = form["title"] ?? ""
            do {
                let created = try await tenders.create(
                    number: number, title: title,
                    rubric: form.files["rubric"].map { Tenders.Upload(name: $0.filename, bytes: $0.bytes) },
                    bids: form.files["bids"].map { Tenders.Upload(name: $0.filename, bytes: $0.bytes) },
                    by: try granted.user.id, labels: granted.labels)
                let overview = "/tenders/\(created.revision.ref.tender.rawValue)"
                return PageResponse.redirect(to: created.ignoredMarks > 0 ? overview + "?\(OverviewPage.ignoredMarksParameter)=\(created.ignoredMarks)" : overview)
            } catch WorkspaceFailure.invalid(let problems) {
                let page = NewTenderPage(labels: granted.labels, csrfToken: try csrf(granted), number: number, title: title,
                                         problems: problems)
                return PageResponse.html(page.page, granted, status: .unprocessableContent)
            }
        }
        routes.add(.post, "/api/v1/tenders", .workspace(.createTender)) { granted in
            let body = try await APIBody.decode(NewTenderRequest.self, granted)
            let created = try await tenders.create(
                number: body.number, title: body.title,
                rubric: Tenders.Upload(name: body.rubric.name, bytes: Array(body.rubric.content.utf8)),
                bids: Tenders.Upload(name: body.bids.name, bytes: Array(body.bids.content.utf8)),
                by: try granted.user.id, labels: granted.labels)
            guard let tender = try await tenders.load(created.revision.ref.tender) else { throw WorkspaceFailure.notFound }
            var detail = TenderDetail(tender, granted: granted)
            detail.ignoredMarks = created.ignoredMarks
            return try APIBody.response(detail, status: .created)
        }

        routes.add(.get, "/tenders/:tender", .tender(.readOverview)) { granted in
            let tender = try loaded(granted)
            let (steps, waiting) = nextSteps(granted, tender)
            var page = OverviewPage(labels: granted.labels, csrfToken: try csrf(granted), tender: tender, steps: steps, waiting: waiting,
                                    history: try await tenders.store.revisionHistory(of: tender.ref.tender))
            page.ignoredMarks = granted.request.uri.queryParameters.get(OverviewPage.ignoredMarksParameter).flatMap { Int($0) }
            return PageResponse.html(page.page, granted)
        }
        routes.add(.get, "/api/v1/tenders/:tender", .tender(.readOverview)) { granted in
            try APIBody.response(TenderDetail(try loaded(granted), granted: granted))
        }

        // One route per target stage, so each declares exactly the action it performs.
        for stage in TenderStage.allCases where stage != .draft {
            routes.add(.post, "/tenders/:tender/stage/\(stage.rawValue)", .tender(.advance(to: stage))) { granted in
                let tender = try loaded(granted)
                _ = try await tenders.advance(tender, to: stage, by: try granted.user.id, language: granted.labels.language)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            }
            routes.add(.post, "/api/v1/tenders/:tender/stage/\(stage.rawValue)", .tender(.advance(to: stage))) { granted in
                let tender = try loaded(granted)
                _ = try await tenders.advance(tender, to: stage, by: try granted.user.id, language: granted.labels.language)
                guard let moved = try await tenders.load(tender.ref.tender) else { throw WorkspaceFailure.notFound }
                return try APIBody.response(TenderDetail(moved, granted: granted))
            }
        }
    }

    /// The steps the overview offers, each one the policy allows the viewer now; when there is
    /// none, why the tender is waiting.
    private func nextSteps(_ granted: Granted, _ tender: LoadedTender) -> ([OverviewPage.NextStep], String?) {
        let labels = granted.labels
        let base = "/tenders/\(tender.ref.tender.rawValue)"
        var steps: [OverviewPage.NextStep] = []
        for (action, step) in TenderSteps.pages(base: base, labels: labels) where granted.may(action) {
            steps.append(step)
        }
        var waiting: String?
        if let next = tender.revision.stage.next {
            let advance = TenderAction.advance(to: next)
            if granted.may(advance) {
                steps.append(.init(title: labels.advance(to: next), href: "\(base)/stage/\(next.rawValue)", posts: true))
            } else if let user = granted.signedIn?.user, case .denied(let reason) = Policy.authorize(user, advance, tender.state),
                      Policy.authorize(user, .readProgress, tender.state).isAllowed {
                waiting = reason.text(in: granted.labels.language)
            }
        }
        return (steps, waiting)
    }

    private func loaded(_ granted: Granted) throws -> LoadedTender {
        try granted.loadedTender()
    }

    private func csrf(_ granted: Granted) throws -> String {
        try granted.csrfToken()
    }
}

/// The pages of a tender the overview may point to, each with the action that opens it.
enum TenderSteps {
    static func pages(base: String, labels: PageLabels) -> [(TenderAction, OverviewPage.NextStep)] {
        [
            (.editSetup, .init(title: labels.setup, href: "\(base)/setup", posts: false)),
            (.editSetup, .init(title: labels.editCommittee, href: "\(base)/committee", posts: false)),
            // Replacing a file is a correction, not the draft's next step: it comes after them.
            (.uploadInputs, .init(title: labels.replaceInputs, href: "\(base)/inputs", posts: false)),
            (.declareConflicts, .init(title: labels.declaration, href: "\(base)/declaration", posts: false)),
            (.saveDraftMarks, .init(title: labels.scoreSheet, href: "\(base)/sheet", posts: false)),
            (.readAllMarks, .init(title: labels.review, href: "\(base)/review", posts: false)),
            (.sign, .init(title: labels.signing, href: "\(base)/signature", posts: false)),
            (.readClosedResults, .init(title: labels.result, href: "\(base)/result", posts: false)),
            (.openRevision, .init(title: labels.reevaluation, href: "\(base)/reevaluation", posts: false)),
        ]
    }
}

struct NewTenderRequest: Decodable, Sendable {
    struct File: Decodable, Sendable {
        /// The file name: `.csv` for CSV bids, anything else is read as YAML.
        var name: String
        var content: String
    }

    var number: String
    var title: String
    var rubric: File
    var bids: File
}

/// One page of the tender list; past the last page the last one is given, with its number.
struct TenderList: Encodable, Sendable {
    var tenders: [TenderSummary]
    var page: Int
    var pages: Int
    var pageSize: Int
    var total: Int

    init(_ list: TenderPage) {
        tenders = list.tenders.map { TenderSummary($0) }
        page = list.number
        pages = list.count
        pageSize = TenderPage.size
        total = list.total
    }
}

struct TenderSummary: Encodable, Sendable {
    var id: String
    var revision: Int
    var title: String
    var stage: String

    init(_ tender: LoadedTender) {
        self.id = tender.ref.tender.rawValue
        self.revision = tender.ref.number
        self.title = tender.revision.title
        self.stage = tender.revision.stage.rawValue
    }
}

/// A tender as its overview shows it: stage, committee with progress, and what the caller may do.
struct TenderDetail: Encodable, Sendable {
    struct Member: Encodable, Sendable {
        var memberId: String
        var name: String
        var role: String
        var leader: Bool
        var declared: Bool
        var steppedAside: Bool
        var submitted: Bool
        var signed: Bool
    }

    var id: String
    var revision: Int
    var title: String
    var stage: String
    var committee: [Member]
    /// The actions the caller may take now, as the policy names them (`advance-to-scoring`, …).
    var allowedActions: [String]
    /// Only when the tender is created or its inputs replaced: how many committee marks the uploaded bids carried,
    /// which the workspace does not use (every mark comes from the members' score sheets).
    var ignoredMarks: Int?

    init(_ tender: LoadedTender, granted: Granted) {
        let state = tender.state
        self.id = tender.ref.tender.rawValue
        self.revision = tender.ref.number
        self.title = tender.revision.title
        self.stage = tender.revision.stage.rawValue
        self.committee = state.committee.members.map { member in
            Member(memberId: member.memberID, name: member.name, role: member.role.rawValue, leader: member.isLeader,
                   declared: state.declarations[member.user] != nil, steppedAside: state.hasSteppedAside(member.user),
                   submitted: state.submitted.contains(member.user), signed: state.signed.contains(member.user))
        }
        var allowed: [String] = []
        if let user = granted.signedIn?.user {
            allowed = TenderAction.all.filter { Policy.authorize(user, $0, state).isAllowed }.map(\.description)
        }
        self.allowedActions = allowed
    }
}
