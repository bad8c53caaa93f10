import Crypto
import VendorScoreStore

/// The secret a browser or API client holds for one session, and what the server derives from
/// it: the hash the store keeps (``SessionToken/hash(_:)``) and the CSRF token.
///
/// The CSRF token is derived from the secret, so it needs no storage of its own and cannot be
/// computed by a page that does not hold the cookie.
///
/// ```swift
/// let secret = SessionCookie.generate()
/// let kept = secret.storedHash   // what the store keeps, never secret.value
/// ```
struct SessionCookie: Sendable, Equatable {
    /// What the cookie holds: 64 hex digits.
    let value: String

    init(value: String) {
        self.value = value
    }

    static func generate() -> SessionCookie {
        SessionCookie(value: SessionToken.generate())
    }

    /// The form of the token the store keeps and looks sessions up by.
    var storedHash: String {
        SessionToken.hash(value)
    }

    /// The token every form and every JSON write must echo back.
    var csrfToken: String {
        SHA256.hash(data: Array("csrf:\(value)".utf8)).map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// A cookie value of the right shape; anything else is not looked up at all.
    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
        }
    }

    /// Compares two tokens in time independent of where they first differ.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
