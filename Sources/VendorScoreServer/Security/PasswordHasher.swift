import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing and checking, off the request's executor: at cost 12 one hash takes a
/// noticeable fraction of a second, which must not stall other requests.
///
/// ```swift
/// let hasher = try await PasswordHasher(cost: 12)
/// let hash = try await hasher.hash("correct horse")
/// let ok = try await hasher.verify("correct horse", hash: hash)
/// ```
struct PasswordHasher: Sendable {
    let cost: UInt8
    /// A hash of a password nobody knows, checked when the user name does not exist so that an
    /// unknown name takes as long to refuse as a wrong password.
    private let decoyHash: String

    init(cost: UInt8) async throws {
        self.cost = cost
        let decoy = OneTimePassword.generate()
        self.decoyHash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(decoy, cost: cost) }
    }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks a password against a stored hash, or against the decoy when there is none.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        let stored = hash ?? decoyHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: stored) }
        return matches && hash != nil
    }
}
