/// Passwords the server makes up: the administrator's first one and every reset. They are
/// shown once and must be changed at the next sign-in.
///
/// ```swift
/// let password = OneTimePassword.generate()   // e.g. "k7qm-2xwp-9rtd-h4nc"
/// ```
enum OneTimePassword {
    /// No 0/o, 1/l/i: the password is read off a screen and typed by hand.
    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let groups = (0..<4).map { _ in
            String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }
        return groups.joined(separator: "-")
    }
}
