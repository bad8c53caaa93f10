import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord

/// Records of the shipped example kept in `Golden/`, one per example, record format and
/// VendorScore version (`government-cloud-yaml.record@1.vendorscore-0.1.0.json`). Each holds its
/// own copy of the rubric and bids, so editing the example never disturbs it.
///
/// A golden record of the current format and version must be reproduced byte for byte: a change
/// to any finding, rank, reason or scorer version fails here until the version is raised
/// (``VendorScoreVersion/current``, or ``EvaluationRecord/format``). Then add the records of the
/// new version with `VENDORSCORE_UPDATE_GOLDEN=1 swift test --filter GoldenRecordTests`; existing
/// golden files are never overwritten, and older ones stay as history.
@Suite("Golden records of the shipped example") struct GoldenRecordTests {
    static let update = ProcessInfo.processInfo.environment["VENDORSCORE_UPDATE_GOLDEN"] == "1"
    static let examples = [("government-cloud-yaml", Repository.bidsYAML), ("government-cloud-csv", Repository.bidsCSV)]

    static func name(_ example: String, format: String = EvaluationRecord.format,
                     version: String = VendorScoreVersion.current) -> String {
        "\(example).\(format.replacingOccurrences(of: "vendorscore/", with: "")).vendorscore-\(version).json"
    }

    static func goldenFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.golden.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The current version's golden record of `example`, written first when updating.
    static func currentGolden(_ example: String) throws -> String {
        let path = Repository.golden.appendingPathComponent(name(example)).path
        if update && !FileManager.default.fileExists(atPath: path), let bids = examples.first(where: { $0.0 == example })?.1 {
            let scratch = try Scratch()
            try Data(try makeRecord(Repository.rubric, bids, in: scratch)).write(to: URL(fileURLWithPath: path))
        }
        return path
    }

    @Test("Every example has a golden record of the current format and version", arguments: examples.map(\.0))
    func currentVersionHasAGoldenRecord(example: String) throws {
        let path = try Self.currentGolden(example)
        #expect(FileManager.default.fileExists(atPath: path), """
            no golden record \(Self.name(example)) for \(EvaluationRecord.format) and VendorScore \(VendorScoreVersion.current): \
            add it with VENDORSCORE_UPDATE_GOLDEN=1 swift test --filter GoldenRecordTests
            """)
    }

    @Test("A golden record of this version is reproduced byte for byte; an older one is explained by its version",
          arguments: goldenFiles())
    func goldenRecordReproduces(name: String) throws {
        let path = Repository.golden.appendingPathComponent(name).path
        let golden = try intact([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        let sealed = golden.record.sealed
        let scratch = try Scratch()
        let rubric = try scratch.write(golden.rubric, to: sealed.inputs.rubric.name)
        let bids = try scratch.write(golden.bids, to: sealed.inputs.bids.name)
        let fresh = try intact(makeRecord(rubric, bids, in: scratch, named: "fresh.json")).record
        let sameVersion = sealed.recordFormat == EvaluationRecord.format && sealed.vendorscoreVersion == VendorScoreVersion.current
        if sameVersion {
            if fresh.sealed != sealed {
                let comparison = RecordComparison(recorded: sealed, recomputed: fresh.sealed, installed: try ScorerRegistry(builtinModules))
                Issue.record("""
                    \(name) no longer reproduces, but VendorScore is still \(VendorScoreVersion.current): raise the version \
                    (or the record format) and add the new golden records. First differences:
                    \(comparison.lines(.en).prefix(20).joined(separator: "\n"))
                    """)
            }
            let identical = fresh.fileBytes == golden.record.fileBytes
            #expect(identical, "\(name): the re-run's bytes differ")
        } else {
            // An older record may differ, and verify must then say which version made it.
            let run = Run(["verify", path])
            #expect(run.status == 0 || run.output.contains("the record was made with VendorScore \(sealed.vendorscoreVersion)"))
        }
    }

    @Test("The golden record verifies and explains every vendor like a fresh evaluation of its inputs")
    func goldenRecordVerifiesAndExplains() throws {
        let path = try Self.currentGolden("government-cloud-yaml")
        let golden = try intact([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        let scratch = try Scratch()
        let rubric = try scratch.write(golden.rubric, to: "rubric.yaml")
        let bids = try scratch.write(golden.bids, to: "bids.yaml")
        let run = Run(["verify", path, "--rubric", rubric, "--bids", bids])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("  rubric.yaml:  \(rubric) is the recorded file: identical bytes\n"))
        for vendor in golden.record.sealed.findings.vendors.map(\.id) {
            for language in ["en", "zh"] {
                let fromRecord = Run(["explain", "--record", path, "--vendor", vendor, "--lang", language])
                let fresh = Run(["explain", rubric, bids, "--vendor", vendor, "--lang", language])
                #expect(fromRecord.status == 0)
                #expect(!fromRecord.output.isEmpty)
                #expect(fromRecord.output == fresh.output, "\(vendor) \(language)")
            }
        }
    }
}
