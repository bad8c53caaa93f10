import Testing
import VendorScoreStore
import VendorScoreWorkspace

/// The tender list reads every tender's state at once; it must agree with the state read one
/// tender at a time, in every scope, on both databases.
@Suite("Tender listing")
struct TenderListingTests {
    /// Moves a new tender with the four-member committee and both inputs to `stage`.
    static func tender(_ id: String, at stage: TenderStage, _ store: any WorkspaceStore, _ clock: TestClock) async throws -> RevisionRef {
        let officer = clock.context(People.officer)
        var revision = try await store.createTender(TenderID(id), title: "标题 \(id)", context: officer)
        revision = try await store.putFile(revision.ref, NewFile(kind: .rubric, name: "r.yaml", bytes: [1]), expectedVersion: revision.version, context: officer)
        revision = try await store.putFile(revision.ref, NewFile(kind: .bids, name: "b.yaml", bytes: [2]), expectedVersion: revision.version, context: officer)
        revision = try await store.setCommittee(revision.ref, People.committee, expectedVersion: revision.version, context: officer)
        for next in TenderStage.allCases where next > .draft && next <= stage {
            revision = try await store.advance(revision.ref, to: next, files: [], expectedVersion: revision.version, context: officer)
        }
        return revision.ref
    }

    @Test("each listed tender has the revision and state read one at a time, in every scope", arguments: StoreBackend.enabled)
    func listingAgrees(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            let (first, second, fourth) = (People.experts[0], People.experts[1], People.experts[3])
            // A draft with nothing in it, changed before the others and so listed after them.
            let draft = try await store.createTender(TenderID("Z-draft"), title: "草稿", context: clock.context(People.officer)).ref

            let declaring = try await Self.tender("B-declaring", at: .declarations, store, clock)
            try await store.declare(declaring, member: first.id, .none, expectedStage: .declarations, context: clock.context(first))
            try await store.declare(declaring, member: People.experts[2].id, .steppedAside(vendors: ["inspur"], reason: "曾任顾问"),
                                    expectedStage: .declarations, context: clock.context(People.experts[2]))

            let scoring = try await Self.tender("C-scoring", at: .scoring, store, clock)
            let submitted = try People.fullSheet(first, points: "4").submitted(template: People.template)
            _ = try await store.saveSheet(scoring, submitted, expectedVersion: 0, expectedStage: .scoring, context: clock.context(first))
            _ = try await store.saveSheet(scoring, try People.fullSheet(second, points: "3"), expectedVersion: 0, expectedStage: .scoring,
                                          context: clock.context(second))

            let signing = try await Self.tender("D-signing", at: .signing, store, clock)
            try await store.sign(signing, Signature(member: second.id, verdict: .confirm, at: clock.now()), expectedStage: .signing,
                                 context: clock.context(second))

            let closed = try await Self.tender("E-reopened", at: .closed, store, clock)
            let reopened = try await store.openRevision(of: closed.tender, reason: "第64条 复核", expectedVersion: try #require(try await store.revision(closed)).version,
                                                        context: clock.context(People.officer)).ref

            let all = try await store.tenderListing(.all)
            // Most recently changed first: the re-evaluation opened last.
            #expect(all.map(\.revision.ref) == [reopened, signing, scoring, declaring, draft])
            for listed in all {
                #expect(listed.revision == (try await store.currentRevision(of: listed.revision.ref.tender)))
                #expect(listed.state == (try await store.tenderState(listed.revision.ref)))
            }
            let states = Dictionary(uniqueKeysWithValues: all.map { ($0.revision.ref, $0.state) })
            #expect(states[draft]?.hasInputs == false && states[draft]?.committee == .empty)
            #expect(states[declaring]?.declarations.count == 2 && states[declaring]?.hasSteppedAside(People.experts[2].id) == true)
            #expect(states[scoring]?.submitted == [first.id])
            #expect(states[signing]?.signed == [second.id])
            #expect(states[reopened]?.stage == .review && states[reopened]?.isCurrentRevision == true)

            #expect(try await store.tenderListing(.member(fourth.id)).map(\.revision.ref) == [reopened, signing, scoring, declaring])
            #expect(try await store.tenderListing(.member(People.officer.id)).isEmpty)
            #expect(try await store.tenderListing(.tender(TenderID("C-scoring"))) == all.filter { $0.revision.ref == scoring })
            #expect(try await store.tenderListing(.tender(TenderID("none"))).isEmpty)
            #expect(try await store.tenders().map(\.ref) == all.map(\.revision.ref))
            #expect(try await store.tenders(member: first.id).map(\.ref) == [reopened, signing, scoring, declaring])
        }
    }

    @Test("a window reads one page of the listing, in the listing's order, and the count is the whole scope's", arguments: StoreBackend.enabled)
    func windows(backend: StoreBackend) async throws {
        try await backend.withStore { store, _ in
            let clock = try await People.seeded(store)
            var refs: [RevisionRef] = []
            for index in 1...7 {
                refs.append(try await Self.tender("T-\(index)", at: index.isMultiple(of: 2) ? .closed : .scoring, store, clock))
            }
            // Touching the oldest tender moves it to the front.
            let oldest = try #require(try await store.revision(refs[0]))
            _ = try await store.updateSetup(refs[0], oldest.setup, expectedVersion: oldest.version, context: clock.context(People.officer))
            let order = [refs[0]] + refs[1...].reversed()
            #expect(try await store.tenderListing(.all).map(\.revision.ref) == order)

            #expect(try await store.tenderCount(.all) == 7)
            #expect(try await store.tenderCount(.closed) == 3)
            #expect(try await store.tenderCount(.member(People.experts[0].id)) == 7)
            #expect(try await store.tenderCount(.member(People.officer.id)) == 0)
            #expect(try await store.tenderCount(.tender(TenderID("T-3"))) == 1)

            for (page, expected) in [(1, order[0..<3]), (2, order[3..<6]), (3, order[6..<7]), (4, order[7..<7])] {
                let window = try await store.tenderListing(.all, window: ListingWindow(page: page, size: 3))
                #expect(window.map(\.revision.ref) == Array(expected), "page \(page)")
            }
            // Each windowed tender carries the same state as the whole listing gives it.
            let whole = try await store.tenderListing(.all)
            #expect(try await store.tenderListing(.all, window: ListingWindow(offset: 2, limit: 4)) == Array(whole[2..<6]))
            let closed = try await store.tenderListing(.closed, window: ListingWindow(page: 1, size: 2))
            #expect(closed.map(\.revision.ref) == [refs[5], refs[3]])
            #expect(closed.allSatisfy { $0.state.stage == .closed })
            let member = try await store.tenderListing(.member(People.experts[1].id), window: ListingWindow(page: 2, size: 5))
            #expect(member.map(\.revision.ref) == Array(order[5..<7]))
        }
    }
}
