import Foundation

/// What happened, as the log names it. Stored as the raw text, so older logs stay readable.
public enum EventKind: String, Hashable, Sendable, Codable, CaseIterable {
    case userCreated = "user.created"
    case userUpdated = "user.updated"
    case passwordChanged = "user.password-changed"
    case signedIn = "session.signed-in"
    case signInFailed = "session.sign-in-failed"
    case signedOut = "session.signed-out"
    case tenderCreated = "tender.created"
    case setupEdited = "tender.setup-edited"
    case fileUploaded = "tender.file-uploaded"
    case committeeNamed = "tender.committee-named"
    case stageChanged = "tender.stage-changed"
    case revisionOpened = "tender.revision-opened"
    case conflictsDeclared = "declaration.made"
    case marksSaved = "marks.saved"
    case marksSubmitted = "marks.submitted"
    case markCorrected = "mark.corrected"
    case decisionRecorded = "decision.recorded"
    case signed = "signature.made"
    case fileDownloaded = "file.downloaded"
}

/// One action to be logged, before it has a place in the chain.
///
/// `before` and `after` are JSON text (see ``EventJSON``); the chain hashes them exactly as
/// stored. Passwords, session tokens and their hashes never go into an event.
///
/// ```swift
/// let event = LogEvent(at: clock.now(), actor: officer.id, kind: .stageChanged,
///     revision: RevisionRef(tender: TenderID("t1"), number: 1),
///     before: try EventJSON.encode(TenderStage.draft), after: try EventJSON.encode(TenderStage.declarations))
/// ```
public struct LogEvent: Hashable, Sendable {
    public var at: Timestamp
    /// Who acted; `nil` for the workspace itself (the first administrator's creation).
    public var actor: UserID?
    public var action: String
    public var tender: TenderID?
    public var revision: Int?
    /// What the action was about inside the tender, e.g. a member, a mark's cell or a file kind.
    public var subject: String?
    public var before: String?
    public var after: String?

    public init(
        at: Timestamp, actor: UserID?, kind: EventKind, revision: RevisionRef? = nil, subject: String? = nil,
        before: String? = nil, after: String? = nil
    ) {
        self.init(at: at, actor: actor, action: kind.rawValue, tender: revision?.tender, revision: revision?.number,
                  subject: subject, before: before, after: after)
    }

    public init(
        at: Timestamp, actor: UserID?, action: String, tender: TenderID?, revision: Int?, subject: String?,
        before: String?, after: String?
    ) {
        self.at = at
        self.actor = actor
        self.action = action
        self.tender = tender
        self.revision = revision
        self.subject = subject
        self.before = before
        self.after = after
    }

    public var kind: EventKind? { EventKind(rawValue: action) }
}

/// Encodes an event's before and after values as compact JSON with sorted keys, so the same
/// values always give the same text.
///
/// ```swift
/// try EventJSON.encode(["stage": "draft"])   // {"stage":"draft"}
/// ```
public enum EventJSON {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
