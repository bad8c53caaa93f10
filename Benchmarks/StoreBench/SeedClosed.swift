import Foundation
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace

/// Fills a store with closed tenders, each walked through every stage the way the workspace
/// does it (committee of five, declarations, submitted sheets, signatures, closing files), so
/// the tender list and a tender's page can be timed on a database of realistic size.
///
/// The committees rotate over a pool of fifty experts. The closing files are small stand-ins:
/// the list and the overview never read them.
struct SeedClosed {
    let count: Int
    let bids: Int
    let criteria: Int
    /// Tenders seeded at the same time (PostgreSQL takes them in parallel; SQLite queues them).
    let parallel = 8
    static let pool = 50
    static let committee = 5

    func run(_ store: any WorkspaceStore) async throws {
        let clock = SystemClock()
        let officer = User(id: UserID("seed-officer"), username: "seed-officer", displayName: "seed officer", roles: [.officer])
        let experts = (1...Self.pool).map {
            User(id: UserID("seed-e\($0)"), username: "seed-e\($0)", displayName: "专家\($0)", roles: [.expert])
        }
        for user in [officer] + experts {
            _ = try await store.createUser(user, passwordHash: "-", context: ActionContext(actor: nil, at: clock.now()))
        }
        let template = ScoreSheetTemplate(
            vendors: (1...bids).map { "v\($0)" },
            criteria: (1...criteria).map { SheetCriterion(id: "c\($0)", title: "c\($0)", maximum: Points("10")!) }
        )
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                if index >= parallel { try await group.next() }
                group.addTask {
                    let seats = (0..<Self.committee).map { experts[(index * Self.committee + $0) % Self.pool] }
                    try await closedTender(number: index + 1, officer: officer, seats: seats, template: template, store, clock)
                }
            }
            try await group.waitForAll()
        }
        let seconds = Double((ContinuousClock.now - started).components.seconds)
        print("seeded \(count) closed tenders (\(Self.committee) members × \(bids * criteria) marks each) in \(Int(seconds)) s")
    }

    private func closedTender(number: Int, officer: User, seats: [User], template: ScoreSheetTemplate,
                              _ store: any WorkspaceStore, _ clock: SystemClock) async throws {
        let context = { (user: User) in ActionContext(actor: user.id, at: clock.now()) }
        var revision = try await store.createTender(TenderID(String(format: "SEED-%05d", number)), title: "政务云服务采购 \(number)",
                                                    context: context(officer))
        let ref = revision.ref
        for (kind, text) in [(FileKind.rubric, "format: vendorscore/rubric@1\n"), (.bids, "format: vendorscore/bids@1\n")] {
            revision = try await store.putFile(ref, NewFile(kind: kind, name: "\(kind.rawValue).yaml", bytes: Array(text.utf8)),
                                               expectedVersion: revision.version, context: context(officer))
        }
        let committee = Committee(members: seats.enumerated().map {
            CommitteeMember(memberID: "E\($0.offset + 1)", user: $0.element.id, name: $0.element.displayName, role: .expert,
                            isLeader: $0.offset == 0)
        })
        revision = try await store.setCommittee(ref, committee, expectedVersion: revision.version, context: context(officer))
        revision = try await store.advance(ref, to: .declarations, files: [], expectedVersion: revision.version, context: context(officer))
        for seat in seats {
            try await store.declare(ref, member: seat.id, .none, expectedStage: .declarations, context: context(seat))
        }
        for stage in [TenderStage.complianceReview, .scoring] {
            revision = try await store.advance(ref, to: stage, files: [], expectedVersion: revision.version, context: context(officer))
        }
        for (offset, seat) in seats.enumerated() {
            var sheet = ScoreSheet(member: seat.id)
            let marks = template.keys.enumerated().map { ($0.element, Points(Rational(Int128(($0.offset + offset) % 21), 2))) }
            try sheet.saveDraft(Dictionary(uniqueKeysWithValues: marks), template: template)
            _ = try await store.saveSheet(ref, try sheet.submitted(template: template), expectedVersion: 0, expectedStage: .scoring,
                                          context: context(seat))
        }
        revision = try await store.advance(ref, to: .review, files: [], expectedVersion: revision.version, context: context(officer))
        revision = try await store.advance(ref, to: .signing, files: [], expectedVersion: revision.version, context: context(seats[0]))
        for seat in seats {
            try await store.sign(ref, Signature(member: seat.id, verdict: .confirm, at: clock.now()), expectedStage: .signing, context: context(seat))
        }
        let closing = [FileKind.result, .report, .record].map { NewFile(kind: $0, name: "\($0.rawValue)", bytes: Array("{}".utf8)) }
        _ = try await store.advance(ref, to: .closed, files: closing, expectedVersion: revision.version, context: context(officer))
    }
}
