/// The event log's head when a tender closed: the last row's number and hash. Closing writes it
/// as the first line of the tender file (a YAML comment, which the tender file's reader skips),
/// and the tender file is embedded and sealed in the record; so the record vouches that the log
/// held this row with this hash, and a log cut short or rewritten before it no longer matches.
///
/// ```swift
/// let seal = LogSeal(sequence: 1284, hash: "3f1c…")
/// seal.line                                     // "# vendorscore-log-head: row=1284 sha256=3f1c…\n"
/// LogSeal.find(in: seal.line + "format: …")    // the same seal
/// ```
public struct LogSeal: Hashable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var hash: String

    static let prefix = "# vendorscore-log-head: "

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The line that carries the seal in a tender file, newline included.
    public var line: String { "\(Self.prefix)row=\(sequence) sha256=\(hash)\n" }

    public var description: String { WorkspaceMessages.logSeal(self) }

    /// The seal on the first line of a tender file, or `nil` when it has none (a tender file
    /// written by hand, or a record made by `vendorscore evaluate`).
    public static func find(in text: String) -> LogSeal? {
        guard let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
              first.hasPrefix(prefix) else { return nil }
        let fields = first.dropFirst(prefix.count).split(separator: " ")
        guard fields.count == 2, fields[0].hasPrefix("row="), fields[1].hasPrefix("sha256="),
              let sequence = Int64(fields[0].dropFirst(4)), sequence > 0 else { return nil }
        let hash = String(fields[1].dropFirst(7))
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return LogSeal(sequence: sequence, hash: hash)
    }
}

/// How a database's log compares with a record's ``LogSeal``.
public enum LogSealCheck: Hashable, Sendable, CustomStringConvertible {
    /// The sealed row is there with the sealed hash.
    case matches(LogSeal)
    /// The log ends before the sealed row: rows were cut off its end.
    case rowMissing(LogSeal, lastRow: Int64)
    /// The sealed row has another hash: the log up to it was rewritten (or this is another log).
    case hashDiffers(LogSeal, found: String)

    public var matches: Bool {
        if case .matches = self { return true }
        return false
    }

    public var description: String { WorkspaceMessages.logSealCheck(self) }
}
