import VendorScoreRecord
import VendorScoreWorkspace

/// How `vendorscore serve` listens, how strict it is with what arrives, and the key it signs
/// closed tenders' records with.
///
/// Loopback by default: the workspace is reachable from other machines only when the
/// operator names another host on purpose. Behind a TLS proxy, set ``secureCookies`` so the
/// browser sends the session cookie over HTTPS only.
///
/// ```swift
/// var configuration = ServerConfiguration()
/// configuration.port = 8443
/// configuration.secureCookies = true
/// ```
public struct ServerConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` unless the operator chooses otherwise.
    public var host: String
    /// The TCP port; `0` lets the system choose (tests do).
    public var port: Int
    /// Marks the session cookie `Secure`, for a server reached through HTTPS.
    public var secureCookies: Bool
    /// The largest request body accepted, uploads included; larger ones get 413.
    public var maxBodyBytes: Int
    /// How long a session lasts without being used.
    public var sessionLifetime: Duration
    /// bcrypt's cost (log₂ rounds); tests lower it, production keeps 12.
    public var bcryptCost: UInt8
    /// Failed sign-ins allowed per user name and per address within ``signInWindow``.
    public var signInAttempts: Int
    /// The window over which failed sign-ins are counted.
    public var signInWindow: Duration
    /// The Ed25519 key that signs the record frozen at each closing; its public key is offered
    /// for download so that `vendorscore verify RECORD --public-key KEY` checks it. Without one,
    /// records are sealed but not signed.
    public var signingKey: RecordSigningKey?
    /// The time zone, as a fixed offset from UTC, of every date and time written for people: the
    /// report's date, decisions' and signatures' dates, when a re-evaluation was opened, the log
    /// on the result page. 北京时间 (+08:00) unless told otherwise.
    public var utcOffset: UTCOffset

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
        self.secureCookies = false
        self.maxBodyBytes = 8 * 1024 * 1024
        self.sessionLifetime = .seconds(8 * 3600)
        self.bcryptCost = 12
        self.signInAttempts = 5
        self.signInWindow = .seconds(15 * 60)
        self.signingKey = nil
        self.utcOffset = .chinaStandardTime
    }
}
