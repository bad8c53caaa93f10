import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord
import VendorScoreStore
import VendorScoreWorkspace

/// One revision of a tender (the current one unless a route names another) with the state the
/// policy decides on.
struct LoadedTender: Sendable {
    var revision: StoredRevision
    var state: TenderState

    var ref: RevisionRef { revision.ref }
}

/// The tender work the pages and their API twins share: loading, listing, creating from
/// uploaded files (checked by the same loaders as the command line) and moving stages.
struct Tenders: Sendable {
    let store: any WorkspaceStore
    let registry: ScorerRegistry
    let clock: any WorkspaceClock
    /// Signs each record frozen at closing; see ``ServerConfiguration/signingKey``.
    var signingKey: RecordSigningKey? = nil
    /// Where the dates and times written for people are told; see ``ServerConfiguration/utcOffset``.
    var utcOffset: UTCOffset = .chinaStandardTime

    func load(_ id: TenderID) async throws -> LoadedTender? {
        try await load(id, revision: nil)
    }

    /// The named revision, or the current one when `number` is `nil`; the current one is read
    /// with its state in the store's fixed number of statements.
    func load(_ id: TenderID, revision number: Int?) async throws -> LoadedTender? {
        guard let number else {
            return try await store.tenderListing(.tender(id)).first.map { LoadedTender(revision: $0.revision, state: $0.state) }
        }
        guard let revision = try await store.revision(RevisionRef(tender: id, number: number)) else { return nil }
        return LoadedTender(revision: revision, state: try await store.tenderState(revision.ref))
    }

    /// One page of the tenders the user may open, most recently changed first: the policy's
    /// ``TenderAction/readOverview`` decides each, as it does when the tender itself is opened.
    /// Where the store's scope is exactly what the policy allows (an officer's every tender, a
    /// supervisor's closed ones) the store reads only the page; a committee member's tenders are
    /// read whole and paged after the policy has removed those the member stepped aside from.
    func visible(to user: User, page requested: Int) async throws -> TenderPage {
        let exact: TenderScope?
        if user.has(.officer) {
            exact = .all
        } else if user.has(.supervisor), try await store.tenderCount(.member(user.id)) == 0 {
            exact = .closed
        } else {
            exact = nil
        }
        let allowed = { (listed: ListedTender) in Policy.authorize(user, .readOverview, listed.state).isAllowed }
        guard let exact else {
            let scope: TenderScope = user.has(.supervisor) ? .all : .member(user.id)
            let all = try await store.tenderListing(scope).filter(allowed)
            let page = TenderPage(requested: requested, total: all.count)
            let shown = all.dropFirst(page.window.offset).prefix(page.window.limit)
            return page.with(shown.map { LoadedTender(revision: $0.revision, state: $0.state) })
        }
        let page = TenderPage(requested: requested, total: try await store.tenderCount(exact))
        let shown = try await store.tenderListing(exact, window: page.window).filter(allowed)
        return page.with(shown.map { LoadedTender(revision: $0.revision, state: $0.state) })
    }

    /// An uploaded file: the name it had on the user's machine and its bytes.
    struct Upload: Sendable {
        var name: String
        var bytes: [UInt8]
    }

    /// A tender just created, and how many committee marks its bids file carried: the workspace
    /// takes every mark from the members' score sheets, so marks in the file are not used, and
    /// the officer is told so.
    struct Created: Sendable {
        var revision: StoredRevision
        var ignoredMarks: Int
    }

