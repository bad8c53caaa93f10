import Testing
import VendorScoreWorkspace

private func event(_ number: Int) -> LogEvent {
    LogEvent(at: Timestamp(millisecondsSince1970: Int64(1_000 * number)), actor: UserID("u\(number % 3)"), kind: .marksSaved,
             revision: RevisionRef(tender: TenderID("t1"), number: 1), subject: "inspur/design",
             before: number == 1 ? nil : #"{"points":"\#(number - 1)"}"#, after: #"{"points":"\#(number)"}"#)
}

private func chain(_ count: Int) -> [LogRow] {
    var rows: [LogRow] = []
    for number in 1...count {
        rows.append(LogChain.row(for: event(number), sequence: Int64(number), previousHash: rows.last?.hash ?? LogChain.genesisHash))
    }
    return rows
}

@Suite("Event log chain")
struct LogChainTests {
    @Test("an untouched chain verifies and reports its last hash")
    func intact() {
        let rows = chain(10)
        #expect(LogVerifier.verify(rows) == .intact(rows: 10, lastHash: rows[9].hash))
        #expect(LogVerifier.verify([]) == .intact(rows: 0, lastHash: LogChain.genesisHash))
        #expect(rows[0].previousHash == LogChain.genesisHash)
        #expect(rows.allSatisfy { $0.hash.count == 64 })
    }

    @Test("the hash is SHA-256 of the documented encoding, so other tools can check it")
    func encoding() {
        let bare = LogEvent(at: Timestamp(millisecondsSince1970: 7), actor: nil, action: "user.created", tender: nil, revision: nil,
                            subject: "管理员", before: nil, after: "{}")
        let text = String(decoding: LogChain.canonicalEncoding(sequence: 1, event: bare, previousHash: LogChain.genesisHash), as: UTF8.self)
        #expect(text == """
            vendorscore/log@1
            sequence=1:1
            at=1:7
            actor=-
            action=12:user.created
            tender=-
            revision=-
            subject=9:管理员
            before=-
            after=2:{}
            previous=64:\(LogChain.genesisHash)

            """)
        // Computed independently (Python hashlib over the text above); a change to the encoding would break every stored log.
        #expect(LogChain.hash(sequence: 1, event: bare, previousHash: LogChain.genesisHash)
            == "51990626ccf127cace47c181741d7857f65c468b6bb8017730f8094a5cdf5645")
    }

    @Test("an edited field breaks that row", arguments: 0..<7)
    func edited(field: Int) {
        var rows = chain(6)
        var changed = rows[3].event
        switch field {
        case 0: changed.at.millisecondsSince1970 += 1
        case 1: changed.actor = UserID("intruder")
        case 2: changed.action = "marks.submitted"
        case 3: changed.subject = "inspur/service"
        case 4: changed.before = nil
        case 5: changed.after = #"{"points":"9"}"#
        default: changed.revision = 2
        }
        rows[3].event = changed
        guard case .broken(let broken) = LogVerifier.verify(rows) else { Issue.record("edit not detected"); return }
        #expect(broken.sequence == 4)
        if case .hashMismatch = broken.problem {} else { Issue.record("expected a hash mismatch, found \(broken.problem)") }
    }

    @Test("an edited row given a fresh hash breaks the row after it")
    func rehashed() {
        var rows = chain(6)
        var changed = rows[2].event
        changed.after = #"{"points":"10"}"#
        rows[2] = LogChain.row(for: changed, sequence: 3, previousHash: rows[1].hash)
        guard case .broken(let broken) = LogVerifier.verify(rows) else { Issue.record("not detected"); return }
        #expect(broken.sequence == 4)
        #expect(broken.description.contains("row 4"))
    }

    @Test("a deleted row is named by the row after it, renumbered or not")
    func deleted() {
        var rows = chain(6)
        rows.remove(at: 2)
        #expect(LogVerifier.verify(rows) == .broken(LogBreak(sequence: 4, problem: .sequenceGap(expected: 3))))
        let renumbered = rows.enumerated().map { index, row in
            LogRow(sequence: Int64(index + 1), event: row.event, previousHash: row.previousHash, hash: row.hash)
        }
        guard case .broken(let broken) = LogVerifier.verify(renumbered) else { Issue.record("not detected"); return }
        #expect(broken.sequence == 3)
        var first = chain(3)
        first.removeFirst()
        #expect(LogVerifier.verify(first) == .broken(LogBreak(sequence: 2, problem: .sequenceGap(expected: 1))))
    }
}
