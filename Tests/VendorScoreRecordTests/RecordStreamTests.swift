import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord

/// `evaluate --record` writes the record in pieces; the pieces must make exactly the bytes of the
/// record built whole, signed or not, with warnings, ties and a tender file.
@Suite("Records written in pieces")
struct RecordStreamTests {
    static let cases: [(rubric: String, bids: String, tender: String?)] = [
        (Repository.rubric, Repository.bidsYAML, nil),
        (Repository.rubric, Repository.bidsCSV, nil),
        (Repository.rubric, Repository.bidsYAML, Repository.path("examples/government-cloud/tender.yaml")),
        (Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-rubric.yaml"),
         Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-bids.yaml"), nil),
    ]

    @Test("Pieces join into the bytes of the whole record", arguments: 0..<4, [false, true])
    func piecesMatchTheWholeRecord(index: Int, signed: Bool) throws {
        let (rubricPath, bidsPath, tenderPath) = Self.cases[index]
        let read = { (path: String) throws -> SealedRecord.SourceFile in
            SealedRecord.SourceFile(path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        let (rubricFile, bidsFile) = (try read(rubricPath), try read(bidsPath))
        let tenderFile = try tenderPath.map(read)
        let (rubric, rubricWarnings) = try RubricLoader(registry: ScorerRegistry(builtinModules))
            .load(bytes: rubricFile.bytes, file: rubricFile.path)
        let bids = try BidsLoader().load(bytes: bidsFile.bytes, file: bidsFile.path)
        let tender = try tenderFile.map { try TenderLoader().load(bytes: $0.bytes, file: $0.path) }
        let evaluation = try Engine().evaluate(rubric: rubric, bids: bids.bids, tender: tender,
                                               warnings: rubricWarnings + bids.warnings, detail: .full)

        var whole = EvaluationRecord(sealing: try SealedRecord(evaluation: evaluation, rubric: rubricFile, bids: bidsFile, tender: tenderFile))
        var sealedBytes: [UInt8] = []
        var pieces = 0
        let sealed = try RecordStream.writeSealedPart(evaluation: evaluation, rubric: rubricFile, bids: bidsFile, tender: tenderFile) {
            sealedBytes += $0
            pieces += 1
        }
        #expect(pieces > 4)
        // Findings and ranking are written directly; their Encodable form gives the same bytes.
        #expect(whole.sealed.encoded.bytes == CanonicalJSON.encode(whole.sealed))
        #expect(sealed.seal == whole.seal)
        #expect(sealed.digests == whole.digests)
        let key = RecordSigningKey.generate()
        let date = Date(timeIntervalSince1970: 1_780_000_000)
        var signature: RecordSignature?
        if signed {
            whole.signature = try RecordSignature(signing: whole, with: key, at: date)
            signature = try RecordSignature(signingSeal: sealed.seal, format: EvaluationRecord.format, with: key, at: date)
        }
        let streamed = RecordStream.head(sealed) + sealedBytes + RecordStream.tail(signature: signature)
        #expect(streamed == whole.fileBytes)
    }

    @Test("An embedded file of several base64 pieces is written as its base64 whole")
    func largeEmbeddedFile() throws {
        // The example's bids with a long comment: some 1.2 MB, seven pieces of base64, and a
        // record that an outline reads in more than one buffer.
        var text = try String(contentsOfFile: Repository.bidsYAML, encoding: .utf8)
        for line in 0..<12_000 { text += "# \(line) " + String(repeating: "注", count: 30) + "\n" }
        let bidsFile = SealedRecord.SourceFile(path: "bids.yaml", bytes: Array(text.utf8))
        #expect(bidsFile.bytes.count > 1 << 20)
        let rubricFile = SealedRecord.SourceFile(path: Repository.rubric, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.rubric))))
        let (rubric, _) = try RubricLoader(registry: ScorerRegistry(builtinModules)).load(bytes: rubricFile.bytes, file: rubricFile.path)
        let bids = try BidsLoader().load(bytes: bidsFile.bytes, file: bidsFile.path)
        let evaluation = try Engine().evaluate(rubric: rubric, bids: bids.bids, warnings: bids.warnings, detail: .full)
        let whole = try SealedRecord(evaluation: evaluation, rubric: rubricFile, bids: bidsFile)
        var streamed: [UInt8] = []
        let sealed = try RecordStream.writeSealedPart(evaluation: evaluation, rubric: rubricFile, bids: bidsFile) { streamed += $0 }
        #expect(streamed == CanonicalJSON.encode(whole))
        #expect(sealed.seal == whole.encoded.seal)
        #expect(whole.inputs.bids.base64 == Data(bidsFile.bytes).base64EncodedString())
        // Read back, the embedded file is its bytes again.
        let read = try #require(try? JSONDecoder().decode(SealedRecord.self, from: Data(streamed)))
        #expect(read.inputs.bids.bytes == bidsFile.bytes)
        #expect(read.inputs == whole.inputs)

        // Read back in pieces, the record is reproduced byte for byte.
        let scratch = try Scratch()
        let path = scratch.path("large.record.json")
        try Data(RecordStream.head(sealed) + streamed + RecordStream.tail(signature: nil)).write(to: URL(fileURLWithPath: path))
        let outline = try #require(RecordOutline.read(path: path))
        #expect(outline.bidsFile.bytes == bidsFile.bytes)
        let (rerunRubric, rerunWarnings) = try RubricLoader(registry: ScorerRegistry(builtinModules))
            .load(bytes: outline.rubricFile.bytes, file: outline.rubricFile.path)
        let rerunBids = try BidsLoader().load(bytes: outline.bidsFile.bytes, file: outline.bidsFile.path)
        let rerun = try Engine().evaluate(rubric: rerunRubric, bids: rerunBids.bids, warnings: rerunWarnings + rerunBids.warnings, detail: .full)
        #expect(try outline.reproduces(rerun, rubric: outline.rubricFile, bids: outline.bidsFile, tender: nil))
    }

    @Test("evaluate --record writes the golden record's very bytes", arguments: GoldenRecordTests.examples.map(\.0))
    func commandWritesTheGoldenBytes(example: String) throws {
        let golden = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try GoldenRecordTests.currentGolden(example))))
        let bids = try #require(GoldenRecordTests.examples.first { $0.0 == example }?.1)
        let scratch = try Scratch()
        #expect(try makeRecord(Repository.rubric, bids, in: scratch) == golden)
    }
}