    /// Creates a tender from its rubric and bids. Nothing is stored unless both files load and
    /// agree; otherwise every problem is returned on its field with file:line:column. The bids
    /// need no committee marks: the members give them on their score sheets.
    func create(number: String, title: String, rubric: Upload?, bids: Upload?, by officer: UserID,
                labels: PageLabels) async throws -> Created {
        var problems: [FieldProblem] = []
        var ignoredMarks = 0
        if !TenderNumberRules.isValid(number) { problems.append(FieldProblem(field: "number", message: labels.tenderNumberRules)) }
        if title.allSatisfy(\.isWhitespace) { problems.append(FieldProblem(field: "title", message: labels.required)) }
        if rubric == nil { problems.append(FieldProblem(field: "rubric", message: labels.fileMissing)) }
        if bids == nil { problems.append(FieldProblem(field: "bids", message: labels.fileMissing)) }
        if let rubric, let bids {
            let checked = check(rubric: rubric, bids: bids, language: labels.language)
            problems += checked.problems
            ignoredMarks = checked.marks
        }
        if problems.isEmpty, try await store.currentRevision(of: TenderID(number)) != nil {
            problems.append(FieldProblem(field: "number", message: labels.tenderExists))
        }
        guard problems.isEmpty, let rubric, let bids else { throw WorkspaceFailure.invalid(problems) }
        let context = ActionContext(actor: officer, at: clock.now())
        var revision = try await store.createTender(TenderID(number), title: title, context: context)
        revision = try await store.putFile(revision.ref, NewFile(kind: .rubric, name: rubric.name, bytes: rubric.bytes),
                                           expectedVersion: revision.version, context: context)
        revision = try await store.putFile(revision.ref, NewFile(kind: .bids, name: bids.name, bytes: bids.bytes),
                                           expectedVersion: revision.version, context: context)
        return Created(revision: revision, ignoredMarks: ignoredMarks)
    }

    /// Replaces the draft's rubric, bids or both. The pair that would result is checked as at
    /// creation, and the opening record already entered must name only bidders of the new bids;
    /// nothing is stored unless all holds.
    func replaceInputs(_ tender: LoadedTender, rubric: Upload?, bids: Upload?, by officer: UserID,
                       labels: PageLabels) async throws -> Created {
        guard rubric != nil || bids != nil else {
            throw WorkspaceFailure.invalid([FieldProblem(field: "bids", message: labels.chooseAFile)])
        }
        func stored(_ kind: FileKind) async throws -> Upload {
            guard let file = try await store.file(tender.ref, kind: kind) else { throw WorkspaceFailure.notFound }
            return Upload(name: file.info.name, bytes: file.bytes)
        }
        var newRubric = rubric, newBids = bids
        if newRubric == nil { newRubric = try await stored(.rubric) }
        if newBids == nil { newBids = try await stored(.bids) }
        guard let newRubric, let newBids else { throw WorkspaceFailure.notFound }
        var checked = check(rubric: newRubric, bids: newBids, language: labels.language)
        if checked.problems.isEmpty, bids != nil {
            let bidders = Set(checked.bidders)
            for entry in tender.revision.setup.openingRecord where !bidders.contains(entry.vendor) {
                checked.problems.append(FieldProblem(field: "bids", message: labels.openingRecordNamesGoneBidder(entry.vendor)))
            }
        }
        guard checked.problems.isEmpty else { throw WorkspaceFailure.invalid(checked.problems) }
        let context = ActionContext(actor: officer, at: clock.now())
        var revision = tender.revision
        for (kind, upload) in [(FileKind.rubric, rubric), (.bids, bids)] {
            guard let upload else { continue }
            revision = try await store.putFile(revision.ref, NewFile(kind: kind, name: upload.name, bytes: upload.bytes),
                                               expectedVersion: revision.version, context: context)
        }
        return Created(revision: revision, ignoredMarks: bids == nil ? 0 : checked.marks)
    }

    /// The loaders' errors for two uploads, each on the field of its file, in the page's language,
    /// how many committee marks the bids carry (checked only once the members give theirs) and
    /// the bidders they name.
    private func check(rubric: Upload, bids: Upload, language: Language) -> (problems: [FieldProblem], marks: Int, bidders: [String]) {
        var problems: [FieldProblem] = []
        var loadedRubric: Rubric?
        var loadedBids: BidsLoader.Loaded?
        do {
            loadedRubric = try RubricLoader(registry: registry).load(bytes: rubric.bytes, file: rubric.name).rubric
        } catch {
            problems += error.errors.map { FieldProblem("rubric", $0, language) }
        }
        do {
            loadedBids = try BidsLoader().load(bytes: bids.bytes, file: bids.name)
        } catch {
            problems += error.errors.map { FieldProblem("bids", $0, language) }
        }
        if let loadedRubric, let loadedBids {
            problems += BidChecker.check(loadedBids, against: loadedRubric, marks: .collectedLater)
                .filter { $0.severity == .error }.map { FieldProblem("bids", $0, language) }
        }
        let marks = loadedBids?.bids.reduce(0) { sum, bid in sum + bid.evaluatorScores.values.reduce(0) { $0 + $1.count } } ?? 0
        return (problems, marks, loadedBids?.bids.map(\.id) ?? [])
    }

