import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord

@Suite("vendorscore verify") struct VerifyTests {
    @Test("An untouched record is reproduced, with its seal")
    func reproduced() throws {
        let scratch = try Scratch()
        let record = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record
        let run = Run(["verify", scratch.path("record.json")])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("reproduced: the embedded rubric and bids give exactly the recorded result.\n"))
        #expect(run.output.contains("  seal:       \(record.seal) (SHA-256 of the sealed part; the record is intact)\n"))
        #expect(run.output.contains("  result:     14 vendors, 12 ranked; re-run with VendorScore \(VendorScoreVersion.current)\n"))
        #expect(run.output.contains("  signature:  none (the record is not signed)\n"))
        #expect(run.errors.isEmpty)
    }

    @Test("evaluate prints the seal it wrote")
    func evaluatePrintsTheSeal() throws {
        let scratch = try Scratch()
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json")])
        #expect(run.status == 0)
        #expect(run.output.contains("|    1 | ctyun    | 中国电信 |"))
        let record = try intact(try scratch.bytes("r.json")).record
        #expect(run.errors == "record written to \(scratch.path("r.json")); seal (SHA-256 of its sealed part): \(record.seal)\n")
        #expect(record.seal == SHA256Hex.of(CanonicalJSON.encode(record.sealed)))
    }

    @Test("A one-character change anywhere in a record is caught", arguments: [7, 1234, 99_991] as [UInt64])
    func everyOneCharacterEditIsCaught(seed: UInt64) throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        // Both ends, the final line feed included, and 150 places spread over the whole file by a
        // stride prime to its length, starting where the seed says.
        let stride = [7919, 104_729, 1_299_709].first { bytes.count % $0 != 0 }!
        let positions = [0, 1, bytes.count - 2, bytes.count - 1] + (0..<150).map { (Int(seed) + $0 * stride) % bytes.count }
        let replacements = Array("0a7Z {}[]\":,\\\n-".utf8)
        for (index, position) in positions.enumerated() {
            let choices = replacements.filter { $0 != bytes[position] }
            var replaced = bytes
            replaced[position] = choices[index % choices.count]
            let replacedCaught = Self.isDamaged(replaced)
            #expect(replacedCaught, "replacing byte \(position) went unnoticed")
            var inserted = bytes
            inserted.insert(replacements[(index * 7) % replacements.count], at: position)
            let insertedCaught = Self.isDamaged(inserted)
            #expect(insertedCaught, "inserting at byte \(position) went unnoticed")
            var deleted = bytes
            deleted.remove(at: position)
            let deletedCaught = Self.isDamaged(deleted)
            #expect(deletedCaught, "deleting byte \(position) went unnoticed")
        }
    }

    @Test("The command reports an edit with status 2, naming the part")
    func editedRecordExitsTwo() throws {
        let scratch = try Scratch()
        let text = String(decoding: try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch), as: UTF8.self)
        let cases: [(from: String, to: String, part: String)] = [
            ("\"rank\":1,", "\"rank\":2,", "sealed.evaluation: changed after sealing"),
            ("\"raw_exact\":\"", "\"raw_exact\":\"1", "sealed.findings: changed after sealing"),
            ("\"version\":\"1.0.0\"", "\"version\":\"1.0.1\"", "sealed.scorers: changed after sealing"),
            ("\"vendorscore_version\":\"", "\"vendorscore_version\":\"9", "seal: does not match the sealed part"),
            ("\"seal\":\"", "\"seal\":\"0", "seal: does not match the sealed part"),
            ("\"format\":\"vendorscore/record@1\",\"seal\"", "\"format\":\"vendorscore/record@2\",\"seal\"",
             "format: unsupported record format 'vendorscore/record@2'"),
        ]
        for (index, edit) in cases.enumerated() {
            try #require(text.contains(edit.from), "\(edit.from)")
            let edited = text.replacingOccurrences(of: edit.from, with: edit.to, options: [], range: text.range(of: edit.from))
            let path = try scratch.write(edited, to: "edited-\(index).json")
            let run = Run(["verify", path])
            #expect(run.status == 2, "\(edit.from)")
            #expect(run.output.hasPrefix("DAMAGED: \(path) was edited or damaged after it was written; nothing was re-run.\n"))
            #expect(run.output.contains("  " + edit.part), "\(edit.from): \(run.output)")
        }
    }

    @Test("A pretty-printed record is re-formatted, its content intact")
    func prettyPrintedRecordIsIntact() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .withoutEscapingSlashes])
        let path = try scratch.write([UInt8](pretty), to: "pretty.json")
        let run = Run(["verify", path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("re-formatted, content intact"))
        #expect(!run.output.contains("DAMAGED"))
    }

    @Test("A re-sealed record whose total is not the sum of its parts is refused everywhere")
    func resealedForgedTotalIsCaught() throws {
        let scratch = try Scratch()
        var sealed = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record.sealed
        let forged = sealed.evaluation.standings[1]
        sealed.evaluation.standings[1].total = "99.50"
        let path = try scratch.write(EvaluationRecord(sealing: sealed).fileBytes, to: "forged.json")
        let message = "vendor '\(forged.id)': total 99.50 is not the sum of its recorded criteria (\(forged.total!))"
        let verify = Run(["verify", path])
        #expect(verify.status == 2)
        #expect(verify.output.hasPrefix("DAMAGED: \(path) was edited or damaged after it was written; nothing was re-run.\n"))
        #expect(verify.output.contains("  sealed.evaluation: " + message))
        #expect(!verify.output.contains("rounding"))
        let explain = Run(["explain", "--record", path, "--vendor", forged.id])
        #expect(explain.status == 2)
        #expect(explain.output.isEmpty)
        #expect(explain.errors.contains("\(path) was edited or damaged after it was written: sealed.evaluation: " + message))
        let report = Run(["report", "--record", path, "--html", scratch.path("r.html")])
        #expect(report.status == 2)
        #expect(report.errors.contains(message))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("r.html")))
    }

    @Test("Re-sealed inputs that no longer match their SHA-256 are named")
    func resealedInputsAreCaught() throws {
        let scratch = try Scratch()
        var sealed = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record.sealed
        var bids = sealed.inputs.bids.bytes!
        bids[bids.count / 2] ^= 0x01
        sealed.inputs.bids.base64 = Data(bids).base64EncodedString()
        let resealed = EvaluationRecord(sealing: sealed)
        let run = Run(["verify", try scratch.write(resealed.fileBytes, to: "resealed.json")])
        #expect(run.status == 2)
        #expect(run.output.contains("  sealed.inputs.bids: the embedded bytes ("))
        #expect(run.output.contains("do not match their recorded size and SHA-256"))
        #expect(!run.output.contains("sealed.inputs.rubric"))
    }

    @Test("A scorer at another version than recorded is reported with the points it changed")
    func changedScorerVersion() throws {
        let scratch = try Scratch()
        let path = scratch.path("record.json")
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        let run = Run(["verify", path], modules: bumpedModules)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("NOT reproduced: a re-run of the embedded rubric and bids differs from the record.\n"))
        #expect(run.output.contains("ranking CHANGED:\n"))
        #expect(run.output.contains("Differences (24 values); ranking CHANGED:\n  vendor alpha: rank: recorded 1, recomputed 3\n"))
        #expect(run.output.contains("\n  ranking order: recorded [\"alpha\",\"beta\",\"gamma\",\"delta\"], recomputed [\"beta\",\"gamma\",\"alpha\",\"delta\"]\n"))
        #expect(run.output.contains("  vendor beta: rank: recorded 2, recomputed 1\n  vendor beta: total: recorded \"66.00\", recomputed \"96.00\"\n"))
        #expect(run.output.contains("  criterion zones, 2 vendors (beta, gamma): points: recorded \"0.00\", recomputed \"30.00\"\n"))
        #expect(run.output.contains("  vendor delta, criterion zones: reason: recorded \"zones 1 against 3\", recomputed \"zones 1 against 1.5\"\n"))
        #expect(run.output.contains("  criterion zones, 4 vendors (alpha, beta, delta, gamma): scorer_version: recorded \"2.0.1\", recomputed \"2.1.0\"\n"))
        #expect(run.output.contains("  rubric, group technical, criterion zones: scorer_version: recorded \"2.0.1\", recomputed \"2.1.0\"\n"))
        #expect(run.output.contains("  scorer test.target: version: recorded \"2.0.1\", recomputed \"2.1.0\"\n"))
        #expect(run.output.contains("Likely cause:\n  scorer test.target: recorded version 2.0.1, installed 2.1.0 (it scores zones)\n"))
    }

    @Test("A scorer that changed without raising its version is called out")
    func silentlyChangedScorer() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        let run = Run(["verify", scratch.path("record.json")], modules: silentlyChangedModules)
        #expect(run.status == 1)
        #expect(run.output.contains("Differences (18 values); ranking CHANGED:\n"))
        #expect(run.output.contains("  criterion zones, 2 vendors (beta, gamma): points: recorded \"0.00\", recomputed \"30.00\"\n"))
        #expect(!run.output.contains("scorer_version"))
        #expect(run.output.contains("Likely cause:\n  no scorer and no VendorScore version changed: a scorer or the engine changed "
                                    + "its results without raising its version"))
    }

    @Test("A missing scorer is reported as the cause")
    func missingScorer() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules)
        let run = Run(["verify", scratch.path("record.json")])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("NOT reproduced: the embedded rubric and bids no longer evaluate with the scorers installed here.\n"))
        #expect(run.output.contains("Re-run:\n  rubric.yaml:17:17: error: groups[0].criteria[0].scorer: unknown scorer 'test.target'"))
        #expect(run.output.contains("unknown scorer 'test.target'"))
        #expect(run.output.contains("Likely cause:\n  scorer test.target is not installed (recorded version 2.0.1 from TargetScorers; it scores zones)\n"))
    }

    @Test("Equal raw points rounded differently point at the rounding rule")
    func changedRounding() throws {
        let scratch = try Scratch()
        var sealed = try intact(makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch,
                                           modules: targetModules)).record.sealed
        // What a record made by an engine that rounded the price score up would hold.
        let vendor = try #require(sealed.findings.vendors.firstIndex { $0.id == "gamma" })
        let price = try #require(sealed.findings.vendors[vendor].criteria.firstIndex { $0.id == "price" })
        #expect(sealed.findings.vendors[vendor].criteria[price].rawExact == "290/11")
        #expect(sealed.findings.vendors[vendor].criteria[price].points == "26.36")
        sealed.findings.vendors[vendor].criteria[price].points = "26.37"
        // That engine added up its own points, so the subtotal and total are 0.01 higher too.
        let standing = try #require(sealed.evaluation.standings.firstIndex { $0.id == "gamma" })
        let group = try #require(sealed.evaluation.standings[standing].groups.firstIndex {
            $0.id == sealed.findings.vendors[vendor].criteria[price].group
        })
        let cent = Rational(1, 100)
        sealed.evaluation.standings[standing].groups[group].points =
            (try #require(Rational(decimal: sealed.evaluation.standings[standing].groups[group].points)) + cent).fixed(2)
        sealed.evaluation.standings[standing].total =
            (try #require(Rational(decimal: sealed.evaluation.standings[standing].total ?? "")) + cent).fixed(2)
        let run = Run(["verify", try scratch.write(EvaluationRecord(sealing: sealed).fileBytes, to: "rounded.json")],
                      modules: targetModules)
        #expect(run.status == 1)
        #expect(run.output.contains("  vendor gamma, criterion price: points: recorded \"26.37\", recomputed \"26.36\"\n"))
        #expect(run.output.contains("ranking unchanged:\n"))
        #expect(run.output.contains("criterion price: the raw points are the same but the rounded points differ (gamma): "
                                    + "the rounding rule or its implementation changed\n"))
    }

    @Test("Given files: identical, same content re-indented, or other content")
    func givenFiles() throws {
        let scratch = try Scratch()
        let rubric = try Fixture.rubric(in: scratch), bids = try Fixture.bids(in: scratch)
        _ = try makeRecord(rubric, bids, in: scratch, modules: targetModules)
        let record = scratch.path("record.json")

        let same = Run(["verify", record, "--rubric", rubric, "--bids", bids], modules: targetModules)
        #expect(same.status == 0)
        #expect(same.output.contains("  rubric.yaml:  \(rubric) is the recorded file: identical bytes\n"))
        #expect(same.output.contains("  bids.yaml:    \(bids) is the recorded file: identical bytes\n"))

        // Four-space indentation, flow mappings written out, comments, quotes and CRLF line ends.
        let reindented = try scratch.write(Fixture.reindentedBids, to: "bids-reindented.yaml")
        let similar = Run(["verify", record, "--bids", reindented], modules: targetModules)
        #expect(similar.status == 0)
        #expect(similar.output.contains("  bids.yaml:  \(reindented): same content, different bytes (re-indented, re-quoted or re-saved)\n"))

        let changed = try scratch.write(auditBids.replacingOccurrences(of: "zones: 2 }", with: "zones: 3 }"), to: "bids-changed.yaml")
        let other = Run(["verify", record, "--bids", changed], modules: targetModules)
        #expect(other.status == 1)
        #expect(other.output.hasPrefix("reproduced, but a given file is not the one the record was made from.\n"))
        #expect(other.output.contains("  bids.yaml:  \(changed) is NOT the recorded file: its content differs\n"))
    }

    @Test("Records that cannot be read at all")
    func unreadableRecords() throws {
        let scratch = try Scratch()
        let missing = Run(["verify", scratch.path("none.json")])
        #expect(missing.status == 2)
        #expect(missing.errors == "error: cannot read \(scratch.path("none.json")): no such file\n")

        let notJSON = Run(["verify", try scratch.write("ranking: 1\n", to: "record.yaml")])
        #expect(notJSON.status == 2)
        #expect(notJSON.output.contains("  file: not a readable VendorScore record: not valid JSON"))

        let evaluation = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--format", "json"])
        let wrongKind = Run(["verify", try scratch.write(evaluation.output, to: "evaluation.json")])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.output.contains("  format: unsupported record format 'vendorscore/evaluation@1'; this VendorScore reads 'vendorscore/record@1'\n"))
    }

    @Test("--all lists every difference; otherwise the list stops at 50")
    func differenceListIsCapped() throws {
        let scratch = try Scratch()
        var sealed = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record.sealed
        // Sixty different reasons: more lines than the default shows.
        var edited = 0
        for vendor in sealed.findings.vendors.indices {
            for criterion in sealed.findings.vendors[vendor].criteria.indices where edited < 60 {
                sealed.findings.vendors[vendor].criteria[criterion].reason.phrase.message += "-edited-\(edited)"
                edited += 1
            }
        }
        let path = try scratch.write(EvaluationRecord(sealing: sealed).fileBytes, to: "many.json")
        let capped = Run(["verify", path])
        #expect(capped.status == 1)
        #expect(capped.output.contains("Differences (60 values); ranking unchanged:\n"))
        #expect(capped.output.contains("  … and 10 more (use --all to list every one)\n"))
        let all = Run(["verify", path, "--all"])
        #expect(!all.output.contains("more (use --all"))
        #expect(all.output.components(separatedBy: ": reason: recorded").count == 61)
    }

    /// Whether an edit is noticed: the record is damaged, or, when only its layout changed,
    /// reported as re-formatted.
    static func isDamaged(_ bytes: [UInt8]) -> Bool {
        switch RecordCheck.read(bytes) {
        case .failure: true
        case .success(let intact): intact.reformatted
        }
    }
}

