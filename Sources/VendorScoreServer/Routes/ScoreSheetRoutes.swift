import Hummingbird
import VendorScoreCore
import VendorScoreWorkspace

/// A member's own score sheet: read it (``TenderAction/readOwnMarks``), save a draft
/// (``TenderAction/saveDraftMarks``), submit once (``TenderAction/submitMarks``).
struct ScoreSheetRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        routes.add(.get, "/tenders/:tender/sheet", .tender(.readOwnMarks)) { granted in
            let sheet = try await tenders.store.scoreSheet(try granted.loadedTender().ref, member: try granted.user.id)
            return try await page(granted, values: sheet.sheet.marks.mapValues(\.description))
        }
        for (path, submit) in [("/tenders/:tender/sheet", false), ("/tenders/:tender/sheet/submit", true)] {
            routes.add(.post, path, .tender(submit ? .submitMarks : .saveDraftMarks)) { granted in
                let tender = try granted.loadedTender()
                let form = granted.form ?? FormBody(urlEncoded: "")
                var typed: [MarkKey: String] = [:]
                for field in form.fields { if let key = MarkField.key(field.name) { typed[key] = field.value } }
                do {
                    let (template, _) = try await template(granted)
                    _ = try await tenders.saveSheet(tender, member: try granted.user.id, typed: typed, submit: submit,
                                                    template: template, labels: granted.labels)
                    return PageResponse.redirect(to: submit ? "/tenders/\(tender.ref.tender.rawValue)" : "/tenders/\(tender.ref.tender.rawValue)/sheet")
                } catch WorkspaceFailure.invalid(let problems) {
                    return try await page(granted, values: typed, problems: problems, status: .unprocessableContent)
                }
            }
        }

        routes.add(.get, "/api/v1/tenders/:tender/sheet", .tender(.readOwnMarks)) { granted in
            let (template, _) = try await template(granted)
            let sheet = try await tenders.store.scoreSheet(try granted.loadedTender().ref, member: try granted.user.id)
            return try APIBody.response(SheetAnswer(template: template, sheet: sheet.sheet))
        }
        for (path, submit) in [("/api/v1/tenders/:tender/sheet", false), ("/api/v1/tenders/:tender/sheet/submit", true)] {
            routes.add(submit ? .post : .put, path, .tender(submit ? .submitMarks : .saveDraftMarks)) { granted in
                let tender = try granted.loadedTender()
                let body = try await APIBody.decode(SheetRequest.self, granted)
                var typed: [MarkKey: String] = [:]
                for (cell, value) in body.marks ?? [:] {
                    guard let slash = cell.firstIndex(of: "/") else {
                        throw WorkspaceFailure.invalid([FieldProblem(field: "marks.\(cell)", message: granted.labels.markKeyFormat)])
                    }
                    typed[MarkKey(vendor: String(cell[..<slash]), criterion: String(cell[cell.index(after: slash)...]))] = value
                }
                let (template, _) = try await template(granted)
                let saved = try await tenders.saveSheet(tender, member: try granted.user.id, typed: typed, submit: submit,
                                                        template: template, labels: granted.labels)
                return try APIBody.response(SheetAnswer(template: template, sheet: saved.sheet))
            }
        }
    }

    private func template(_ granted: Granted) async throws -> (ScoreSheetTemplate, [Bid]) {
        let tender = try granted.loadedTender()
        let (rubric, bids) = try await tenders.inputs(tender)
        return (try await tenders.template(tender, rubric: rubric, bids: bids, language: granted.context.language), bids)
    }

    private func page(_ granted: Granted, values: [MarkKey: String], problems: [FieldProblem] = [],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let (template, bids) = try await template(granted)
        let page = ScoreSheetPage(labels: granted.labels, csrfToken: try granted.csrfToken(), tenderID: try granted.loadedTender().ref.tender,
                                  template: template, bids: bids, values: values, editable: granted.may(.saveDraftMarks),
                                  problems: problems)
        return PageResponse.html(page.page, granted, status: status)
    }
}

struct SheetRequest: Decodable, Sendable {
    /// Marks by cell, `"VENDOR/CRITERION": "7.5"`; an empty text clears a draft cell.
    var marks: [String: String]?
}

/// A member's sheet as the API shows it: the cells to fill and the marks given.
struct SheetAnswer: Encodable, Sendable {
    struct Criterion: Encodable, Sendable {
        var id: String
        var title: String
        var maximum: String
        var guidance: String?
    }

    var vendors: [String]
    var criteria: [Criterion]
    /// `"VENDOR/CRITERION": "7.5"`, exact decimals as text.
    var marks: [String: String]
    var submitted: Bool

    init(template: ScoreSheetTemplate, sheet: ScoreSheet) {
        self.vendors = template.vendors
        self.criteria = template.criteria.map { Criterion(id: $0.id, title: $0.title, maximum: $0.maximum.description, guidance: $0.guidance) }
        self.marks = Dictionary(uniqueKeysWithValues: sheet.sortedMarks.map { ($0.key.description, $0.points.description) })
        self.submitted = sheet.isSubmitted
    }
}
