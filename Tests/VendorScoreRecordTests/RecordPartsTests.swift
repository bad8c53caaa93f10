import Foundation
import Testing
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

@Suite("Record parts") struct RecordPartsTests {
    @Test("Findings and ranking join back into the evaluation document `--format json` writes")
    func partsJoinIntoTheDocument() throws {
        let scratch = try Scratch()
        let record = try intact(makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)).record
        let json = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--format", "json"])
        var document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(json.output.utf8))
        // `--format json` adds every reason's words in the language asked (English here); a record keeps none.
        #expect(document.vendors.allSatisfy { $0.criteria.allSatisfy { $0.reason.text?.en != nil && $0.reason.text?.zh == nil } })
        for vendor in document.vendors.indices {
            document.vendors[vendor].rankNote?.text = nil
            for index in document.vendors[vendor].gates.indices { document.vendors[vendor].gates[index].reason.text = nil }
            for index in document.vendors[vendor].adjustments.indices { document.vendors[vendor].adjustments[index].reason.text = nil }
            for index in document.vendors[vendor].flags.indices { document.vendors[vendor].flags[index].message.text = nil }
            for index in document.vendors[vendor].criteria.indices {
                document.vendors[vendor].criteria[index].reason.text = nil
                for flag in document.vendors[vendor].criteria[index].flags.indices {
                    document.vendors[vendor].criteria[index].flags[flag].message.text = nil
                }
            }
        }
        // Warnings in the record name the inputs by their fixed names; the example has none.
        #expect(document.warnings.isEmpty)
        document.warnings = []
        #expect(record.sealed.document == document)
    }

    @Test("The record keeps inputs, scorers, findings and ranking apart, with what an auditor needs")
    func contents() throws {
        let scratch = try Scratch()
        let record = try intact(makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch,
                                           modules: targetModules)).record
        let sealed = record.sealed
        #expect(sealed.recordFormat == "vendorscore/record@1")
        #expect(sealed.vendorscoreVersion == VendorScoreVersion.current)
        #expect(sealed.inputs.rubric.name == "rubric.yaml")
        #expect(sealed.inputs.rubric.sha256 == SHA256Hex.of(Array(auditRubric.utf8)))
        #expect(sealed.inputs.rubric.bytes.map { String(decoding: $0, as: UTF8.self) } == auditRubric)
        #expect(sealed.inputs.bids.size == auditBids.utf8.count)
        #expect(sealed.inputs.diagnostics.isEmpty)
        #expect(sealed.scorers.map { "\($0.id)@\($0.version) \($0.module) \($0.origin) \($0.criteria)" } == [
            "committee.panel@1.0.0 VendorScoreCore swift [\"design\"]",
            "cost.price-87@1.0.0 CostScorers swift [\"price\"]",
            "test.target@2.0.1 TargetScorers swift [\"zones\"]",
        ])
        #expect(sealed.findings.vendors.map(\.id) == ["alpha", "beta", "delta", "gamma"])
        #expect(sealed.findings.benchmark == "8700000")
        #expect(sealed.findings.rubric.tieBreak == ["bid-price"])
        let committee = sealed.findings.rubric.committee
        #expect("\(committee.combine) \(committee.spreadFlag) \(committee.evaluators.map(String.init) ?? "null")" == "mean 30 null")
        let gamma = try #require(sealed.findings.vendors.first { $0.id == "gamma" })
        let price = try #require(gamma.criteria.first { $0.id == "price" })
        #expect([price.rawPoints, price.rawExact, price.points] == ["26.363636…", "290/11", "26.36"])
        let design = try #require(gamma.criteria.first { $0.id == "design" })
        #expect(design.inputs.map { "\($0.name)=\($0.value)" } == ["evaluator:E1=38", "evaluator:E2=38", "evaluator:E3=39"])
        #expect(design.reason.phrase == Phrase("committee.mean", ["count": .quantity(3, .evaluators), "mean": .number(Rational(115, 3))]))
        #expect(design.reason.text(.en) == "mean of 3 evaluators: 38.333333…")
        #expect(design.reason.text(.zh) == "3 名评委评分的平均值：38.333333…")
        #expect(design.reason.text == nil, "a record keeps no words")
        #expect(sealed.evaluation.standings.map(\.id) == ["alpha", "beta", "gamma", "delta"])
        #expect(sealed.evaluation.standings.map(\.total) == ["90.00", "66.00", "64.69", "58.06"])
        #expect(record.digests == sealed.encoded.digests)
        #expect(record.digests.findings == SHA256Hex.of(CanonicalJSON.encode(sealed.findings)))
        #expect(record.seal == SHA256Hex.of(CanonicalJSON.encode(sealed)))
        #expect(record.fileBytes.last == 0x0A)
        #expect(!record.fileBytes.dropLast().contains(0x0A))
    }

    @Test("Assembling the canonical JSON from its parts gives what encoding the whole gives")
    func assembledEncodingIsCanonical() throws {
        let scratch = try Scratch()
        #expect(Run(["keygen", "--out", scratch.path("k")]).status == 0)
        let bytes = try makeRecord(Repository.rubric, Repository.bidsCSV, in: scratch, extra: ["--sign", scratch.path("k")])
        let record = try intact(bytes).record
        #expect(record.signature != nil)
        #expect(SHA256Hex.of(record.sealed.encoded.bytes) == SHA256Hex.of(CanonicalJSON.encode(record.sealed)))
        #expect(SHA256Hex.of(record.fileBytes) == SHA256Hex.of(CanonicalJSON.encode(record) + [0x0A]))
        #expect(SHA256Hex.of(bytes) == SHA256Hex.of(record.fileBytes))
        var unsigned = record
        unsigned.signature = nil
        #expect(SHA256Hex.of(unsigned.fileBytes) == SHA256Hex.of(CanonicalJSON.encode(unsigned) + [0x0A]))
    }

    @Test("Tie decisions are recorded with their reason")
    func ties() throws {
        let scratch = try Scratch()
        let rubric = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-rubric.yaml")
        let bids = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-bids.yaml")
        let record = try intact(makeRecord(rubric, bids, in: scratch)).record
        let standings = Dictionary(uniqueKeysWithValues: record.sealed.evaluation.standings.map { ($0.id, $0) })
        #expect(standings["huayun"]?.rankNote?.text(.en) == "equal total with 浪潮云; placed below on bid price")
        #expect(standings["ctyun"]?.rank == 3)
        #expect(standings["tencent"]?.tiedWith == ["ctyun"])
        #expect(standings["tencent"]?.rankNote?.text(.en) == "tied with 中国电信（天翼云）: equal total and equal bid price")
        #expect(standings["tencent"]?.rankNote?.text(.zh) == "与 中国电信（天翼云） 并列：总分及投标报价均相同")
        #expect(record.sealed.inputs.diagnostics.map { "\($0.location ?? "-") \($0.message)" } == [
            "rubric.yaml:9:15 no criterion scores price; 综合评分法 and 竞争性磋商 require a price score",
        ])
    }
}
