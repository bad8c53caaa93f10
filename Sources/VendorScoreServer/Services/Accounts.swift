import Foundation
import Hummingbird
import VendorScoreStore
import VendorScoreWorkspace

/// Signing in and out, changing passwords and administering accounts: what the account pages
/// and their API twins share. Every outcome is logged; no password, token or hash ever is.
struct Accounts: Sendable {
    let store: any WorkspaceStore
    let hasher: PasswordHasher
    let throttle: SignInThrottle
    let clock: any WorkspaceClock
    let configuration: ServerConfiguration

    /// Checks a name and password and opens a session. Unknown names, wrong passwords and
    /// disabled accounts get the same answer in the same time.
    func signIn(username: String, password: String, address: String) async throws -> (SignedIn, Cookie) {
        guard await throttle.allows(username: username, address: address) else { throw WorkspaceFailure.throttled }
        let stored = try await store.user(username: username)
        let credential = stored.map { PasswordCredential(stored: $0.passwordHash) }
        let matches = try await hasher.verify(password, hash: credential?.bcryptHash)
        guard matches, let stored, !stored.user.disabled else {
            await throttle.recordFailure(username: username, address: address)
            try await store.appendEvent(LogEvent(at: clock.now(), actor: stored?.user.id, kind: .signInFailed, subject: username))
            throw WorkspaceFailure.signInFailed
        }
        await throttle.recordSuccess(username: username)
        let token = SessionCookie.generate()
        let now = clock.now()
        let lifetime = configuration.sessionLifetime.components.seconds
        let expires = Timestamp(millisecondsSince1970: now.millisecondsSince1970 + lifetime * 1000)
        try await store.createSession(StoredSession(tokenHash: token.storedHash, user: stored.user.id, createdAt: now, expiresAt: expires),
                                      context: ActionContext(actor: stored.user.id, at: now))
        // Each new session clears the expired ones, so the table holds live sessions only.
        try await purgeExpiredSessions()
        let signedIn = SignedIn(user: stored.user, token: token, mustChangePassword: credential?.isOneTime ?? false)
        return (signedIn, SessionAuthenticator.cookie(token, lifetime: configuration.sessionLifetime, secure: configuration.secureCookies))
    }

    /// Removes every session that has expired; returns how many.
    @discardableResult
    func purgeExpiredSessions() async throws -> Int {
        try await store.deleteExpiredSessions(before: clock.now())
    }

    func signOut(_ signedIn: SignedIn) async throws -> Cookie {
        try await store.deleteSession(tokenHash: signedIn.token.storedHash, context: context(signedIn.user.id))
        return SessionAuthenticator.removal(secure: configuration.secureCookies)
    }

    /// Sets a new password the user typed twice, after checking the current one.
    func changePassword(_ signedIn: SignedIn, current: String, new: String, repeated: String, labels: PageLabels) async throws {
        var problems = PasswordRules.problems(current: current, new: new, repeated: repeated, labels: labels)
        guard let stored = try await store.user(id: signedIn.user.id) else { throw WorkspaceFailure.notSignedIn }
        if try await !hasher.verify(current, hash: PasswordCredential(stored: stored.passwordHash).bcryptHash) {
            problems.insert(FieldProblem(field: "current", message: labels.signInFailed), at: 0)
        }
        guard problems.isEmpty else { throw WorkspaceFailure.invalid(problems) }
        _ = try await store.setPasswordHash(try await credential(new, isOneTime: false), for: stored.user.id,
                                            expectedVersion: stored.version, context: context(signedIn.user.id))
    }

    /// Creates an account with a one-time password, returned to be shown once.
    func createUser(username: String, displayName: String, roles: Set<GlobalRole>, by admin: UserID,
                    labels: PageLabels) async throws -> (User, String) {
        var problems: [FieldProblem] = []
        if !UsernameRules.isValid(username) { problems.append(FieldProblem(field: "username", message: labels.usernameRules)) }
        if displayName.allSatisfy(\.isWhitespace) {
            problems.append(FieldProblem(field: "displayName", message: labels.required))
        }
        if roles.isEmpty { problems.append(FieldProblem(field: "roles", message: labels.atLeastOneRole)) }
        guard problems.isEmpty else { throw WorkspaceFailure.invalid(problems) }
        if try await store.user(username: username) != nil {
            throw WorkspaceFailure.invalid([FieldProblem(field: "username", message: labels.usernameTaken)])
        }
        let password = OneTimePassword.generate()
        let user = User(id: UserID(UUID().uuidString.lowercased()), username: username,
                        displayName: displayName, roles: roles)
        let stored = try await store.createUser(user, passwordHash: try await credential(password, isOneTime: true),
                                                context: context(admin))
        return (stored.user, password)
    }

    /// A new one-time password for someone who lost theirs; their sessions end.
    func resetPassword(of user: UserID, by admin: UserID) async throws -> String {
        guard let stored = try await store.user(id: user) else { throw WorkspaceFailure.notFound }
        let password = OneTimePassword.generate()
        _ = try await store.setPasswordHash(try await credential(password, isOneTime: true), for: user,
                                            expectedVersion: stored.version, context: context(admin))
        return password
    }

    func setDisabled(_ user: UserID, _ disabled: Bool, by admin: UserID) async throws -> User {
        guard var stored = try await store.user(id: user) else { throw WorkspaceFailure.notFound }
        stored.user.disabled = disabled
        return try await store.updateUser(stored.user, expectedVersion: stored.version, context: context(admin)).user
    }

    /// On the very first start: an administrator named `admin` with a one-time password.
    func createFirstAdministrator() async throws -> (username: String, password: String)? {
        guard try await !store.users().contains(where: { $0.user.has(.administrator) }) else { return nil }
        let password = OneTimePassword.generate()
        let admin = User(id: UserID("admin"), username: "admin", displayName: "Administrator", roles: [.administrator])
        _ = try await store.createUser(admin, passwordHash: try await credential(password, isOneTime: true),
                                       context: ActionContext(actor: nil, at: clock.now()))
        return ("admin", password)
    }

    /// What the store keeps for a password: its bcrypt hash, marked when it is one-time.
    private func credential(_ password: String, isOneTime: Bool) async throws -> String {
        PasswordCredential(bcryptHash: try await hasher.hash(password), isOneTime: isOneTime).stored
    }

    private func context(_ actor: UserID) -> ActionContext {
        ActionContext(actor: actor, at: clock.now())
    }
}

/// What a user name may look like: short, and nothing that needs escaping anywhere.
enum UsernameRules {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64 && name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F
        }
    }
}
