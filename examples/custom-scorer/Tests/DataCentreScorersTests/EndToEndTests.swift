import DataCentreScorers
import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore

/// The package's rubric and bids through the command line, with the scorer registered the way
/// the executable registers it.
@Suite("End to end")
struct EndToEndTests {
    private let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private let modules = builtinModules + [ScorerModule("DataCentreScorers", DataCentreScorers.all)]

    private func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        let output = OutputBuffer(), errors = OutputBuffer()
        let status = VendorScoreCLI.run(arguments: arguments, modules: modules, output: output, errors: errors)
        return (status, output.text, errors.text)
    }

    @Test("The example rubric ranks the bids, and the PUE criterion shows its scorer and version")
    func evaluates() {
        let rubric = directory.appendingPathComponent("rubric.yaml").path
        let bids = directory.appendingPathComponent("bids.yaml").path
        let ranking = run(["evaluate", rubric, bids, "--format", "csv"])
        #expect(ranking.status == 0, "\(ranking.errors)")
        #expect(ranking.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
            == ["1,qingcloud", "2,inspur", "3,ctyun", "4,kingsoft"])
        let explained = run(["explain", rubric, bids, "--vendor", "kingsoft"])
        #expect(explained.output.contains("scorer:  datacentre.pue@1.0.0 (objective)"))
        #expect(explained.output.contains("rule:    worst PUE 1.58 of 1.32, 1.58; at or above the limit 1.5"))
        #expect(explained.output.contains("  scorer note: PUE 1.58 exceeds the GB 40879-2021 limit 1.5\n"))
    }

    @Test("vendorscore scorers lists the scorer as coming from this package")
    func listed() {
        let listing = run(["scorers"])
        #expect(listing.output.contains("datacentre.pue 1.0.0 (package: DataCentreScorers)"))
    }
}
