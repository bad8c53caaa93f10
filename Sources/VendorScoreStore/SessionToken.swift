import Crypto

/// Session tokens: random, handed to the browser once, stored only as a hash.
///
/// ```swift
/// let token = SessionToken.generate()          // goes into the HttpOnly cookie
/// let stored = SessionToken.hash(token)        // goes into the store
/// ```
public enum SessionToken {
    /// 32 random bytes from the system's secure generator, as 64 hex digits.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// SHA-256 of the token's UTF-8 bytes, hex.
    public static func hash(_ token: String) -> String { hex(Array(SHA256.hash(data: Array(token.utf8)))) }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
