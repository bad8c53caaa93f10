import Foundation
import Testing

/// A plugins file's mistakes are all reported at once, located like a rubric's.
@Suite("Plugins files")
struct PluginsFileTests {
    @Test func everyProblemIsReportedWhereItIsWritten() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", plugins: """
              - id: test.missing
                version: 1.0.0
                summary: A program that is not there.
                command: [./nope.py]
                timeout: 10
              - id: test.shell
                version: 1.0.0
                summary: A shell line instead of a list.
                command: python3 scorer.py --strict
                timout: 10s
              - id: test.pue
                version: 2.0.0
                summary: The same id again.
                command: [sh, scorer.sh]
                timeout: 2h
            """)
        defer { fixture.remove() }
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.status == 2)
        let file = fixture.plugins
        #expect(run.errors == """
            \(file):14:15: error: scorers[1].command[0]: no executable program './nope.py' relative to \(fixture.directory.path)
            \(file):15:14: error: scorers[1].timeout: expected a duration above 0 and at most 1h, such as 10s, 0.5s or 2min; found '10'
            \(file):20:5: error: scorers[2].timout: unknown key 'timout'; allowed here: id, version, summary, command, timeout, parameters, scores_price (did you mean 'timeout'?)
            \(file):16:5: error: scorers[2]: missing required key 'timeout'
            \(file):25:14: error: scorers[3].timeout: expected a duration above 0 and at most 1h, such as 10s, 0.5s or 2min; found '2h'

            """)
    }

    @Test func commandsAreNeverAShellLine() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", plugins: """
              - id: test.shell
                version: 1.0.0
                summary: A shell line instead of a list.
                command: python3 scorer.py --strict
                timeout: 10s
            """)
        defer { fixture.remove() }
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.errors == "\(fixture.plugins):14:14: error: scorers[1].command: expected the command as a non-empty list of words such as [./scorer.py, --strict] (it is run directly, never through a shell), found 'python3 scorer.py --strict'\n")
    }

    @Test func aPluginsFilesProblemsReadInChineseWithLangZh() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", plugins: """
              - id: test.shell
                version: 1.0.0
                summary: A shell line instead of a list.
                command: python3 scorer.py --strict
                timeout: 10s
                scores-price: true
            """)
        defer { fixture.remove() }
        let run = fixture.run("validate", ["--lang", "zh"])
        #expect(run.status == 2)
        let file = fixture.plugins
        #expect(run.errors == """
            \(file):16:5：错误：scorers[1].scores-price：未知的键“scores-price”；此处可用的键：id、version、summary、command、timeout、parameters、scores_price（是否应为“scores_price”？）
            \(file):14:14：错误：scorers[1].command：应为以非空词语列表写出的命令，如 [./scorer.py, --strict]（直接运行，不经过命令解释器），实际为“python3 scorer.py --strict”

            """)
    }

    @Test func aProgramIsFoundOnPathAndTheDuplicateIdIsRefused() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", plugins: """
              - id: test.pue
                version: 2.0.0
                summary: The same id again, run through sh found on PATH.
                command: [sh, scorer.sh]
                timeout: 10s
            """)
        defer { fixture.remove() }
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.errors == "\(fixture.plugins):11:9: error: scorers[1].id: scorer id 'test.pue' is declared twice; first at \(fixture.plugins):3:9\n")
    }

    @Test func anIdTakenByABuiltInScorer() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1")
        defer { fixture.remove() }
        try fixture.write("plugins.yaml", try String(contentsOfFile: fixture.plugins, encoding: .utf8)
            .replacingOccurrences(of: "id: test.pue", with: "id: generic.linear"))
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.status == 2)
        #expect(run.errors == "\(fixture.plugins):3:9: error: scorers: scorer id 'generic.linear' is already registered by GenericScorers; every scorer needs its own id\n")
    }

    @Test func anInvalidId() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1")
        defer { fixture.remove() }
        try fixture.write("plugins.yaml", try String(contentsOfFile: fixture.plugins, encoding: .utf8)
            .replacingOccurrences(of: "id: test.pue", with: "id: PUE"))
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.errors == "error: \(fixture.plugins): scorer id 'PUE' from external is not of the form area.name (lowercase letters, digits and '-')\n")
    }

    @Test func aMissingPluginsFile() {
        let run = CLIRun(["evaluate", "rubric.yaml", "bids.yaml", "--plugins", "/no/such/plugins.yaml"])
        #expect(run.status == 2)
        #expect(run.errors == "error: cannot read plugins file /no/such/plugins.yaml: no such file\n")
    }
}
