import Hummingbird
import VendorScoreWorkspace

/// Naming the committee and its leader (``TenderAction/editSetup``), as a page and as API.
struct CommitteeRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/committee", .tender(.editSetup)) { granted in
            let tender = try granted.loadedTender()
            let rows = tender.revision.committee.members.map { member in
                CommitteePage.Row(memberID: member.memberID, user: member.user.rawValue, role: member.role, leader: member.isLeader)
            }
            return try await page(granted, rows: rows)
        }
        routes.add(.post, "/tenders/:tender/committee", .tender(.editSetup)) { granted in
            let tender = try granted.loadedTender()
            let form = granted.form ?? FormBody(urlEncoded: "")
            let ids = form.all("member"), users = form.all("user"), roles = form.all("role")
            let leader = form["leader"].flatMap(Int.init)
            var rows: [CommitteePage.Row] = []
            for index in ids.indices where index < users.count {
                let row = CommitteePage.Row(
                    memberID: ids[index].trimmingCharacters(in: .whitespaces), user: users[index],
                    role: index < roles.count ? CommitteeRole(rawValue: roles[index]) ?? .expert : .expert, leader: leader == index)
                // A row left entirely blank is a spare seat, not a problem.
                if !row.memberID.isEmpty || !row.user.isEmpty { rows.append(row) }
            }
            do {
                _ = try await tenders.setCommittee(tender, seats: rows.map { Tenders.Seat(memberID: $0.memberID, user: $0.user, role: $0.role, leader: $0.leader) },
                                                   by: try granted.user.id, labels: granted.labels)
                return PageResponse.redirect(to: "/tenders/\(tender.ref.tender.rawValue)")
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, rows: rows, problems: problems, status: .unprocessableContent)
            }
        }
        routes.add(.put, "/api/v1/tenders/:tender/committee", .tender(.editSetup)) { granted in
            let tender = try granted.loadedTender()
            let body = try await APIBody.decode(CommitteeRequest.self, granted)
            var seats: [Tenders.Seat] = []
            for (index, member) in body.members.enumerated() {
                guard let role = CommitteeRole(rawValue: member.role ?? CommitteeRole.expert.rawValue) else {
                    throw WorkspaceFailure.invalid([FieldProblem(field: "members[\(index)].role", message: granted.labels.wrongType)])
                }
                seats.append(Tenders.Seat(memberID: member.memberId, user: member.userId, role: role, leader: member.leader ?? false))
            }
            _ = try await tenders.setCommittee(tender, seats: seats, by: try granted.user.id, labels: granted.labels)
            guard let updated = try await tenders.load(tender.ref.tender) else { throw WorkspaceFailure.notFound }
            return try APIBody.response(TenderDetail(updated, granted: granted))
        }
    }

    private func page(_ granted: Granted, rows: [CommitteePage.Row], problems: [FieldProblem] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let tender = try granted.loadedTender()
        let page = CommitteePage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender,
                                 candidates: try await tenders.experts(), rows: rows, problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}

struct CommitteeRequest: Decodable, Sendable {
    struct Member: Decodable, Sendable {
        var memberId: String
        var userId: String
        /// `expert` (default) or `purchaser-representative`.
        var role: String?
        var leader: Bool?
    }

    var members: [Member]
}
