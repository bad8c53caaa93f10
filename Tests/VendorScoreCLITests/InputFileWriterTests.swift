import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput

/// Bids and tender files written by VendorScore load back to what was written, and evaluate the
/// same: the workspace relies on this when it freezes a closed tender into files.
@Suite("Writing bids and tender files")
struct InputFileWriterTests {
    static let rubricPath = Fixtures.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    static let bidsPath = Fixtures.repository.appendingPathComponent("examples/government-cloud/bids.yaml").path
    static let csvPath = Fixtures.repository.appendingPathComponent("examples/government-cloud/bids.csv").path
    static let tenderPath = Fixtures.repository.appendingPathComponent("examples/government-cloud/tender.yaml").path

    private func reload(_ yaml: String) throws -> BidsLoader.Loaded {
        try BidsLoader().load(bytes: Array(yaml.utf8), file: "bids.yaml")
    }

    private func summary(_ bids: [Bid]) -> [String] {
        bids.sorted { $0.id < $1.id }.map { bid in
            let facts = bid.facts.map { "\($0.name)=\($0.fact.value)" }.joined(separator: ";")
            let marks = bid.evaluatorScores.sorted { $0.key < $1.key }.map { criterion, byMember in
                criterion + ":" + byMember.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.points)" }.joined(separator: ",")
            }.joined(separator: ";")
            return "\(bid.id)|\(bid.name)|\(bid.price)|\(bid.declarations)|\(facts)|\(marks)"
        }
    }

    private func evaluation(_ bids: [Bid], tender: Tender? = nil) throws -> EvaluationDocument {
        let (rubric, _) = try RubricLoader(registry: ScorerRegistry(builtinModules)).load(path: Self.rubricPath)
        return EvaluationDocument(try Engine().evaluate(rubric: rubric, bids: bids, tender: tender))
    }

    @Test("The example's bids, YAML and CSV, round-trip and evaluate the same", arguments: [bidsPath, csvPath])
    func exampleRoundTrips(path: String) throws {
        let original = try BidsLoader().load(path: path)
        let written = BidsFileWriter(tender: "gov-cloud-2026").yaml(original.bids)
        let again = try reload(written)
        #expect(again.tender == "gov-cloud-2026")
        #expect(summary(again.bids) == summary(original.bids))
        #expect(try evaluation(again.bids).vendors == evaluation(original.bids).vendors)
        #expect(BidsFileWriter(tender: "gov-cloud-2026").yaml(again.bids) == written)
    }

    @Test("Text that looks like another kind, quotes, backslashes and control characters stay text")
    func awkwardTextRoundTrips() throws {
        let names = ["\"引号\" and 'single'", "back\\slash", "line\nbreak\ttab", "true", "3", "null", "~", " leading space",
                     "# not a comment", "key: value", "[not, a, list]", "bell\u{7}esc\u{1B}", "del\u{7F}c1\u{85}", "\u{2028}sep"]
        let bids = names.enumerated().map { index, name in
            Bid(id: "v\(index)", name: name, price: Rational(1_000_000_123, 1000),
                facts: FactTable([("label", Fact(.text(name), at: SourceLocation(file: "x", line: 1, column: 1))),
                                  ("items", Fact(.list([name, "鲲鹏"]), at: SourceLocation(file: "x", line: 1, column: 1))),
                                  ("rto", Fact(.duration(seconds: 5400), at: SourceLocation(file: "x", line: 1, column: 1))),
                                  ("sla", Fact(.percent(Rational(99995, 1000)), at: SourceLocation(file: "x", line: 1, column: 1)))]),
                location: SourceLocation(file: "x", line: 1, column: 1))
        }
        let again = try reload(BidsFileWriter().yaml(bids))
        #expect(summary(again.bids) == summary(bids))
        #expect(again.bids.sorted { $0.id < $1.id }.map(\.name) == bids.sorted { $0.id < $1.id }.map(\.name))
    }

    @Test("Marks given separately replace the bids' own")
    func marksReplaceTheBidsOwn() throws {
        let original = try BidsLoader().load(path: Self.bidsPath)
        let marks: BidsFileWriter.Marks = ["inspur": ["solution-design": ["E1": Rational(75, 10), "E2": 8]]]
        let again = try reload(BidsFileWriter().yaml(original.bids, marks: marks))
        let inspur = try #require(again.bids.first { $0.id == "inspur" })
        #expect(inspur.evaluatorScores.mapValues { $0.mapValues(\.points) } == ["solution-design": ["E1": Rational(75, 10), "E2": 8]])
        #expect(again.bids.first { $0.id == "huawei" }?.evaluatorScores.isEmpty == true)
    }

    @Test("The example's tender file round-trips, writes the same text again, and evaluates the same")
    func tenderRoundTrips() throws {
        let original = try TenderLoader().load(path: Self.tenderPath)
        let written = TenderFileWriter().yaml(original)
        let again = try TenderLoader().load(bytes: Array(written.utf8), file: "tender.yaml")
        #expect(TenderFileWriter().yaml(again) == written)
        #expect(EvaluationDocument.TenderInfo(again) == EvaluationDocument.TenderInfo(original))
        let bids = try BidsLoader().load(path: Self.bidsPath).bids
        #expect(try evaluation(bids, tender: again) == evaluation(bids, tender: original))
    }

    @Test("A re-evaluation's revision block is written and loads back the same")
    func revisionRoundTrips() throws {
        var original = try TenderLoader().load(path: Self.tenderPath)
        original.revision = TenderRevision(number: 2, supersedes: 1, reason: "签字后发现分值汇总计算错误: 第64条",
                                           openedAt: "2026-03-20 09:30", openedBy: "王芳", location: original.location)
        let written = TenderFileWriter().yaml(original)
        let again = try TenderLoader().load(bytes: Array(written.utf8), file: "tender.yaml")
        let revision = try #require(again.revision)
        #expect(revision.number == 2 && revision.supersedes == 1)
        #expect([revision.reason, revision.openedAt, revision.openedBy] == ["签字后发现分值汇总计算错误: 第64条", "2026-03-20 09:30", "王芳"])
        #expect(TenderFileWriter().yaml(again) == written)
        #expect(written.hasSuffix("revision:\n  number: 2\n  supersedes: 1\n  reason: \"签字后发现分值汇总计算错误: 第64条\"\n"
            + "  opened_at: \"2026-03-20 09:30\"\n  opened_by: \"王芳\"\n"))
    }
}
