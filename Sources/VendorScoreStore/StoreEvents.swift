import Crypto
import VendorScoreWorkspace

/// The events each change logs, built the same way by both stores so their logs agree.
enum StoreEvents {
    static func event(
        _ kind: EventKind, _ context: ActionContext, revision: RevisionRef? = nil, subject: String? = nil,
        before: (some Encodable)? = String?.none, after: (some Encodable)? = String?.none
    ) throws -> LogEvent {
        LogEvent(at: context.at, actor: context.actor, kind: kind, revision: revision, subject: subject,
                 before: try before.map { try EventJSON.encode($0) }, after: try after.map { try EventJSON.encode($0) })
    }

    /// A file's event names it and gives its size and hash, not its bytes.
    struct FileSummary: Encodable {
        var name: String
        var size: Int
        var sha256: String
    }

    static func summary(_ info: FileInfo) -> FileSummary { FileSummary(name: info.name, size: info.size, sha256: info.sha256) }

    static func sha256(_ bytes: [UInt8]) -> String { SessionToken.hex(Array(SHA256.hash(data: bytes))) }

    /// A session event records whose session, never the token or its hash.
    struct SessionSummary: Encodable {
        var user: UserID
        var expiresAt: Timestamp
    }
}
