import Foundation
import Testing
import VendorScoreStore
import VendorScoreWorkspace
@testable import VendorScoreServer

/// Expired sessions do not pile up: each sign-in, and each start of the server, removes them.
@Suite struct SessionPurgeTests {
    @Test func signingInRemovesExpiredSessionsAndKeepsLiveOnes() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let store = client.server.store
            let now = SystemClock().now().millisecondsSince1970
            let expired = StoredSession(tokenHash: SessionToken.hash("an-expired-token"), user: UserID(admin.userID),
                                        createdAt: Timestamp(millisecondsSince1970: now - 9 * 3_600_000),
                                        expiresAt: Timestamp(millisecondsSince1970: now - 3_600_000))
            try await store.createSession(expired, context: ActionContext(actor: UserID(admin.userID), at: Timestamp(millisecondsSince1970: now)))
            #expect(try await store.session(tokenHash: expired.tokenHash) == expired)

            let again = try await client.signIn("admin", LiveWorkspace.password)
            #expect(try await store.session(tokenHash: expired.tokenHash) == nil)
            #expect(try await client.api(.get, "/api/v1/session", session: admin).status == .ok)
            #expect(try await client.api(.get, "/api/v1/session", session: again).status == .ok)
            // Nothing expired is left for the start-up purge.
            #expect(try await client.server.accounts.purgeExpiredSessions() == 0)
        }
    }
}
