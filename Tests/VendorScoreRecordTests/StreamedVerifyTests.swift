import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
@testable import VendorScoreRecord

/// `verify` checks a record as `evaluate --record` wrote it while reading it: the re-run's record
/// is written again and compared with the file byte for byte (``RecordOutline``). Every other
/// record is read whole and compared part by part, and says what differs as before.
@Suite("Records verified as they stream")
struct StreamedVerifyTests {
    /// Re-runs the outline's embedded inputs and asks whether they give the very file.
    static func reproduces(_ outline: RecordOutline, modules: [ScorerModule] = builtinModules) throws -> Bool {
        let registry = try ScorerRegistry(modules)
        let (rubric, rubricWarnings) = try RubricLoader(registry: registry).load(bytes: outline.rubricFile.bytes, file: outline.rubricFile.path)
        let bids = try BidsLoader().load(bytes: outline.bidsFile.bytes, file: outline.bidsFile.path)
        let tender = try outline.tenderFile.map { try TenderLoader().load(bytes: $0.bytes, file: $0.path) }
        let evaluation = try Engine().evaluate(rubric: rubric, bids: bids.bids, tender: tender,
                                               warnings: rubricWarnings + bids.warnings, detail: .full)
        return try outline.reproduces(evaluation, rubric: outline.rubricFile, bids: outline.bidsFile, tender: outline.tenderFile)
    }

    @Test("A record as written is outlined without its findings and reproduced byte for byte",
          arguments: [(Repository.bidsYAML, false), (Repository.bidsCSV, false), (Repository.bidsYAML, true)])
    func untouchedRecordStreams(bids: String, signed: Bool) throws {
        let scratch = try Scratch()
        var extra: [String] = []
        if signed {
            #expect(Run(["keygen", "--out", scratch.path("committee.key")]).status == 0)
            extra = ["--sign", scratch.path("committee.key")]
        }
        let bytes = try makeRecord(Repository.rubric, bids, in: scratch, extra: extra)
        let whole = try intact(bytes).record
        let outline = try #require(RecordOutline.read(path: scratch.path("record.json")))
        #expect(outline.seal == whole.seal)
        #expect(outline.signature == whole.signature)
        #expect(outline.inputs == whole.sealed.inputs)
        #expect(outline.bidsFile.path == whole.sealed.inputs.bids.name)
        #expect(outline.bidsFile.bytes == whole.sealed.inputs.bids.bytes)
        #expect([outline.recordFormat, outline.vendorscoreVersion] == [EvaluationRecord.format, VendorScoreVersion.current])
        #expect(try Self.reproduces(outline))
    }

