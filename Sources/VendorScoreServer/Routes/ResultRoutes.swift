import Hummingbird
import VendorScoreRecord
import VendorScoreStore
import VendorScoreWorkspace

/// A closed tender's result, files and log (``TenderAction/readClosedResults``). Every download
/// is logged. An earlier revision, kept after a re-evaluation, has the same pages and downloads
/// under `/revisions/:revision`.
struct ResultRoutes {
    let tenders: Tenders

    func register(_ routes: RouteBuilder) {
        for path in ["/tenders/:tender/result", "/tenders/:tender/revisions/:revision/result"] {
            routes.add(.get, path, .tender(.readClosedResults)) { granted in
                let tender = try granted.loadedTender()
                let store = tenders.store
                let names = Dictionary(try await store.users().map { ($0.user.id, $0.user.displayName) }, uniquingKeysWith: { first, _ in first })
                let page = ResultPage(labels: granted.labels, tender: tender, files: try await store.files(tender.ref),
                                      signatures: try await store.signatures(tender.ref),
                                      history: try await store.revisionHistory(of: tender.ref.tender),
                                      keyFingerprint: tenders.signingKey?.publicKey.fingerprint,
                                      log: try await store.logRows(tender: tender.ref.tender), names: names,
                                      utcOffset: tenders.utcOffset)
                return PageResponse.html(page.page, granted)
            }
        }
        routes.add(.get, "/api/v1/tenders/:tender/log", .tender(.readClosedResults)) { granted in
            let rows = try await tenders.store.logRows(tender: try granted.loadedTender().ref.tender)
            return try APIBody.response(LogAnswer(rows: rows.map(LogAnswer.Row.init)))
        }
        for path in ["/tenders/:tender/files/:kind", "/api/v1/tenders/:tender/files/:kind",
                     "/tenders/:tender/revisions/:revision/files/:kind", "/api/v1/tenders/:tender/revisions/:revision/files/:kind"] {
            routes.add(.get, path, .tender(.readClosedResults)) { granted in
                let tender = try granted.loadedTender()
                guard let kind = granted.context.parameters.get("kind").flatMap(FileKind.init(rawValue:)),
                      let file = try await tenders.store.file(tender.ref, kind: kind) else { throw WorkspaceFailure.notFound }
                try await tenders.store.appendEvent(LogEvent(at: tenders.clock.now(), actor: try granted.user.id, kind: .fileDownloaded,
                                                             revision: tender.ref, subject: kind.rawValue))
                var headers = HTTPFields()
                headers[.contentType] = kind == .report ? "text/html; charset=utf-8" : "application/octet-stream"
                let safeName = file.info.name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
                headers[.contentDisposition] = "attachment; filename=\"\(safeName.isEmpty ? kind.rawValue : safeName)\""
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
            }
        }
    }
}

/// The tender's event log as the API shows it: each row with its place in the hash chain.
struct LogAnswer: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var sequence: Int64
        var at: String
        var actor: String?
        var action: String
        var subject: String?
        var before: String?
        var after: String?
        var previousHash: String
        var hash: String

        init(_ row: LogRow) {
            self.sequence = row.sequence
            self.at = row.event.at.iso8601
            self.actor = row.event.actor?.rawValue
            self.action = row.event.action
            self.subject = row.event.subject
            self.before = row.event.before
            self.after = row.event.after
            self.previousHash = row.previousHash
            self.hash = row.hash
        }
    }

    var rows: [Row]
}
