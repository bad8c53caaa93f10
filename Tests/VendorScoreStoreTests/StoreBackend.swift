import Foundation
import GRDB
import PostgresNIO
import Testing
import VendorScoreWorkspace
@testable import VendorScoreStore

/// The databases the storage suite runs on. SQLite always; PostgreSQL at the URL in
/// `VENDORSCORE_TEST_POSTGRES_URL` (see `.ci/postgres.sh`), and as a failure when
/// `VENDORSCORE_REQUIRE_POSTGRES=1` but no URL is set.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["VENDORSCORE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var postgresRequired: Bool { ProcessInfo.processInfo.environment["VENDORSCORE_REQUIRE_POSTGRES"] == "1" }

    /// The backends the parameterised tests take: PostgreSQL only when configured or required.
    static var enabled: [StoreBackend] { postgresURL != nil || postgresRequired ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// Runs `body` on a fresh, empty store: a new folder for SQLite, a new schema for PostgreSQL
    /// (dropped afterwards). `raw` runs SQL directly, bypassing the store, for tamper tests.
    func withStore(_ body: @Sendable (any WorkspaceStore, _ raw: RawSQL) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appending(path: "vendorscore-store-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try SQLiteWorkspaceStore(directory: folder)
            try await body(store, RawSQL { sql in try await store.pool.write { db in try db.execute(sql: sql) } })
        case .postgres:
            guard let url = Self.postgresURL else {
                Issue.record("VENDORSCORE_REQUIRE_POSTGRES=1 but VENDORSCORE_TEST_POSTGRES_URL is not set; run .ci/postgres.sh")
                return
            }
            try await PostgresWorkspaceStore.withScratchSchema(url: url) { store in
                try await body(store, RawSQL { sql in try await store.client.query(PostgresQuery(unsafeSQL: sql)) })
            }
        }
    }
}

/// SQL run straight on the database, around the store.
struct RawSQL: Sendable {
    let execute: @Sendable (String) async throws -> Void
    init(_ execute: @escaping @Sendable (String) async throws -> Void) { self.execute = execute }
    func callAsFunction(_ sql: String) async throws { try await execute(sql) }
}

/// A clock the tests move by hand: the store never reads the time itself.
final class TestClock: WorkspaceClock, @unchecked Sendable {
    private let lock = NSLock()
    private var millis: Int64 = 1_795_000_000_000

    func now() -> Timestamp {
        lock.lock()
        defer { lock.unlock() }
        millis += 1_000
        return Timestamp(millisecondsSince1970: millis)
    }

    func context(_ actor: User?) -> ActionContext { ActionContext(actor: actor?.id, at: now()) }
}

enum People {
    static let admin = User(id: UserID("u-admin"), username: "admin", displayName: "管理员", roles: [.administrator])
    static let officer = User(id: UserID("u-officer"), username: "wang", displayName: "王芳", roles: [.officer])
    static let experts = (1...4).map { User(id: UserID("u-e\($0)"), username: "expert\($0)", displayName: "专家\($0)", roles: [.expert]) }

    static var committee: Committee {
        Committee(members: experts.enumerated().map { index, user in
            CommitteeMember(memberID: "E\(index + 1)", user: user.id, name: user.displayName,
                            role: index == 3 ? .purchaserRepresentative : .expert, isLeader: index == 0)
        })
    }

    static let template = ScoreSheetTemplate(
        vendors: ["inspur", "chinac", "kingsoft"],
        criteria: [SheetCriterion(id: "design", title: "技术方案", maximum: Points("10")!), SheetCriterion(id: "service", title: "服务", maximum: Points("5")!)]
    )

    /// Every cell of the template marked with the same points.
    static func fullSheet(_ member: User, points: String) throws -> ScoreSheet {
        var sheet = ScoreSheet(member: member.id)
        try sheet.saveDraft(Dictionary(uniqueKeysWithValues: template.keys.map { ($0, Points(points)) }), template: template)
        return sheet
    }

    /// Creates every account above and returns the clock the test goes on with.
    static func seeded(_ store: any WorkspaceStore) async throws -> TestClock {
        let clock = TestClock()
        for user in [admin, officer] + experts {
            _ = try await store.createUser(user, passwordHash: "$2b$12$hash-of-\(user.username)", context: clock.context(nil))
        }
        return clock
    }
}