    @Test("The record of a tender file streams too")
    func tenderRecordStreams() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch,
                           extra: ["--tender", Repository.path("examples/government-cloud/tender.yaml")])
        let outline = try #require(RecordOutline.read(path: scratch.path("record.json")))
        #expect(outline.tenderFile?.path == "tender.yaml")
        #expect(try Self.reproduces(outline))
        let run = Run(["verify", scratch.path("record.json")])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("reproduced: the embedded rubric, bids and tender file give exactly the recorded result.\n"))
    }

    /// The outline skips the findings a buffer at a time; quotes and backslashes escaped in a
    /// vendor's name must be passed over wherever a buffer ends, even between a backslash and
    /// the byte it escapes.
    @Test("A record is outlined the same whatever size of buffer reads it")
    func outlineDoesNotDependOnTheBuffer() throws {
        let scratch = try Scratch()
        let example = String(decoding: try #require(FileManager.default.contents(atPath: Repository.bidsYAML)), as: UTF8.self)
        let escaped = example.replacingOccurrences(of: "name: 浪潮云", with: #"name: '浪潮云 "政务\云" 分部'"#)
        #expect(escaped != example)
        let bids = try scratch.write(Array(escaped.utf8), to: "bids.yaml")
        _ = try makeRecord(Repository.rubric, bids, in: scratch)
        let whole = try #require(RecordOutline.read(path: scratch.path("record.json")))
        for size in [1, 2, 3, 5, 7, 64, 4093] {
            let outline = try #require(RecordOutline.read(path: scratch.path("record.json"), chunkSize: size), "\(size)")
            #expect(outline.seal == whole.seal && outline.inputs == whole.inputs && outline.bidsFile.bytes == whole.bidsFile.bytes, "\(size)")
        }
        #expect(try Self.reproduces(whole))
    }

    @Test("Another layout, a truncated or lengthened file, or no file at all gives no outline")
    func notCanonicalGivesNoOutline() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let pretty = [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .withoutEscapingSlashes]))
        let variants: [(String, [UInt8])] = [
            ("pretty.json", pretty), ("no-newline.json", Array(bytes.dropLast())), ("extra.json", bytes + [0x0A]),
            ("half.json", Array(bytes.prefix(bytes.count / 2))), ("empty.json", []),
            ("evaluation.json", Array(Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--format", "json"]).output.utf8)),
        ]
        for (name, variant) in variants {
            let path = try scratch.write(variant, to: name)
            #expect(RecordOutline.read(path: path) == nil, "\(name)")
        }
        #expect(RecordOutline.read(path: scratch.path("missing.json")) == nil)
        #expect(RecordOutline.read(path: scratch.url.path) == nil)
    }

    @Test("A record that differs in any way is outlined but not reproduced, and verify reports it as before")
    func differencesFallBack() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)
        let text = String(decoding: bytes, as: UTF8.self)

        // Edited in place: a rank, a reason's value, a scorer's version, the seal.
        let edits = [("\"rank\":1,", "\"rank\":2,"), ("\"raw_exact\":\"", "\"raw_exact\":\"1"),
                     ("\"version\":\"1.0.0\"", "\"version\":\"1.0.1\""), ("\"seal\":\"", "\"seal\":\"0")]
        for (index, (from, to)) in edits.enumerated() {
            let edited = text.replacingOccurrences(of: from, with: to, options: [], range: text.range(of: from))
            let path = try scratch.write(edited, to: "edited-\(index).json")
            let outline = try #require(RecordOutline.read(path: path), "\(from)")
            #expect(try !Self.reproduces(outline), "\(from)")
            let run = Run(["verify", path])
            #expect(run.status == 2, "\(from)")
            #expect(run.output.hasPrefix("DAMAGED: "), "\(from)")
        }

        // Re-sealed after an edit: the whole-record check finds the total that does not add up.
        var sealed = try intact(bytes).record.sealed
        sealed.evaluation.standings[1].total = "99.50"
        let forged = try scratch.write(EvaluationRecord(sealing: sealed).fileBytes, to: "forged.json")
        #expect(try !Self.reproduces(#require(RecordOutline.read(path: forged))))
        let run = Run(["verify", forged])
        #expect(run.status == 2)
        #expect(run.output.contains("  sealed.evaluation: vendor '\(sealed.evaluation.standings[1].id)': total 99.50 is not the sum"))

        // A signature that does not hold is left to the whole-record check, which names it.
        let key = scratch.path("committee.key")
        #expect(Run(["keygen", "--out", key]).status == 0)
        let signed = String(decoding: try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch, named: "signed.json",
                                                      extra: ["--sign", key]), as: UTF8.self)
        let marker = "\"signed_at\":\""
        let resigned = signed.replacingOccurrences(of: marker + "2", with: marker + "1")
        try #require(resigned != signed)
        let path = try scratch.write(resigned, to: "resigned.json")
        #expect(RecordOutline.read(path: path) != nil)
        let badSignature = Run(["verify", path])
        #expect(badSignature.status == 2)
        #expect(badSignature.output.contains("  signature: "))
    }

    @Test("A record made by another version or with other scorers is compared part by part")
    func otherVersionsAndScorersFallBack() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        let outline = try #require(RecordOutline.read(path: scratch.path("record.json")))
        #expect(try Self.reproduces(outline, modules: targetModules))
        #expect(try !Self.reproduces(outline, modules: bumpedModules))
        let run = Run(["verify", scratch.path("record.json")], modules: bumpedModules)
        #expect(run.status == 1)
        #expect(run.output.contains("Likely cause:\n  scorer test.target: recorded version 2.0.1, installed 2.1.0 (it scores zones)\n"))

        for name in GoldenRecordTests.goldenFiles() where !name.contains("vendorscore-\(VendorScoreVersion.current)") {
            let path = Repository.golden.appendingPathComponent(name).path
            let older = try #require(RecordOutline.read(path: path), "\(name)")
            #expect(older.vendorscoreVersion != VendorScoreVersion.current)
            #expect(try !Self.reproduces(older), "\(name)")
        }
    }

    @Test("verify given the recorded files, or other ones, on a record that streams")
    func givenFilesOnTheStreamedPath() throws {
        let scratch = try Scratch()
        let rubric = try Fixture.rubric(in: scratch), bids = try Fixture.bids(in: scratch)
        _ = try makeRecord(rubric, bids, in: scratch, modules: targetModules)
        let record = scratch.path("record.json")
        let same = Run(["verify", record, "--rubric", rubric, "--bids", bids], modules: targetModules)
        #expect(same.status == 0)
        #expect(same.output == """
            reproduced: the embedded rubric and bids give exactly the recorded result.
              record:       \(record) (vendorscore/record@1, made with VendorScore \(VendorScoreVersion.current))
              seal:         \(try intact(scratch.bytes("record.json")).record.seal) (SHA-256 of the sealed part; the record is intact)
              result:       4 vendors, 4 ranked; re-run with VendorScore \(VendorScoreVersion.current)
              signature:    none (the record is not signed)
              rubric.yaml:  \(rubric) is the recorded file: identical bytes
              bids.yaml:    \(bids) is the recorded file: identical bytes

            """)
        let tender = Run(["verify", record, "--tender", Repository.path("examples/government-cloud/tender.yaml")], modules: targetModules)
        #expect(tender.status == 1)
        #expect(tender.output.hasPrefix("reproduced, but a given file is not the one the record was made from.\n"))
        #expect(tender.output.contains("was given, but the record was made without a tender file"))
    }
}
