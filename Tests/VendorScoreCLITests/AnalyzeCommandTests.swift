import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    static let rubric = Fixtures.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    static let example = Fixtures.repository.appendingPathComponent("examples/government-cloud")
    static let bids = example.appendingPathComponent("bids.yaml").path
    static let tender = example.appendingPathComponent("tender.yaml").path

    @Test(arguments: [("en", "This analysis is advisory"), ("zh", "本分析仅供参考")])
    func everyFormatSaysItIsAdvisory(language: String, advisory: String) {
        for format in ["table", "markdown"] {
            let run = CLIRun(["analyze", Self.rubric, Self.bids, "--samples", "200", "--format", format, "--lang", language])
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains(advisory))
        }
        let json = CLIRun(["analyze", Self.rubric, Self.bids, "--samples", "200", "--format", "json"])
        #expect(json.output.contains("\"advisory\" : \"This analysis is advisory"))
    }

    @Test func theSameInputsAndSeedGiveTheSameBytesWhateverTheBidsFormat() {
        let arguments = ["--samples", "3000", "--seed", "9", "--mark-noise", "0.3", "--format", "json"]
        let yaml = CLIRun(["analyze", Self.rubric, Self.bids] + arguments)
        let again = CLIRun(["analyze", Self.rubric, Self.bids] + arguments)
        let csv = CLIRun(["analyze", Self.rubric, Self.example.appendingPathComponent("bids.csv").path] + arguments)
        #expect(yaml.status == 0)
        #expect(yaml.output == again.output)
        #expect(yaml.output == csv.output)
        let otherSeed = CLIRun(["analyze", Self.rubric, Self.bids, "--samples", "3000", "--seed", "10", "--mark-noise", "0.3", "--format", "json"])
        #expect(otherSeed.output != yaml.output)
    }

    @Test func theTenderFilesDecisionsAreApplied() throws {
        // The tender rejects kingsoft's abnormally low price: it is not analysed.
        let without = CLIRun(["analyze", Self.rubric, Self.bids, "--samples", "100", "--format", "json"])
        let with = CLIRun(["analyze", Self.rubric, Self.bids, "--tender", Self.tender, "--samples", "100", "--format", "json"])
        #expect(with.status == 0, "\(with.errors)")
        func vendors(_ json: String) throws -> [String] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["vendors"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try vendors(without.output).contains("kingsoft"))
        #expect(try !vendors(with.output).contains("kingsoft"))
    }

    @Test func tooFewQualifiedBidsMeanNoAnalysis() {
        let run = CLIRun(["analyze", Fixtures.path("panel-rubric.yaml"), Fixtures.path("panel-bids-too-few.yaml")], modules: CLIRun.coreOnly)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("no ranking to analyse"))
    }

    @Test(arguments: [["--samples", "0"], ["--weight-range", "150"], ["--weight-range", "0"], ["--mark-noise", "-1"]])
    func badOptionsAreRefused(options: [String]) {
        let run = CLIRun(["analyze", Self.rubric, Self.bids] + options)
        #expect(run.status == 2)
        #expect(run.errors.contains(options[0]))
    }

    @Test func brokenInputIsReportedWithItsLocation() {
        let run = CLIRun(["analyze", Fixtures.path("broken-rubric.yaml"), Fixtures.path("bids.yaml")])
        #expect(run.status == 2)
        #expect(run.errors.contains("broken-rubric.yaml:"))
    }
}
