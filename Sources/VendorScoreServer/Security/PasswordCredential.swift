/// What the server keeps in the store's password-hash field: the bcrypt hash, marked when the
/// password is a one-time password (the first administrator's, a new account's, a reset's) that
/// must be replaced before anything else is allowed.
///
/// The store treats the field as opaque text, so the mark travels with the hash: one write sets
/// both, and no password change can leave them disagreeing.
///
/// ```swift
/// let credential = PasswordCredential(bcryptHash: hash, isOneTime: true)
/// credential.stored            // "one-time:$2b$12$…"
/// PasswordCredential(stored: credential.stored).isOneTime   // true
/// ```
struct PasswordCredential: Equatable, Sendable {
    static let oneTimeMark = "one-time:"

    var bcryptHash: String
    var isOneTime: Bool

    init(bcryptHash: String, isOneTime: Bool) {
        self.bcryptHash = bcryptHash
        self.isOneTime = isOneTime
    }

    init(stored: String) {
        isOneTime = stored.hasPrefix(Self.oneTimeMark)
        bcryptHash = isOneTime ? String(stored.dropFirst(Self.oneTimeMark.count)) : stored
    }

    var stored: String {
        (isOneTime ? Self.oneTimeMark : "") + bcryptHash
    }
}
