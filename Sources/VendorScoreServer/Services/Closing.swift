import Foundation
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// Closing a tender: the files the workspace holds become the three inputs of `vendorscore
/// evaluate` — the rubric as uploaded, the bids with every member's submitted marks, and the
/// tender file with the project, opening record, committee and decisions — and the same engine
/// turns them into the ranking, the HTML report and a sealed record, frozen with the revision.
///
/// The bids file holds each mark as the member submitted it; corrections stay in the tender file,
/// which the engine applies, so the record shows both marks as 第64条 requires. The tender file's
/// first line is the event log's head (``LogSeal``), sealed into the record with it.
struct Closing: Sendable {
    let store: any WorkspaceStore
    let registry: ScorerRegistry
    let clock: any WorkspaceClock
    /// Signs the frozen record when the server has a key.
    let signingKey: RecordSigningKey?
    /// The zone the tender file's and the report's dates are written in: a committee signs on its
    /// own day, not UTC's.
    let utcOffset: UTCOffset

    /// The frozen files, or every problem found while building the inputs.
    func files(_ tender: LoadedTender, rubricFile: StoredFile, bids: [Bid]) async throws -> [NewFile] {
        let ref = tender.ref
        // Loaded under the name the record gives it, so its warnings are located as `verify` locates them.
        let (rubric, rubricWarnings) = try RubricLoader(registry: registry).load(bytes: rubricFile.bytes, file: "rubric.yaml")
        let members = tender.state.committee.members
        let memberID = Dictionary(members.map { ($0.user, $0.memberID) }, uniquingKeysWith: { first, _ in first })
        let corrections = try await store.corrections(ref)

        // Marks as submitted: a corrected cell goes back to its mark before the first correction.
        var marks: BidsFileWriter.Marks = [:]
        for stored in try await store.scoreSheets(ref) where stored.sheet.isSubmitted {
            guard let member = memberID[stored.sheet.member] else { continue }
            for (key, points) in stored.sheet.marks {
                let first = corrections.first { $0.correction.member == stored.sheet.member && $0.correction.key == key }
                marks[key.vendor, default: [:]][key.criterion, default: [:]][member] = first?.correction.before.value ?? points.value
            }
        }
        let bidsYAML = Array(BidsFileWriter(tender: rubric.id).yaml(bids, marks: marks).utf8)
        // The log's head goes on the tender file's first line, so the sealed record vouches for the log up to it.
        let logHead = try await store.logSeal()?.line ?? ""
        let tenderYAML = Array((logHead + TenderFileWriter().yaml(try await coreTender(tender, rubric: rubric, corrections: corrections,
                                                                                       memberID: memberID))).utf8)

        let loadedBids = try BidsLoader().load(bytes: bidsYAML, file: "bids.yaml")
        let loadedTender = try TenderLoader().load(bytes: tenderYAML, file: "tender.yaml")
        // The same checks, in the same order, as `vendorscore evaluate` and `verify` make, so a record
        // that is frozen verifies, warnings (an abnormal price left undecided, say) included.
        let diagnostics = rubricWarnings + loadedBids.warnings + BidChecker.check(loadedBids, against: rubric, tender: loadedTender)
            + TenderChecker.check(loadedTender, rubric: rubric, bids: loadedBids)
        let problems = diagnostics.filter { $0.severity == .error }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        let evaluation = try Engine().evaluate(rubric: rubric, bids: loadedBids.bids, tender: loadedTender,
                                               warnings: diagnostics.filter { $0.severity == .warning }, detail: .full)
        let sealed = try SealedRecord(evaluation: evaluation, rubric: .init(path: "rubric.yaml", bytes: rubricFile.bytes),
                                      bids: .init(path: "bids.yaml", bytes: bidsYAML), tender: .init(path: "tender.yaml", bytes: tenderYAML))
        var record = EvaluationRecord(sealing: sealed)
        let now = clock.now()
        if let signingKey {
            let at = Date(timeIntervalSince1970: Double(now.millisecondsSince1970) / 1000)
            record.signature = try RecordSignature(signing: record, with: signingKey, at: at)
        }
        let date = try ReportDate(parsing: now.date(in: utcOffset))
        let report = EvaluationReport(evaluation: evaluation,
                                      inputs: ReportInputs(rubric: .init(path: "rubric.yaml", bytes: rubricFile.bytes),
                                                           bids: .init(path: "bids.yaml", bytes: bidsYAML),
                                                           tender: .init(path: "tender.yaml", bytes: tenderYAML)),
                                      options: ReportOptions(language: .zh, date: date, vendorScoreVersion: VendorScoreVersion.current,
                                                             seal: record.seal))
        // Worded in the committee's language, as the report is.
        let result = try JSONRenderer(language: .zh).render(evaluation)
        return [
            NewFile(kind: .tender, name: "\(ref.tender.rawValue).tender.yaml", bytes: tenderYAML),
            NewFile(kind: .result, name: "\(ref.tender.rawValue).result.json", bytes: Array(result.utf8)),
            NewFile(kind: .report, name: "\(ref.tender.rawValue).report.html", bytes: Array(report.html().utf8)),
            NewFile(kind: .record, name: "\(ref.tender.rawValue).record.json", bytes: record.fileBytes),
        ]
    }

