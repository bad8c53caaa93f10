import Testing
import VendorScoreWorkspace

/// The log head a closed tender's record seals, on the first line of its tender file.
@Suite struct LogSealTests {
    static let hash = String(repeating: "3f", count: 32)

    @Test func theLineReadsBackAsTheSameSeal() {
        let seal = LogSeal(sequence: 1284, hash: Self.hash)
        #expect(seal.line == "# vendorscore-log-head: row=1284 sha256=\(Self.hash)\n")
        #expect(LogSeal.find(in: seal.line + "format: vendorscore/tender@1\n") == seal)
    }

    @Test(arguments: [
        "format: vendorscore/tender@1\n# vendorscore-log-head: row=1 sha256=\(String(repeating: "3f", count: 32))\n",  // not the first line
        "# vendorscore-log-head: row=0 sha256=\(String(repeating: "3f", count: 32))\n",                                 // no row 0
        "# vendorscore-log-head: row=x sha256=\(String(repeating: "3f", count: 32))\n",
        "# vendorscore-log-head: row=1 sha256=\(String(repeating: "3F", count: 32))\n",                                 // hashes are lowercase
        "# vendorscore-log-head: row=1 sha256=abc\n",
        "# vendorscore-log-head: row=1\n",
        "",
    ])
    func anythingElseIsNoSeal(text: String) {
        #expect(LogSeal.find(in: text) == nil)
    }

    @Test func eachOutcomeSaysWhatItMeans() {
        let seal = LogSeal(sequence: 7, hash: Self.hash)
        #expect(LogSealCheck.matches(seal).matches)
        #expect(LogSealCheck.rowMissing(seal, lastRow: 5).description.contains("ends at row 5"))
        #expect(!LogSealCheck.hashDiffers(seal, found: "00").matches)
        #expect(LogSealCheck.hashDiffers(seal, found: "00").description.contains("row 7 has hash 00"))
    }
}