    /// Moves the tender one stage on; the store refuses if someone else moved it first. Closing
    /// evaluates the workspace's files and freezes the ranking, report and record with it; its
    /// problems are worded in `language`.
    func advance(_ tender: LoadedTender, to stage: TenderStage, by actor: UserID, language: Language) async throws -> StoredRevision {
        var files: [NewFile] = []
        if stage == .closed {
            guard let rubricFile = try await store.file(tender.ref, kind: .rubric) else { throw WorkspaceFailure.notFound }
            do {
                files = try await Closing(store: store, registry: registry, clock: clock, signingKey: signingKey, utcOffset: utcOffset)
                    .files(tender, rubricFile: rubricFile, bids: try await inputs(tender).bids)
            } catch let list as DiagnosticList {
                throw WorkspaceFailure.invalid(list.errors.map { FieldProblem("closing", $0, language) })
            } catch let scorer as ScorerError {
                let problem = Diagnostic(.error, at: scorer.location, path: scorer.path, scorer.message)
                throw WorkspaceFailure.invalid([FieldProblem("closing", problem, language)])
            }
        }
        return try await store.advance(tender.ref, to: stage, files: files, expectedVersion: tender.revision.version,
                                       context: ActionContext(actor: actor, at: clock.now()))
    }

    /// The revision's rubric and bids, read back through the same loaders that accepted them.
    func inputs(_ tender: LoadedTender) async throws -> (rubric: Rubric, bids: [Bid]) {
        guard let rubricFile = try await store.file(tender.ref, kind: .rubric),
              let bidsFile = try await store.file(tender.ref, kind: .bids) else { throw WorkspaceFailure.notFound }
        let rubric = try RubricLoader(registry: registry).load(bytes: rubricFile.bytes, file: rubricFile.info.name).rubric
        let bids = try BidsLoader().load(bytes: bidsFile.bytes, file: bidsFile.info.name).bids
        return (rubric, bids)
    }

