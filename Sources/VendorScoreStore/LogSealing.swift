import VendorScoreWorkspace

extension WorkspaceStore {
    /// The log's head now, to seal into a record being made.
    public func logSeal() async throws -> LogSeal? {
        try await lastLogRow().map { LogSeal(sequence: $0.sequence, hash: $0.hash) }
    }

    /// Compares a record's sealed log head with this database's log. Check the chain first
    /// (``verifyLog(pageSize:)``): with the chain intact, a matching row vouches for every row
    /// before it.
    ///
    /// ```swift
    /// if case .intact = try await store.verifyLog(), let seal = LogSeal.find(in: tenderFile) {
    ///     print(try await store.check(seal))   // "record matches the log: row 212 has …"
    /// }
    /// ```
    public func check(_ seal: LogSeal) async throws -> LogSealCheck {
        guard let row = try await logRows(after: seal.sequence - 1, limit: 1).first, row.sequence == seal.sequence else {
            return .rowMissing(seal, lastRow: try await lastLogRow()?.sequence ?? 0)
        }
        return row.hash == seal.hash ? .matches(seal) : .hashDiffers(seal, found: row.hash)
    }
}