/// The audit rubric and bids written to a scratch directory.
enum Fixture {
    static func rubric(in scratch: Scratch) throws -> String {
        try scratch.write(auditRubric, to: "rubric.yaml")
    }

    static func bids(in scratch: Scratch) throws -> String {
        try scratch.write(auditBids, to: "bids.yaml")
    }

    /// ``auditBids`` written another way: the same content.
    static let reindentedBids = """
        # Re-saved by another editor.\r
        "format": 'vendorscore/bids@1'\r
        tender: "audit-2026"\r
        bids:\r
            -   id: alpha\r
                name: "甲云"\r
                price: 9000000\r
                facts:\r
                    zones: 3\r
                scores:\r
                    design: {E3: 31, E2: 32, E1: 30}\r
            -   id: beta\r
                name: 乙云\r
                price: 8_700_000.00\r
                facts: {zones: 2}\r
                scores: {design: {E1: 36, E2: 35, E3: 37}}\r
            -   {id: gamma, name: 丙云, price: 9900000, facts: {zones: 2}, scores: {design: {E1: 38, E2: 38, E3: 39}}}\r
            -   id: delta\r
                name: |-\r
                    丁云\r
                price: 9_300_000\r
                facts: { zones: 1 }\r
                scores: { design: { E1: 30, E2: 30, E3: 30 } }\r

        """
}
