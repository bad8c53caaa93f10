import Hummingbird
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace

/// 复核: all marks (``TenderAction/readAllMarks``), the committee's decisions
/// (``TenderAction/recordDecision(_:)``, one route per kind) and 第64条 corrections
/// (``TenderAction/correctMark``), as pages and as API.
struct ReviewRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/review", .tender(.readAllMarks)) { granted in
            try await page(granted)
        }
        routes.add(.get, "/api/v1/tenders/:tender/marks", .tender(.readAllMarks)) { granted in
            let tender = try granted.loadedTender()
            let (review, _) = try await tenders.review(tender, language: granted.context.language)
            return try APIBody.response(MarksAnswer(review, decisions: try await tenders.store.decisions(tender.ref),
                                                    corrections: try await tenders.store.corrections(tender.ref)))
        }

        for kind in DecisionKind.allCases {
            routes.add(.post, "/tenders/:tender/decisions/\(kind.rawValue)", .tender(.recordDecision(kind))) { granted in
                let form = granted.form ?? FormBody(urlEncoded: "")
                do {
                    let content = try Self.content(kind, vendor: form["vendor"], accepted: form["accepted"].map { $0 == "yes" },
                                                   text: form["text"], count: form["count"], stage: try granted.loadedTender().revision.stage,
                                                   labels: granted.labels)
                    try await tenders.decide(try granted.loadedTender(), content, reason: form["reason"] ?? "", by: try granted.user.id,
                        language: granted.labels.language)
                    return PageResponse.redirect(to: "/tenders/\(try granted.loadedTender().ref.tender.rawValue)/review")
                } catch WorkspaceFailure.invalid(let problems) {
                    return try await page(granted, problems: problems, status: .unprocessableContent)
                }
            }
            routes.add(.post, "/api/v1/tenders/:tender/decisions/\(kind.rawValue)", .tender(.recordDecision(kind))) { granted in
                let body = try await APIBody.decode(DecisionRequest.self, granted)
                let content = try Self.content(kind, vendor: body.vendor, accepted: body.accepted, text: body.text,
                                               count: body.count.map(String.init),
                                               stage: try granted.loadedTender().revision.stage, labels: granted.labels)
                try await tenders.decide(try granted.loadedTender(), content, reason: body.reason, by: try granted.user.id,
                    language: granted.labels.language)
                return Response(status: .noContent)
            }
        }

        routes.add(.post, "/tenders/:tender/corrections", .tender(.correctMark)) { granted in
            let form = granted.form ?? FormBody(urlEncoded: "")
            do {
                try await correct(granted, member: form["member"] ?? "", vendor: form["vendor"] ?? "", criterion: form["criterion"] ?? "",
                                  after: form["after"] ?? "", caseNumber: form["case"].flatMap(Int.init), reason: form["reason"] ?? "")
                return PageResponse.redirect(to: "/tenders/\(try granted.loadedTender().ref.tender.rawValue)/review")
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, problems: problems, status: .unprocessableContent)
            }
        }
        routes.add(.post, "/api/v1/tenders/:tender/corrections", .tender(.correctMark)) { granted in
            let body = try await APIBody.decode(CorrectionRequest.self, granted)
            try await correct(granted, member: body.member, vendor: body.vendor, criterion: body.criterion, after: body.after,
                              caseNumber: body.case, reason: body.reason)
            return Response(status: .noContent)
        }
    }

    private func correct(_ granted: Granted, member: String, vendor: String, criterion: String, after: String,
                         caseNumber: Int?, reason: String) async throws {
        guard let article64Case = caseNumber.flatMap(Article64Case.init(rawValue:)) else {
            throw WorkspaceFailure.invalid([FieldProblem(field: "case", message: granted.labels.article64Case)])
        }
        try await tenders.correct(try granted.loadedTender(), member: UserID(member), key: MarkKey(vendor: vendor, criterion: criterion),
                                  after: after, case: article64Case, reason: reason, by: try granted.user.id, labels: granted.labels)
    }

    /// A decision's content from form or JSON fields; what each kind needs must be there.
    private static func content(_ kind: DecisionKind, vendor: String?, accepted: Bool?, text: String?, count: String?,
                                stage: TenderStage, labels: PageLabels) throws -> CommitteeDecision.Content {
        func required<T>(_ value: T?, _ field: String) throws -> T {
            guard let value else { throw WorkspaceFailure.invalid([FieldProblem(field: field, message: labels.required)]) }
            return value
        }
        let named = vendor.flatMap { $0.isEmpty ? nil : $0 }
        switch kind {
        case .abnormalPrice: return .abnormalPrice(vendor: try required(named, "vendor"), accepted: try required(accepted, "accepted"))
        case .invalidBid: return .invalidBid(vendor: try required(named, "vendor"), stage: stage)
        case .clarification: return .clarification(vendor: named, text: try required(text, "text"))
        case .recommendedCandidates:
            guard let number = count.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw WorkspaceFailure.invalid([FieldProblem(field: "count", message: labels.notANumber(count ?? ""))])
            }
            return .recommendedCandidates(number)
        }
    }

    private func page(_ granted: Granted, problems: [FieldProblem] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let tender = try granted.loadedTender()
        let (review, bids) = try await tenders.review(tender, language: granted.context.language)
        let page = ReviewPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: tender.ref.tender, review: review,
                              bidders: bids.map { ($0.id, $0.name) }, decisions: try await tenders.store.decisions(tender.ref),
                              corrections: try await tenders.store.corrections(tender.ref),
                              mayDecide: DecisionKind.allCases.filter { granted.may(.recordDecision($0)) },
                              mayCorrect: granted.may(.correctMark), problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}

