import VendorScoreWorkspace

/// Who acts and when: every change carries it into the event it logs.
public struct ActionContext: Hashable, Sendable {
    /// `nil` for the workspace itself (creating the first administrator).
    public var actor: UserID?
    public var at: Timestamp

    public init(actor: UserID?, at: Timestamp) {
        self.actor = actor
        self.at = at
    }
}

/// An account as stored: the domain's ``User`` with its password hash and version.
public struct StoredUser: Hashable, Sendable {
    public var user: User
    /// A bcrypt hash (the server makes it); never logged.
    public var passwordHash: String
    public var version: Int
    public var createdAt: Timestamp

    public init(user: User, passwordHash: String, version: Int, createdAt: Timestamp) {
        self.user = user
        self.passwordHash = passwordHash
        self.version = version
        self.createdAt = createdAt
    }

    /// The account after an administrator's edit: only the display name, roles and disabled flag
    /// change (the id and username never do), and the version moves on.
    func updated(by edit: User) -> StoredUser {
        var next = self
        next.user.displayName = edit.displayName
        next.user.roles = edit.roles
        next.user.disabled = edit.disabled
        next.version += 1
        return next
    }
}

/// A signed-in session. The token itself lives only in the user's cookie; the store keeps a hash.
public struct StoredSession: Hashable, Sendable {
    /// SHA-256 of the session token, hex (see ``SessionToken/hash(_:)``).
    public var tokenHash: String
    public var user: UserID
    public var createdAt: Timestamp
    public var expiresAt: Timestamp

    public init(tokenHash: String, user: UserID, createdAt: Timestamp, expiresAt: Timestamp) {
        self.tokenHash = tokenHash
        self.user = user
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// One revision of a tender as stored.
public struct StoredRevision: Hashable, Sendable {
    public var ref: RevisionRef
    public var title: String
    public var stage: TenderStage
    public var setup: TenderSetup
    public var committee: Committee
    /// False once a newer revision of the same tender exists.
    public var isCurrent: Bool
    /// Bumped by every change to the revision itself (setup, committee, files, stage).
    public var version: Int
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(
        ref: RevisionRef, title: String, stage: TenderStage, setup: TenderSetup, committee: Committee, isCurrent: Bool,
        version: Int, createdAt: Timestamp, updatedAt: Timestamp
    ) {
        self.ref = ref
        self.title = title
        self.stage = stage
        self.setup = setup
        self.committee = committee
        self.isCurrent = isCurrent
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// The files a revision holds: the officer's inputs, and what closing freezes.
public enum FileKind: String, Hashable, Sendable, Codable, CaseIterable {
    case rubric, bids
    /// The tender file (`vendorscore/tender@1`) written from the workspace at closing.
    case tender
    /// The ranking as JSON, the HTML report and the sealed record, frozen at closing.
    case result, report, record
}

/// A file to store.
public struct NewFile: Hashable, Sendable {
    public var kind: FileKind
    /// The name the user gave (shown and used for downloads).
    public var name: String
    public var bytes: [UInt8]

    public init(kind: FileKind, name: String, bytes: [UInt8]) {
        self.kind = kind
        self.name = name
        self.bytes = bytes
    }
}

/// A stored file without its bytes.
public struct FileInfo: Hashable, Sendable {
    public var kind: FileKind
    public var name: String
    public var size: Int
    /// SHA-256 of the bytes, hex.
    public var sha256: String
    public var uploadedAt: Timestamp
    public var uploadedBy: UserID?

    public init(kind: FileKind, name: String, size: Int, sha256: String, uploadedAt: Timestamp, uploadedBy: UserID?) {
        self.kind = kind
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.uploadedAt = uploadedAt
        self.uploadedBy = uploadedBy
    }
}

/// A stored file with its bytes.
public struct StoredFile: Hashable, Sendable {
    public var info: FileInfo
    public var bytes: [UInt8]

    public init(info: FileInfo, bytes: [UInt8]) {
        self.info = info
        self.bytes = bytes
    }
}

/// A member's score sheet as stored, with its version (0 when nothing is stored yet).
public struct StoredSheet: Hashable, Sendable {
    public var sheet: ScoreSheet
    public var version: Int
    public var updatedAt: Timestamp?

    public init(sheet: ScoreSheet, version: Int, updatedAt: Timestamp?) {
        self.sheet = sheet
        self.version = version
        self.updatedAt = updatedAt
    }
}

/// A correction on record: who recorded it and when, numbered in order.
public struct StoredCorrection: Hashable, Sendable {
    public var number: Int
    public var correction: MarkCorrection
    public var recordedBy: UserID?
    public var recordedAt: Timestamp

    public init(number: Int, correction: MarkCorrection, recordedBy: UserID?, recordedAt: Timestamp) {
        self.number = number
        self.correction = correction
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// A committee decision on record, numbered in order.
public struct StoredDecision: Hashable, Sendable {
    public var number: Int
    public var decision: CommitteeDecision

    public init(number: Int, decision: CommitteeDecision) {
        self.number = number
        self.decision = decision
    }
}