    /// The tender file's content from what the workspace holds.
    private func coreTender(_ tender: LoadedTender, rubric: Rubric, corrections: [StoredCorrection],
                            memberID: [UserID: String]) async throws -> VendorScoreCore.Tender {
        let setup = tender.revision.setup
        let project = setup.project
        let nowhere = SourceLocation(file: "tender.yaml", line: 1, column: 1)
        let state = tender.state
        let leader = state.committee.leader?.memberID ?? ""
        let member = { (user: UserID) in memberID[user] ?? user.rawValue }
        let day = { (at: Timestamp) in at.date(in: utcOffset) }

        let committee = VendorScoreCore.Committee(members: state.committee.members.map { seat in
            var aside: SteppedAside?
            if case .steppedAside(let vendors, let reason)? = state.declarations[seat.user] { aside = SteppedAside(bidders: vendors, reason: reason) }
            return VendorScoreCore.CommitteeMember(id: seat.memberID, name: seat.name,
                                                   role: seat.role == .expert ? .expert : .purchaserRepresentative,
                                                   steppedAside: aside, location: nowhere)
        }, leader: leader)

        var decisions = CommitteeDecisions(recommend: setup.recommendedCandidates)
        for stored in try await store.decisions(tender.ref) {
            let decision = stored.decision
            let record = DecisionRecord(decidedBy: member(decision.decidedBy), date: day(decision.decidedAt), reason: decision.reason)
            switch decision.content {
            case .abnormalPrice(let vendor, let accepted):
                decisions.abnormalPrices.append(AbnormalPriceDecision(vendor: vendor, outcome: accepted ? .accepted : .rejected,
                                                                      record: record, location: nowhere))
            case .invalidBid(let vendor, _):
                decisions.invalidBids.append(InvalidBidDecision(vendor: vendor, stage: .compliance, record: record, location: nowhere))
            case .clarification(let vendor, let text):
                decisions.clarifications.append(Clarification(vendor: vendor, text: text, date: day(decision.decidedAt), location: nowhere))
            case .recommendedCandidates(let count):
                decisions.recommend = count
            }
        }
        for stored in corrections {
            let correction = stored.correction
            decisions.corrections.append(VendorScoreCore.MarkCorrection(
                member: member(correction.member), vendor: correction.key.vendor, criterion: correction.key.criterion,
                before: correction.before.value, after: correction.after.value,
                legalCase: VendorScoreCore.MarkCorrection.Case(rawValue: correction.article64Case.rawValue) ?? .abnormalMark,
                record: DecisionRecord(decidedBy: member(stored.recordedBy ?? correction.member), date: day(stored.recordedAt),
                                       reason: correction.reason),
                location: nowhere))
        }
        for signature in try await store.signatures(tender.ref) {
            if case .dissent(let reasons) = signature.verdict {
                decisions.dissents.append(Dissent(member: member(signature.member), reasons: reasons, location: nowhere))
            }
        }

        let method = ProcurementProcedure(rawValue: project.method)
            ?? (rubric.method == .consultation ? .consultation : .openTender)
        let notice = project.noticeMedia.isEmpty && project.noticeDate.isEmpty ? nil
            : TenderNotice(media: project.noticeMedia.isEmpty ? [] : [project.noticeMedia], published: project.noticeDate)
        let opening = project.openingTime.isEmpty && project.openingPlace.isEmpty ? nil
            : TenderOpening(time: project.openingTime, place: project.openingPlace)
        return VendorScoreCore.Tender(
            tenderID: rubric.id,
            project: TenderProject(name: LocalizedText(zh: project.nameZh.isEmpty ? tender.revision.title : project.nameZh,
                                                       en: project.nameEn.isEmpty ? nil : project.nameEn),
                                   number: project.number.isEmpty ? tender.ref.tender.rawValue : project.number,
                                   purchaser: project.purchaser, agency: project.agency.isEmpty ? nil : project.agency,
                                   budget: Rational(decimal: project.budget), procurementMethod: method, notice: notice, opening: opening),
            committee: committee,
            opening: setup.openingRecord.compactMap { entry in
                Rational(decimal: entry.quotedPrice).map {
                    VendorScoreCore.OpeningEntry(vendor: entry.vendor, price: $0, declarations: entry.declarations, location: nowhere)
                }
            },
            decisions: decisions, revision: try await revision(tender.ref, location: nowhere), file: "tender.yaml", location: nowhere)
    }

    /// For a re-evaluation, the revision it re-evaluates and why, when and by whom it was opened, as
    /// the log recorded the opening; `nil` for the first revision.
    private func revision(_ ref: RevisionRef, location: SourceLocation) async throws -> TenderRevision? {
        guard ref.number > 1 else { return nil }
        let entry = try await store.revisionHistory(of: ref.tender).first { $0.revision.ref.number == ref.number }
        guard let opening = entry?.opening, let openedAt = entry?.openedAt else { return nil }
        guard let openerID = entry?.openedBy else { return nil }
        let openedBy = try await store.user(id: openerID)?.user.displayName ?? openerID.rawValue
        return TenderRevision(number: ref.number, supersedes: ref.number - 1, reason: opening.reason, openedAt: openedAt.minute(in: utcOffset),
                              openedBy: openedBy, location: location)
    }
}
