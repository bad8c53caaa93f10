import Foundation
import Testing
import VendorScoreCLI

/// A vendor name written to attack whoever reads the output: a spreadsheet formula in CSV, and
/// terminal control characters in the table, Markdown and explanation.
@Suite struct HostileNamesTests {
    /// The panel bids with huayun's name replaced by `name` (a YAML double-quoted string).
    private func bids(named name: String) throws -> (path: String, directory: URL) {
        let directory = try Fixtures.scratchDirectory()
        let text = try String(contentsOfFile: Fixtures.path("panel-bids.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: 华云数据", with: "name: \(name)")
        let path = directory.appendingPathComponent("bids.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, directory)
    }

    @Test func csvCellsCannotBeFormulas() throws {
        let (path, directory) = try bids(named: #""=HYPERLINK(\"http://example.invalid\",\"bid\")""#)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = CLIRun(["evaluate", Fixtures.path("panel-rubric.yaml"), path, "--format", "csv"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains(#",huayun,"'=HYPERLINK(""http://example.invalid"",""bid"")",9800000,"#))
        #expect(!run.output.contains(",=HYPERLINK"))
    }

    @Test(arguments: ["table", "markdown"])
    func controlCharactersAreShownNotObeyed(format: String) throws {
        let (path, directory) = try bids(named: #""Evil\e[2J\aCloud""#)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = CLIRun(["evaluate", Fixtures.path("panel-rubric.yaml"), path, "--format", format], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains("Evil␛[2J␇Cloud"))
        #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func explainShowsControlCharacters() throws {
        let (path, directory) = try bids(named: #""Evil\e]0;owned\aCloud\u202E""#)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = CLIRun(["explain", Fixtures.path("panel-rubric.yaml"), path, "--vendor", "huayun"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Evil␛]0;owned␇Cloud<U+202E> (huayun)"))
    }
}
