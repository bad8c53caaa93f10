import Foundation
import Testing
import VendorScoreStore
import VendorScoreWorkspace

/// The one storage suite: every test runs on each enabled backend.
@Suite("Storage")
struct StorageTests {
    @Test("PostgreSQL is configured for the storage suite",
          .enabled(if: StoreBackend.postgresURL != nil || StoreBackend.postgresRequired,
                   "VENDORSCORE_TEST_POSTGRES_URL is not set: the storage suite runs on SQLite only (run .ci/postgres.sh)"))
    func postgresConfigured() async throws {
        try await StoreBackend.postgres.withStore { store, _ async throws in
            #expect(try await store.users().isEmpty)
            #expect(try await store.lastLogRow() == nil)
        }
    }

    @Test("accounts: create, refuse duplicates, update by version, change the password without logging it", arguments: StoreBackend.enabled)
    func users(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            await #expect(throws: StoreError.alreadyExists(.user("wang"))) {
                try await store.createUser(User(id: UserID("other"), username: "wang", displayName: "x", roles: []), passwordHash: "h", context: clock.context(nil))
            }
            let officer = try #require(try await store.user(username: "wang"))
            #expect(officer.user == People.officer)
            #expect(officer.version == 1)
            var changed = officer.user
            changed.disabled = true
            changed.roles = [.officer, .supervisor]
            let updated = try await store.updateUser(changed, expectedVersion: 1, context: clock.context(People.admin))
            #expect(updated.version == 2)
            #expect(try await store.user(id: People.officer.id)?.user == changed)
            await #expect(throws: StoreError.conflict(.user("wang"), expected: 1, found: 2)) {
                try await store.updateUser(People.officer, expectedVersion: 1, context: clock.context(People.admin))
            }
            let reset = try await store.setPasswordHash("$2b$12$new-secret-hash", for: People.officer.id, expectedVersion: 2, context: clock.context(People.admin))
            #expect(reset.passwordHash == "$2b$12$new-secret-hash")
            #expect(try await store.users().map(\.user.username) == ["admin", "expert1", "expert2", "expert3", "expert4", "wang"])
            let log = try await store.logRows(after: 0, limit: 100)
            #expect(log.map(\.event.action).suffix(2) == ["user.updated", "user.password-changed"])
            #expect(!log.contains { ($0.event.after ?? "").contains("hash") || ($0.event.before ?? "").contains("hash") })
            #expect(try await store.verifyLog() == .intact(rows: Int64(log.count), lastHash: log.last!.hash))
        }
    }

    @Test("sessions keep only the token's hash and expire", arguments: StoreBackend.enabled)
    func sessions(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            let token = SessionToken.generate()
            let now = clock.now()
            let session = StoredSession(tokenHash: SessionToken.hash(token), user: People.officer.id, createdAt: now,
                                        expiresAt: Timestamp(millisecondsSince1970: now.millisecondsSince1970 + 3_600_000))
            try await store.createSession(session, context: clock.context(People.officer))
            #expect(try await store.session(tokenHash: SessionToken.hash(token)) == session)
            #expect(try await store.session(tokenHash: token) == nil)
            let log = try await store.logRows(after: 0, limit: 100)
            #expect(!log.contains { row in [row.event.before, row.event.after, row.event.subject].contains { ($0 ?? "").contains(token) || ($0 ?? "").contains(session.tokenHash) } })
            #expect(try await store.deleteExpiredSessions(before: now) == 0)
            #expect(try await store.deleteExpiredSessions(before: Timestamp(millisecondsSince1970: now.millisecondsSince1970 + 3_600_001)) == 1)
            try await store.createSession(session, context: clock.context(People.officer))
            try await store.deleteSession(tokenHash: session.tokenHash, context: clock.context(People.officer))
            #expect(try await store.session(tokenHash: session.tokenHash) == nil)
            #expect(try await store.lastLogRow()?.event.action == "session.signed-out")
        }
    }

    @Test("a tender from draft to closed, then a re-evaluation that keeps the closed revision", arguments: StoreBackend.enabled)
    func lifecycle(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            let officer = clock.context(People.officer)
            var revision = try await store.createTender(TenderID("GC-2026-014"), title: "政务云服务采购", context: officer)
            let ref = revision.ref
            #expect(revision.stage == .draft && revision.version == 1 && revision.isCurrent)
            await #expect(throws: StoreError.alreadyExists(.tender(ref.tender))) {
                try await store.createTender(ref.tender, title: "again", context: officer)
            }

            revision = try await store.putFile(ref, NewFile(kind: .rubric, name: "rubric.yaml", bytes: Array("id: r\n".utf8)), expectedVersion: 1, context: officer)
            revision = try await store.putFile(ref, NewFile(kind: .bids, name: "bids.yaml", bytes: [0, 255, 10]), expectedVersion: 2, context: officer)
            revision = try await store.putFile(ref, NewFile(kind: .bids, name: "bids-2.yaml", bytes: [1, 2, 3]), expectedVersion: 3, context: officer)
            #expect(try await store.file(ref, kind: .bids)?.bytes == [1, 2, 3])
            #expect(try await store.files(ref).map(\.name) == ["bids-2.yaml", "rubric.yaml"])
            var setup = TenderSetup()
            setup.project.number = "GC-2026-014"
            setup.openingRecord = [OpeningEntry(vendor: "inspur", quotedPrice: "8900000", declarations: ["sme"])]
            revision = try await store.updateSetup(ref, setup, expectedVersion: revision.version, context: officer)
            revision = try await store.setCommittee(ref, People.committee, expectedVersion: revision.version, context: officer)
            #expect(revision.setup == setup)
            #expect(revision.committee == People.committee)
            #expect(try await store.tenders(member: People.experts[2].id).map(\.ref) == [ref])
            #expect(try await store.tenders(member: People.officer.id).isEmpty)
            #expect(try await store.tenderState(ref).hasInputs)

            await #expect(throws: StoreError.invalidTransition(from: .draft, to: .scoring)) {
                try await store.advance(ref, to: .scoring, files: [], expectedVersion: revision.version, context: officer)
            }
            revision = try await store.advance(ref, to: .declarations, files: [], expectedVersion: revision.version, context: officer)
            for (index, expert) in People.experts.enumerated() {
                let declaration: ConflictDeclaration = index == 2 ? .steppedAside(vendors: ["kingsoft"], reason: "曾任顾问") : .none
                try await store.declare(ref, member: expert.id, declaration, expectedStage: .declarations, context: clock.context(expert))
            }
            await #expect(throws: StoreError.alreadyExists(.declaration(ref, People.experts[0].id))) {
                try await store.declare(ref, member: People.experts[0].id, .none, expectedStage: .declarations, context: clock.context(People.experts[0]))
            }
            revision = try await store.advance(ref, to: .complianceReview, files: [], expectedVersion: revision.version, context: officer)
            _ = try await store.recordDecision(ref, CommitteeDecision(content: .invalidBid(vendor: "kingsoft", stage: .complianceReview), reason: "资质证书过期",
                                                                      decidedBy: People.experts[0].id, decidedAt: clock.now()),
                                               expectedStage: .complianceReview, context: clock.context(People.experts[0]))
            revision = try await store.advance(ref, to: .scoring, files: [], expectedVersion: revision.version, context: officer)

            let scorers = [People.experts[0], People.experts[1], People.experts[3]]
            for (index, expert) in scorers.enumerated() {
                var draft = try People.fullSheet(expert, points: "\(index + 2)")
                let saved = try await store.saveSheet(ref, draft, expectedVersion: 0, expectedStage: .scoring, context: clock.context(expert))
                #expect(saved.version == 1 && saved.sheet == draft)
                draft = try draft.submitted(template: People.template)
                let submitted = try await store.saveSheet(ref, draft, expectedVersion: 1, expectedStage: .scoring, context: clock.context(expert))
                #expect(submitted.sheet.isSubmitted && submitted.version == 2)
                await #expect(throws: StoreError.alreadyDone(.sheet(ref, expert.id))) {
                    try await store.saveSheet(ref, draft, expectedVersion: 2, expectedStage: .scoring, context: clock.context(expert))
                }
            }
            let state = try await store.tenderState(ref)
            #expect(state.allSubmitted && state.sittingMembers.count == 3)
            #expect(Policy.authorize(People.officer, .advance(to: .review), state) == .allowed)
            revision = try await store.advance(ref, to: .review, files: [], expectedVersion: revision.version, context: officer)

            let leader = clock.context(People.experts[0])
            let cell = MarkKey(vendor: "chinac", criterion: "design")
            let correction = MarkCorrection(member: People.experts[1].id, key: cell, before: Points("3")!, after: Points("6")!, case: .abnormalSpread, reason: "畸低")
            let corrected = try await store.correctMark(ref, correction, expectedStage: .review, context: leader)
            #expect(corrected.sheet.marks[cell] == Points("6"))
            await #expect(throws: StoreError.markChanged(cell, stated: Points("3")!, stored: Points("6")!)) {
                try await store.correctMark(ref, correction, expectedStage: .review, context: leader)
            }
            #expect(try await store.corrections(ref).map(\.correction) == [correction])
            _ = try await store.recordDecision(ref, CommitteeDecision(content: .abnormalPrice(vendor: "inspur", accepted: true), reason: "说明合理",
                                                                      decidedBy: People.experts[0].id, decidedAt: clock.now()),
                                               expectedStage: .review, context: leader)
            #expect(try await store.decisions(ref).map(\.number) == [1, 2])
            revision = try await store.advance(ref, to: .signing, files: [], expectedVersion: revision.version, context: leader)
            for expert in scorers {
                let verdict: Signature.Verdict = expert == People.experts[1] ? .dissent(reasons: "对技术分有异议") : .confirm
                try await store.sign(ref, Signature(member: expert.id, verdict: verdict, at: clock.now()), expectedStage: .signing, context: clock.context(expert))
            }
            await #expect(throws: StoreError.alreadyExists(.signature(ref, People.experts[0].id))) {
                try await store.sign(ref, Signature(member: People.experts[0].id, verdict: .confirm, at: clock.now()), expectedStage: .signing, context: leader)
            }
            #expect(try await store.tenderState(ref).allSigned)
            let record = NewFile(kind: .record, name: "record.json", bytes: Array(#"{"sealed":true}"#.utf8))
            revision = try await store.advance(ref, to: .closed, files: [record], expectedVersion: revision.version, context: officer)
            #expect(revision.stage == .closed)
            #expect(try await store.file(ref, kind: .record)?.bytes == record.bytes)

            let closedBefore = try await store.revision(ref)
            let next = try await store.openRevision(of: ref.tender, reason: "发现分值汇总计算错误", expectedVersion: revision.version, context: officer)
            #expect(next.ref == RevisionRef(tender: ref.tender, number: 2))
            #expect(next.stage == .review && next.isCurrent && next.committee == People.committee && next.setup == setup)
            #expect(try await store.revision(ref)?.isCurrent == false)
            var closedAfter = try #require(try await store.revision(ref))
            closedAfter.isCurrent = true
            #expect(closedAfter == closedBefore)
            #expect(try await store.scoreSheets(next.ref).map(\.sheet) == (try await store.scoreSheets(ref).map(\.sheet)))
            #expect(try await store.declarations(next.ref) == (try await store.declarations(ref)))
            #expect(try await store.decisions(next.ref).map(\.decision) == (try await store.decisions(ref).map(\.decision)))
            #expect(try await store.files(next.ref).map(\.kind) == [.bids, .rubric])
            #expect(try await store.signatures(next.ref).isEmpty)
            #expect(try await store.currentRevision(of: ref.tender)?.ref == next.ref)
            #expect(try await store.revisions(of: ref.tender).map(\.ref.number) == [1, 2])
            #expect(try await store.tenders().map(\.ref) == [next.ref])

            let tenderLog = try await store.logRows(tender: ref.tender)
            #expect(tenderLog.first?.event.action == "tender.created")
            #expect(tenderLog.last?.event.action == "tender.revision-opened")
            #expect(tenderLog.last?.event.after == #"{"reason":"发现分值汇总计算错误","revision":2}"#)
            let history = try await store.revisionHistory(of: ref.tender)
            #expect(history.map(\.revision.ref.number) == [1, 2])
            #expect(history.map(\.opening) == [nil, RevisionOpening(revision: 2, reason: "发现分值汇总计算错误")])
            #expect(history.last?.openedBy == People.officer.id)
            #expect(tenderLog.filter { $0.event.action == "tender.stage-changed" }.count == 6)
            #expect(tenderLog.contains { $0.event.action == "mark.corrected" && $0.event.before == #""3""# })
            guard case .intact = try await store.verifyLog(pageSize: 7) else { Issue.record("log not intact"); return }
        }
    }

    @Test("writes check the version and the stage the caller read", arguments: StoreBackend.enabled)
    func staleWrites(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            let officer = clock.context(People.officer)
            let revision = try await store.createTender(TenderID("t"), title: "t", context: officer)
            _ = try await store.updateSetup(revision.ref, TenderSetup(recommendedCandidates: 2), expectedVersion: 1, context: officer)
            await #expect(throws: StoreError.conflict(.revision(revision.ref), expected: 1, found: 2)) {
                try await store.updateSetup(revision.ref, TenderSetup(recommendedCandidates: 4), expectedVersion: 1, context: officer)
            }
            #expect(try await store.revision(revision.ref)?.setup.recommendedCandidates == 2)
            await #expect(throws: StoreError.stageChanged(expected: .declarations, found: .draft)) {
                try await store.declare(revision.ref, member: People.experts[0].id, .none, expectedStage: .declarations, context: clock.context(People.experts[0]))
            }
            await #expect(throws: StoreError.notFound(.revision(RevisionRef(tender: TenderID("none"), number: 1)))) {
                try await store.updateSetup(RevisionRef(tender: TenderID("none"), number: 1), TenderSetup(), expectedVersion: 1, context: officer)
            }
            var ghostly = People.committee
            ghostly.members[0].user = UserID("ghost")
            await #expect(throws: StoreError.notFound(.user("ghost"))) {
                _ = try await store.setCommittee(revision.ref, ghostly, expectedVersion: 2, context: officer)
            }
            // A refused change leaves no event behind.
            #expect(try await store.lastLogRow()?.event.action == "tender.setup-edited")
        }
    }

    @Test("concurrent writers: one edit wins, the others get a conflict; every sheet is stored once", arguments: StoreBackend.enabled)
    func concurrency(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            let officer = clock.context(People.officer)
            let revision = try await store.createTender(TenderID("t"), title: "t", context: officer)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for count in 1...8 {
                    group.addTask {
                        do {
                            _ = try await store.updateSetup(revision.ref, TenderSetup(recommendedCandidates: count), expectedVersion: 1, context: clock.context(People.officer))
                            return true
                        } catch StoreError.conflict {
                            return false
                        } catch {
                            Issue.record("unexpected \(error)")
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)

            let users = (1...12).map { User(id: UserID("x\($0)"), username: "x\($0)", displayName: "x", roles: [.expert]) }
            for user in users { _ = try await store.createUser(user, passwordHash: "h", context: clock.context(nil)) }
            var current = try #require(try await store.revision(revision.ref))
            let committee = Committee(members: users.enumerated().map { CommitteeMember(memberID: "M\($0.offset)", user: $0.element.id, name: "x", role: .expert, isLeader: $0.offset == 0) })
            current = try await store.setCommittee(revision.ref, committee, expectedVersion: current.version, context: officer)
            for stage in [TenderStage.declarations, .complianceReview, .scoring] {
                current = try await store.advance(revision.ref, to: stage, files: [], expectedVersion: current.version, context: officer)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for user in users {
                    group.addTask {
                        let sheet = try People.fullSheet(user, points: "4.5").submitted(template: People.template)
                        _ = try await store.saveSheet(revision.ref, sheet, expectedVersion: 0, expectedStage: .scoring, context: clock.context(user))
                    }
                }
                try await group.waitForAll()
            }
            let sheets = try await store.scoreSheets(revision.ref)
            #expect(sheets.count == users.count)
            #expect(sheets.allSatisfy { $0.sheet.isSubmitted && $0.sheet.marks.count == People.template.keys.count })
            guard case .intact(let rows, _) = try await store.verifyLog() else { Issue.record("log not intact"); return }
            #expect(rows == Int64(6 + 1 + 1 + users.count + 1 + 3 + users.count))
        }
    }

    @Test("the database itself refuses to change or remove log rows", arguments: StoreBackend.enabled)
    func appendOnly(backend: StoreBackend) async throws {
        try await backend.withStore { store, raw in
            let clock = TestClock()
            try await store.appendEvent(LogEvent(at: clock.now(), actor: nil, kind: .fileDownloaded, subject: "record"))
            await #expect(throws: (any Error).self) { try await raw("UPDATE event_log SET actor = 'intruder'") }
            await #expect(throws: (any Error).self) { try await raw("DELETE FROM event_log") }
            #expect(try await store.lastLogRow()?.event.actor == nil)
            #expect(try await store.logRows(after: 0, limit: 10).count == 1)
        }
    }
}