struct DecisionRequest: Decodable, Sendable {
    var vendor: String?
    /// For `abnormal-price`: whether the bidder's explanation is accepted.
    var accepted: Bool?
    /// For `clarification`.
    var text: String?
    /// For `recommended-candidates`.
    var count: Int?
    var reason: String
}

struct CorrectionRequest: Decodable, Sendable {
    /// The member's account id.
    var member: String
    var vendor: String
    var criterion: String
    var after: String
    /// 1–4: the case of 第64条.
    var `case`: Int
    var reason: String
}

/// All marks with their spread flags, the decisions and the corrections.
struct MarksAnswer: Encodable, Sendable {
    struct Cell: Encodable, Sendable {
        var vendor: String
        var criterion: String
        /// Member id → mark, exact decimals as text.
        var marks: [String: String]
        var spread: String?
        var flagged: Bool
    }

    struct Decision: Encodable, Sendable {
        var kind: String
        var vendor: String?
        var reason: String
    }

    struct Correction: Encodable, Sendable {
        var member: String
        var vendor: String
        var criterion: String
        var before: String
        var after: String
        var `case`: Int
        var reason: String
    }

    var cells: [Cell]
    var decisions: [Decision]
    var corrections: [Correction]

    init(_ review: MarkReview, decisions: [StoredDecision], corrections: [StoredCorrection]) {
        self.cells = review.template.keys.map { key in
            var marks: [String: String] = [:]
            for member in review.members { if let mark = review.sheets[member.user]?.marks[key] { marks[member.memberID] = mark.description } }
            return Cell(vendor: key.vendor, criterion: key.criterion, marks: marks,
                        spread: review.spread(key)?.decimalString(), flagged: review.isFlagged(key))
        }
        self.decisions = decisions.map { Decision(kind: $0.decision.kind.rawValue, vendor: $0.decision.content.vendor, reason: $0.decision.reason) }
        self.corrections = corrections.map { stored in
            let correction = stored.correction
            return Correction(member: review.members.first { $0.user == correction.member }?.memberID ?? correction.member.rawValue,
                              vendor: correction.key.vendor, criterion: correction.key.criterion, before: correction.before.description,
                              after: correction.after.description, case: correction.article64Case.rawValue, reason: correction.reason)
        }
    }
}