    /// Records the member's declaration once, checked against the bidder list.
    func declare(_ tender: LoadedTender, _ declaration: ConflictDeclaration, by member: UserID, bidders: Set<String>,
                 language: Language) async throws {
        do {
            try declaration.validate(bidders: bidders)
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "vendors", message: error.text(in: language))])
        }
        try await store.declare(tender.ref, member: member, declaration, expectedStage: tender.revision.stage,
                                context: ActionContext(actor: member, at: clock.now()))
    }

    /// The score sheet's cells: the rubric's subjective criteria for every bid that passed the
    /// gates and that the committee has not found invalid; an excluded bid is never scored.
    func template(_ tender: LoadedTender, rubric: Rubric, bids: [Bid], language: Language) async throws -> ScoreSheetTemplate {
        let invalid = Set(try await store.decisions(tender.ref).filter { $0.decision.kind == .invalidBid }.compactMap(\.decision.content.vendor))
        return ScoreSheetTemplate(rubric: rubric, vendors: bids.filter { rubric.passesGates($0) && !invalid.contains($0.id) }.map(\.id),
                                  language: language)
    }

    /// Saves the marks typed on a member's sheet and, when asked, submits it. Every cell's
    /// problem is returned on its own field; nothing is saved while any remains.
    func saveSheet(_ tender: LoadedTender, member: UserID, typed: [MarkKey: String], submit: Bool,
                   template: ScoreSheetTemplate, labels: PageLabels) async throws -> StoredSheet {
        var changes: [MarkKey: Points?] = [:]
        var problems: [FieldProblem] = []
        for key in typed.keys.sorted() {
            let text = typed[key]!.trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                changes[key] = .some(nil)
                continue
            }
            guard let points = Points(text) else {
                problems.append(FieldProblem(field: MarkField.name(key), message: labels.notANumber(text)))
                continue
            }
            do {
                try template.check(key, points)
                changes[key] = points
            } catch {
                problems.append(FieldProblem(field: MarkField.name(key), message: error.text(in: labels.language)))
            }
        }
        guard problems.isEmpty else { throw WorkspaceFailure.invalid(problems) }
        let stored = try await store.scoreSheet(tender.ref, member: member)
        var sheet = stored.sheet
        do {
            try sheet.saveDraft(changes, template: template)
            if submit { sheet = try sheet.submitted(template: template) }
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "marks", message: error.text(in: labels.language))])
        }
        return try await store.saveSheet(tender.ref, sheet, expectedVersion: stored.version, expectedStage: tender.revision.stage,
                                         context: ActionContext(actor: member, at: clock.now()))
    }

    /// Every sitting member's sheet with the flags the review shows.
    func review(_ tender: LoadedTender, language: Language) async throws -> (MarkReview, [Bid]) {
        let (rubric, bids) = try await inputs(tender)
        let sheets = try await store.scoreSheets(tender.ref)
        let review = MarkReview(template: try await template(tender, rubric: rubric, bids: bids, language: language),
                                members: tender.state.sittingMembers,
                                sheets: Dictionary(sheets.map { ($0.sheet.member, $0.sheet) }, uniquingKeysWith: { first, _ in first }),
                                committee: rubric.committee)
        return (review, bids)
    }

    /// Records a committee decision after the domain's checks against the bidder list.
    func decide(_ tender: LoadedTender, _ content: CommitteeDecision.Content, reason: String, by leader: UserID,
                language: Language) async throws {
        let bids = try await inputs(tender).bids
        let decision = CommitteeDecision(content: content, reason: reason, decidedBy: leader, decidedAt: clock.now())
        do {
            try decision.validate(bidders: Set(bids.map(\.id)))
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "reason", message: error.text(in: language))])
        }
        _ = try await store.recordDecision(tender.ref, decision, expectedStage: tender.revision.stage,
                                           context: ActionContext(actor: leader, at: clock.now()))
    }

    /// Corrects a submitted mark under 第64条: the mark before is the one on the sheet now.
    func correct(_ tender: LoadedTender, member: UserID, key: MarkKey, after: String, case article64Case: Article64Case,
                 reason: String, by leader: UserID, labels: PageLabels) async throws {
        guard let points = Points(after.trimmingCharacters(in: .whitespaces)) else {
            throw WorkspaceFailure.invalid([FieldProblem(field: "after", message: labels.notANumber(after))])
        }
        let (review, _) = try await self.review(tender, language: labels.language)
        let sheet = review.sheets[member] ?? ScoreSheet(member: member)
        let correction = VendorScoreWorkspace.MarkCorrection(member: member, key: key, before: sheet.marks[key] ?? points, after: points,
                                        case: article64Case, reason: reason)
        do {
            try correction.validate(against: sheet, template: review.template)
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "after", message: error.text(in: labels.language))])
        }
        _ = try await store.correctMark(tender.ref, correction, expectedStage: tender.revision.stage,
                                        context: ActionContext(actor: leader, at: clock.now()))
    }

    /// Opens the next revision of a closed tender for a re-evaluation (第64条 after signing): it
    /// returns to review with the submitted marks, decisions and corrections; the closed revision
    /// and its frozen files stay as they were. The reason is required and goes into the log.
    func reevaluate(_ tender: LoadedTender, reason: String, by officer: UserID, labels: PageLabels) async throws -> StoredRevision {
        guard !reason.allSatisfy(\.isWhitespace) else { throw WorkspaceFailure.invalid([FieldProblem(field: "reason", message: labels.required)]) }
        return try await store.openRevision(of: tender.ref.tender, reason: reason, expectedVersion: tender.revision.version,
                                            context: ActionContext(actor: officer, at: clock.now()))
    }

    /// Records the member's confirmation or dissent, once.
    func sign(_ tender: LoadedTender, _ verdict: Signature.Verdict, by member: UserID, language: Language) async throws {
        let signature = Signature(member: member, verdict: verdict, at: clock.now())
        do {
            try signature.validate()
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "reasons", message: error.text(in: language))])
        }
        try await store.sign(tender.ref, signature, expectedStage: tender.revision.stage,
                             context: ActionContext(actor: member, at: clock.now()))
    }

    /// Stores the project, opening record and number of candidates after checking that every
    /// amount is a decimal and every opening entry names a bidder.
    func updateSetup(_ tender: LoadedTender, _ setup: TenderSetup, bidders: Set<String>, by officer: UserID,
                     labels: PageLabels) async throws -> StoredRevision {
        var problems: [FieldProblem] = []
        if !setup.project.budget.isEmpty, Rational(decimal: setup.project.budget) == nil {
            problems.append(FieldProblem(field: "budget", message: labels.notAnAmount(setup.project.budget)))
        }
        for entry in setup.openingRecord {
            if !bidders.contains(entry.vendor) {
                problems.append(FieldProblem(field: "price:\(entry.vendor)", message: labels.notABidder(entry.vendor)))
            } else if Rational(decimal: entry.quotedPrice) == nil {
                problems.append(FieldProblem(field: "price:\(entry.vendor)", message: labels.notAnAmount(entry.quotedPrice)))
            }
        }
        if setup.recommendedCandidates < 1 {
            problems.append(FieldProblem(field: "recommended", message: labels.notANumber(String(setup.recommendedCandidates))))
        }
        guard problems.isEmpty else { throw WorkspaceFailure.invalid(problems) }
        return try await store.updateSetup(tender.ref, setup, expectedVersion: tender.revision.version,
                                           context: ActionContext(actor: officer, at: clock.now()))
    }

    /// A committee seat as typed: a member id, an account id, the seat's role and the lead.
    struct Seat: Sendable {
        var memberID: String
        var user: String
        var role: CommitteeRole
        var leader: Bool
    }

    /// The accounts that may be named to a committee.
    func experts() async throws -> [User] {
        try await store.users().map(\.user).filter { $0.has(.expert) && !$0.disabled }
    }

    /// Names the committee; every problem comes back at once, nothing is stored unless the
    /// committee may sit as the domain's rules say.
    func setCommittee(_ tender: LoadedTender, seats: [Seat], by officer: UserID, labels: PageLabels) async throws -> StoredRevision {
        var problems: [FieldProblem] = []
        var members: [VendorScoreWorkspace.CommitteeMember] = []
        for (index, seat) in seats.enumerated() {
            guard !seat.memberID.isEmpty, !seat.user.isEmpty else {
                problems.append(FieldProblem(field: "members[\(index)]", message: labels.committeeRowIncomplete))
                continue
            }
            guard let stored = try await store.user(id: UserID(seat.user)), stored.user.has(.expert), !stored.user.disabled else {
                problems.append(FieldProblem(field: "members[\(index)].user", message: labels.notAnExpert))
                continue
            }
            members.append(VendorScoreWorkspace.CommitteeMember(memberID: seat.memberID, user: stored.user.id, name: stored.user.displayName,
                                           role: seat.role, isLeader: seat.leader))
        }
        let committee = VendorScoreWorkspace.Committee(members: members)
        if problems.isEmpty {
            problems += committee.problems().map { FieldProblem(field: "members", message: $0.text(in: labels.language)) }
        }
        guard problems.isEmpty else { throw WorkspaceFailure.invalid(problems) }
        return try await store.setCommittee(tender.ref, committee, expectedVersion: tender.revision.version,
                                            context: ActionContext(actor: officer, at: clock.now()))
    }
}


extension FieldProblem {
    /// A loader's diagnostic on a form field: its key path and message in the page's language,
    /// and where in the file.
    init(_ field: String, _ diagnostic: Diagnostic, _ language: Language) {
        self.init(field: field, message: DiagnosticText(language).detail(diagnostic), location: diagnostic.location?.description)
        separator = language == .zh ? "：" : ": "
    }
}

/// What a tender number (项目编号) may look like: it names the tender in paths and files.
enum TenderNumberRules {
    static func isValid(_ number: String) -> Bool {
        UsernameRules.isValid(number)
    }
}
