import Foundation
import Testing
import VendorScoreCore
import VendorScoreRecord

@Suite("Records are deterministic") struct DeterminismTests {
    @Test("Repeated runs write byte-identical unsigned records")
    func repeatedRunsAreIdentical() throws {
        let scratch = try Scratch()
        let first = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "1.json")
        for run in 2...4 {
            #expect(SHA256Hex.of(try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "\(run).json")) == SHA256Hex.of(first))
        }
    }

    @Test("Reordered bids change only the embedded bytes, their digests and warnings' lines", arguments: [1, 2, 3, 42] as [UInt64])
    func shuffledBidsGiveTheSameResult(seed: UInt64) throws {
        let scratch = try Scratch()
        let original = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "original.json")).record
        let bids = try scratch.write(try shuffledExampleBids(seed: seed), to: "shuffled.yaml")
        let shuffled = try intact(makeRecord(Repository.rubric, bids, in: scratch, named: "shuffled.json")).record
        #expect(shuffled.sealed.inputs.bids.sha256 != original.sealed.inputs.bids.sha256)
        #expect(SHA256Hex.of(CanonicalJSON.encode(shuffled.sealed.findings)) == SHA256Hex.of(CanonicalJSON.encode(original.sealed.findings)))
        #expect(SHA256Hex.of(CanonicalJSON.encode(shuffled.sealed.evaluation)) == SHA256Hex.of(CanonicalJSON.encode(original.sealed.evaluation)))
        #expect(shuffled.sealed.scorers == original.sealed.scorers)
        #expect(shuffled.digests.findings == original.digests.findings)
        #expect(shuffled.digests.evaluation == original.digests.evaluation)
        #expect(shuffled.seal != original.seal)
    }

    @Test("The CSV and YAML forms of the example give the same findings and ranking")
    func csvAndYAMLAgree() throws {
        let scratch = try Scratch()
        let yaml = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "yaml.json")).record
        let csv = try intact(makeRecord(Repository.rubric, Repository.bidsCSV, in: scratch, named: "csv.json")).record
        #expect(csv.sealed.inputs.bids.name == "bids.csv")
        #expect(csv.sealed.inputs.bids.contentMethod == "csv-rows@1")
        #expect(csv.digests.findings == yaml.digests.findings)
        #expect(csv.digests.evaluation == yaml.digests.evaluation)
    }

    @Test("A record re-evaluated from its own embedded inputs, under other file names, gives the same record")
    func reEvaluatedFromEmbeddedInputs() throws {
        let scratch = try Scratch()
        let first = try makeRecord(Repository.rubric, Repository.bidsCSV, in: scratch, named: "first.json")
        let record = try intact(first)
        let rubric = try scratch.write(record.rubric, to: "anything.yml")
        let bids = try scratch.write(record.bids, to: "OFFERS.CSV")
        #expect(SHA256Hex.of(try makeRecord(rubric, bids, in: scratch, named: "second.json")) == SHA256Hex.of(first))
    }

    @Test("The built executable writes the same record under other locales and time zones")
    func localeAndTimeZoneDoNotMatter() throws {
        let executable = try #require(Self.executable(), "the vendorscore executable was not found beside the tests")
        let scratch = try Scratch()
        let expected = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "in-process.json")
        let environments: [[String: String]] = [
            ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"],
            ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "TZ": "Asia/Shanghai"],
            ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "America/St_Johns"],
            ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LC_NUMERIC": "de_DE.UTF-8", "TZ": "Pacific/Chatham"],
            ["LANG": "ar_EG.UTF-8", "LC_ALL": "ar_EG.UTF-8", "TZ": "Asia/Kathmandu"],
        ]
        for (index, environment) in environments.enumerated() {
            let path = scratch.path("process-\(index).json")
            let status = try Self.run(executable, ["evaluate", Repository.rubric, Repository.bidsYAML, "--record", path,
                                                   "--output", scratch.path("ranking-\(index).txt")], environment: environment)
            #expect(status == 0, "\(environment)")
            #expect(SHA256Hex.of(try scratch.bytes("process-\(index).json")) == SHA256Hex.of(expected), "\(environment)")
        }
        // Signing adds a time outside the seal; the sealed part stays the same.
        let key = scratch.path("committee.key")
        #expect(try Self.run(executable, ["keygen", "--out", key], environment: ["TZ": "Asia/Tokyo"]) == 0)
        let signed = scratch.path("signed.json")
        #expect(try Self.run(executable, ["evaluate", Repository.rubric, Repository.bidsYAML, "--record", signed, "--sign", key,
                                          "--output", scratch.path("signed.txt")],
                             environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8", "TZ": "Asia/Tokyo"]) == 0)
        let signedRecord = try intact(try scratch.bytes("signed.json")).record
        let plainRecord = try intact(expected).record
        #expect(signedRecord.seal == plainRecord.seal)
        #expect(SHA256Hex.of(CanonicalJSON.encode(signedRecord.sealed)) == SHA256Hex.of(CanonicalJSON.encode(plainRecord.sealed)))
        #expect(signedRecord.signature?.signedAt.hasSuffix("Z") == true)
    }

    /// The `vendorscore` executable built with the tests (the test target depends on it).
    static func executable() -> URL? {
        var candidates: [URL] = []
        if let main = Bundle.main.executableURL { candidates.append(main.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Repository.root.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("vendorscore") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the executable with exactly `environment` (plus PATH) and returns its exit status.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
