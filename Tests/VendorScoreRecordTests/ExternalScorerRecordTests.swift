import Foundation
import Testing
import VendorScoreRecord

/// Records of a rubric using an external scorer, the shipped Python example. Needs python3, or
/// VENDORSCORE_SKIP_PYTHON=1 to skip.
@Suite("Records with an external scorer (needs python3)",
       .enabled(if: ProcessInfo.processInfo.environment["VENDORSCORE_SKIP_PYTHON"] != "1", "VENDORSCORE_SKIP_PYTHON=1"))
struct ExternalScorerRecordTests {
    /// The example copied to a scratch directory, where its program can be changed.
    static func example(in scratch: Scratch) throws -> (rubric: String, bids: String, plugins: String, program: String) {
        let source = Repository.root.appendingPathComponent("examples/external-scorer")
        for name in ["rubric.yaml", "bids.yaml", "plugins.yaml", "service_centres.py"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: scratch.url.appendingPathComponent(name))
        }
        return (scratch.path("rubric.yaml"), scratch.path("bids.yaml"), scratch.path("plugins.yaml"), scratch.path("service_centres.py"))
    }

    @Test("The program's SHA-256 is recorded, and a changed program is named as the cause")
    func changedProgram() throws {
        let scratch = try Scratch()
        let example = try Self.example(in: scratch)
        let bytes = try makeRecord(example.rubric, example.bids, in: scratch, extra: ["--plugins", example.plugins])
        let scorer = try #require(try intact(bytes).record.sealed.scorers.first { $0.id == "local.service-centres" })
        let program = try Data(contentsOf: URL(fileURLWithPath: example.program))
        #expect(scorer.origin == "external" && scorer.module == "external" && scorer.version == "1.0.0")
        #expect(scorer.command == ["./service_centres.py"])
        #expect(scorer.executableSHA256 == SHA256Hex.of(program))

        let record = scratch.path("record.json")
        #expect(Run(["verify", record, "--plugins", example.plugins]).status == 0)

        let missing = Run(["verify", record])
        #expect(missing.status == 1)
        #expect(missing.output.contains("  scorer local.service-centres is not installed (recorded version 1.0.0 from the external program "
                                        + "'./service_centres.py'; it scores local-service); declare it in a plugins file and give that with --plugins\n"))

        // The same behaviour, another program: a comment is enough to change what was run.
        try (program + Data("# changed\n".utf8)).write(to: URL(fileURLWithPath: example.program))
        let changed = Run(["verify", record, "--plugins", example.plugins])
        #expect(changed.status == 1)
        #expect(changed.output.contains("ranking unchanged:\n"))
        #expect(changed.output.contains("  scorer local.service-centres: executable_sha256: recorded \"\(SHA256Hex.of(program))\""))
        #expect(changed.output.contains("  scorer local.service-centres: its program's SHA-256 was \(SHA256Hex.of(program)), is now "))
    }
}
