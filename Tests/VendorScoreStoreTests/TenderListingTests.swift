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
            // A draft with nothing in it, listed after the others by id.
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
            #expect(all.map(\.revision.ref) == [declaring, scoring, signing, reopened, draft])
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

            #expect(try await store.tenderListing(.member(fourth.id)).map(\.revision.ref) == [declaring, scoring, signing, reopened])
            #expect(try await store.tenderListing(.member(People.officer.id)).isEmpty)
            #expect(try await store.tenderListing(.tender(TenderID("C-scoring"))) == all.filter { $0.revision.ref == scoring })
            #expect(try await store.tenderListing(.tender(TenderID("none"))).isEmpty)
            #expect(try await store.tenders().map(\.ref) == all.map(\.revision.ref))
            #expect(try await store.tenders(member: first.id).map(\.ref) == [declaring, scoring, signing, reopened])
        }
    }
}
