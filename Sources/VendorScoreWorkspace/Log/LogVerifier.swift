/// Checks a log's chain row by row, in sequence order, keeping only the last hash: a log of any
/// length is verified in constant memory.
///
/// ```swift
/// var verifier = LogVerifier()
/// for row in rows { if let broken = verifier.check(row) { print(broken); break } }
/// // or, for rows already in memory:
/// LogVerifier.verify(rows)   // .intact(rows: 42, lastHash: "…") or .broken(LogBreak)
/// ```
public struct LogVerifier: Sendable {
    public private(set) var rowsChecked: Int64 = 0
    public private(set) var lastHash = LogChain.genesisHash
    private var expectedSequence: Int64 = 1

    public init() {}

    /// Checks the next row; returns the first problem it finds with it, or `nil`.
    public mutating func check(_ row: LogRow) -> LogBreak? {
        if row.sequence != expectedSequence {
            return LogBreak(sequence: row.sequence, problem: .sequenceGap(expected: expectedSequence))
        }
        if row.previousHash != lastHash {
            return LogBreak(sequence: row.sequence, problem: .previousHashMismatch(expected: lastHash, found: row.previousHash))
        }
        let computed = LogChain.hash(sequence: row.sequence, event: row.event, previousHash: row.previousHash)
        if computed != row.hash {
            return LogBreak(sequence: row.sequence, problem: .hashMismatch(computed: computed, stored: row.hash))
        }
        rowsChecked += 1
        lastHash = row.hash
        expectedSequence += 1
        return nil
    }

    /// The outcome once every row has been checked without a break.
    public var intact: LogVerification { .intact(rows: rowsChecked, lastHash: lastHash) }

    /// Verifies rows given in sequence order.
    public static func verify(_ rows: some Sequence<LogRow>) -> LogVerification {
        var verifier = LogVerifier()
        for row in rows {
            if let broken = verifier.check(row) { return .broken(broken) }
        }
        return verifier.intact
    }
}

/// The outcome of checking a chain.
public enum LogVerification: Hashable, Sendable, CustomStringConvertible {
    case intact(rows: Int64, lastHash: String)
    case broken(LogBreak)

    public var description: String {
        switch self {
        case .intact(let rows, let lastHash): return WorkspaceMessages.logIntact(rows: rows, lastHash: lastHash)
        case .broken(let broken): return broken.description
        }
    }
}

/// The first row where the chain does not hold, and why.
public struct LogBreak: Hashable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var problem: Problem

    public init(sequence: Int64, problem: Problem) {
        self.sequence = sequence
        self.problem = problem
    }

    public enum Problem: Hashable, Sendable {
        /// Rows before this one are missing (or the numbering was changed).
        case sequenceGap(expected: Int64)
        /// The row does not link to the row before it: that row was deleted, replaced or re-hashed.
        case previousHashMismatch(expected: String, found: String)
        /// The row's content no longer gives its stored hash: it was edited.
        case hashMismatch(computed: String, stored: String)
    }

    public var description: String { WorkspaceMessages.logBreak(self) }
}
