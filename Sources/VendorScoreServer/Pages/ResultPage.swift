import Plot
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// A closed tender: its files for download, the decisions and signatures, and the event log.
struct ResultPage {
    let labels: PageLabels
    let tender: LoadedTender
    let files: [FileInfo]
    let signatures: [Signature]
    /// Every revision of the tender with the re-evaluation that opened it.
    let history: [RevisionHistoryEntry]
    /// The fingerprint of the key the workspace signs records with, when it has one.
    let keyFingerprint: String?
    let log: [LogRow]
    /// Account id → display name, for the log and the signatures.
    let names: [UserID: String]
    /// The zone the log's times are shown in.
    let utcOffset: UTCOffset

    var page: Page {
        let base = ResultPage.base(tender.revision)
        let frozen = files.filter { [.result, .report, .record].contains($0.kind) }
        return Page(
            title: "\(labels.result) — \(tender.ref.tender.rawValue) \(tender.revision.title)"
                + (tender.revision.isCurrent ? "" : "（\(labels.revisionTitle(tender.ref.number))）"),
            .if(!tender.revision.isCurrent, .p(.class("notice"), Markup.text("\(labels.revisionTitle(tender.ref.number))：\(labels.superseded)"))),
            .if(reevaluation != nil, .p(.class("notice"), Markup.text(reevaluation ?? ""))),
            .h2(Markup.text(labels.files)),
            .if(frozen.isEmpty, .p(.class("muted"), Markup.text(labels.noResultFiles))),
            .table(.tbody(.group(files.map { file in
                .tr(.td(Markup.text(labels.fileKind(file.kind))),
                    .td(.a(Markup.attribute("href", "\(base)/files/\(file.kind.rawValue)"), Markup.text(file.name))),
                    .td(.class("num"), Markup.text(String(file.size))),
                    .td(.element(named: "code", nodes: [Markup.text(file.sha256)])))
            }))),
            .if(keyFingerprint != nil, .p(Markup.text(labels.signingKeyIntro + " "),
                                          .a(Markup.attribute("href", "/signing-key.pem"), Markup.text(labels.signingKey)),
                                          Markup.text(" "), .element(named: "code", nodes: [Markup.text(keyFingerprint ?? "")]))),
            .if(history.count > 1, RevisionHistoryList(labels: labels, history: history, showing: tender.ref.number).node),
            .h2(Markup.text(labels.signatures)),
            .ul(.group(signatures.map { signature in
                let name = names[signature.member] ?? signature.member.rawValue
                switch signature.verdict {
                case .confirm: return .li(Markup.text("\(name)：\(labels.confirmed)"))
                case .dissent(let reasons): return .li(Markup.text("\(name)：\(labels.dissent)——\(reasons)"))
                }
            })),
            .h2(Markup.text(labels.log)),
            .table(
                .thead(.tr(.th(.class("num"), Markup.text("#")), .th(Markup.text(labels.when)), .th(Markup.text(labels.who)),
                           .th(Markup.text(labels.what)), .th(Markup.text(labels.subject)))),
                .tbody(.group(log.map { row in
                    .tr(.td(.class("num"), Markup.text(String(row.sequence))),
                        .td(Markup.text("\(row.event.at.second(in: utcOffset)) (UTC\(utcOffset))")),
                        .td(Markup.text(row.event.actor.map { names[$0] ?? $0.rawValue } ?? "—")),
                        .td(Markup.text(row.event.action)),
                        .td(Markup.text(row.event.subject ?? "")))
                }))
            )
        )
    }
}

extension ResultPage {
    /// For a re-evaluation, the statement its frozen tender file makes: the revision it re-evaluates,
    /// the reason, when it was opened and by whom.
    var reevaluation: String? {
        guard let entry = history.first(where: { $0.revision.ref.number == tender.ref.number }), let opening = entry.opening,
              let openedAt = entry.openedAt else { return nil }
        let openedBy = entry.openedBy.map { names[$0] ?? $0.rawValue } ?? "—"
        return labels.reevaluationStatement(opening.revision, reason: opening.reason, openedAt: "\(openedAt.minute(in: utcOffset)) (UTC\(utcOffset))", openedBy: openedBy)
    }

    /// Where a revision's result and files are: the tender's own paths for the current revision,
    /// under `/revisions/N` for an earlier one.
    static func base(_ revision: StoredRevision) -> String {
        let tender = "/tenders/\(revision.ref.tender.rawValue)"
        return revision.isCurrent ? tender : "\(tender)/revisions/\(revision.ref.number)"
    }
}
