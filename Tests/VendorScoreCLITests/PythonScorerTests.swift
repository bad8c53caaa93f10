import Foundation
import Testing
import VendorScoreOutput

/// The shipped Python scorer (examples/external-scorer) end to end. Needs python3.
@Suite("The example Python scorer (needs python3)", .enabled(if: !Python.skipped, "VENDORSCORE_SKIP_PYTHON=1"))
struct PythonScorerTests {
    private let directory = Fixtures.repository.appendingPathComponent("examples/external-scorer")
    private var rubric: String { directory.appendingPathComponent("rubric.yaml").path }
    private var bids: String { directory.appendingPathComponent("bids.yaml").path }
    private var plugins: String { directory.appendingPathComponent("plugins.yaml").path }

    @Test func scoresServiceCentresRelativeToTheBest() throws {
        try #require(Python.installed, Python.missing)
        let run = CLIRun(["evaluate", rubric, bids, "--plugins", plugins, "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(run.output.utf8))
        #expect(document.vendors.map(\.id) == ["inspur", "ctyun", "huawei", "unicom"])
        let local = document.vendors.map { vendor in vendor.criteria.first { $0.id == "local-service" } }
        #expect(local.map { $0?.points } == ["30.00", "20.00", "10.00", "0.00"])
        #expect(local[1]?.reason.text(.en) == "2 service centres in the province (济南, 青岛); most by any bid 3: 2/3 × 30")
        #expect(local[1]?.scorer == "local.service-centres" && local[1]?.scorerVersion == "1.0.0")
        #expect(document.vendors.map(\.total) == ["96.11", "75.37", "74.23", "40.00"])
    }

    @Test func parameterErrorsPointIntoTheRubric() throws {
        try #require(Python.installed, Python.missing)
        let scratch = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = scratch.appendingPathComponent("rubric.yaml").path
        try String(contentsOfFile: rubric, encoding: .utf8)
            .replacingOccurrences(of: "cities: [济南, 青岛, 烟台", with: "cities: [济南, 青岛, 济南")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let run = CLIRun(["validate", path, "--plugins", plugins])
        #expect(run.status == 2)
        #expect(run.output.hasPrefix("\(path):28:28: error: groups[0].criteria[1].params.cities[2]: local.service-centres: '济南' is listed twice\n"))
    }

    @Test func theResultIsTheSameWhateverTheBidOrder() throws {
        try #require(Python.installed, Python.missing)
        let scratch = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let text = try String(contentsOfFile: bids, encoding: .utf8)
        let header = text.components(separatedBy: "  - id: ")[0]
        let items = text.components(separatedBy: "  - id: ").dropFirst().map { "  - id: " + $0 }
        let reversed = scratch.appendingPathComponent("bids.yaml").path
        try (header + items.reversed().joined()).write(toFile: reversed, atomically: true, encoding: .utf8)
        let forward = CLIRun(["evaluate", rubric, bids, "--plugins", plugins, "--format", "csv"])
        let backward = CLIRun(["evaluate", rubric, reversed, "--plugins", plugins, "--format", "csv"])
        #expect(forward.status == 0 && !forward.output.isEmpty)
        #expect(backward.output == forward.output)
    }
}
