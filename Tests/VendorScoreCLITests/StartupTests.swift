import Testing
import VendorScoreCLI
import VendorScoreCore

@Suite struct StartupTests {
    @Test func duplicateScorerIdStopsStartup() {
        let clash = ScorerModule("OtherScorers", [TargetScorer.self])
        let run = CLIRun(["scorers"], modules: [testModule, clash])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors == "error: scorer id 'test.target' is registered twice, by TestScorers and by OtherScorers; every scorer needs its own id\n")
    }

    @Test func builtinModulesAreTheFivePluginModules() {
        #expect(builtinModules.map(\.name) == ["GenericScorers", "ReliabilityScorers", "ScalabilityScorers", "SecurityScorers", "CostScorers"])
    }

    @Test func helpTeachesWithExamples() {
        let run = CLIRun(["evaluate", "--help"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains("OVERVIEW: Score and rank the bids against a rubric."))
        #expect(run.output.contains("vendorscore evaluate rubric.yaml bids.csv --format json --output result.json"))
        #expect(run.output.contains("USAGE: vendorscore evaluate <rubric> <bids> [--format <format>] [--output <file>] [--lang <lang>]"))
    }

    @Test func noSubcommandShowsTheOverview() {
        let run = CLIRun([], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains("SUBCOMMANDS:"))
        #expect(run.output.contains("evaluate"))
        #expect(run.errors.isEmpty)
    }

    @Test func helpSubcommandShowsSubcommandHelp() {
        let run = CLIRun(["help", "validate"], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.contains("OVERVIEW: Check a rubric, and optionally bids, without scoring."))
    }

    @Test func usageErrorsExitTwo() {
        let unknownFormat = CLIRun(["evaluate", "a.yaml", "b.yaml", "--format", "pdf"], modules: CLIRun.coreOnly)
        #expect(unknownFormat.status == 2)
        #expect(unknownFormat.errors.contains("--format"))
        let unknownCommand = CLIRun(["rank", "a.yaml"], modules: CLIRun.coreOnly)
        #expect(unknownCommand.status == 2)
        #expect(unknownCommand.output.isEmpty)
    }
}
