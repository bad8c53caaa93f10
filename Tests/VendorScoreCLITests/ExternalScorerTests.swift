import Crypto
import Foundation
import Testing
import VendorScoreOutput

/// External scorers as a rubric sees them: declared in a plugins file, validated when the rubric
/// loads, scored once per criterion, and listed by `vendorscore scorers`.
@Suite("External scorers")
struct ExternalScorerTests {
    /// The external criterion `pue` of every vendor, from `evaluate --format json` on the fixture.
    static func scored(_ fixture: ExternalScorerFixture) throws -> [String: EvaluationDocument.Criterion] {
        let run = fixture.run("evaluate", ["--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(run.output.utf8))
        return Dictionary(uniqueKeysWithValues: document.vendors.compactMap { vendor in
            vendor.criteria.first { $0.id == "pue" }.map { (vendor.id, $0) }
        })
    }

    @Test func scoresWithExactFractionsInputsAndFlags() throws {
        let answer = #"{"protocol":1,"awards":["#
            + #"{"vendor":"a","points":"10/3","reason":"PUE 1.3","inputs":{"pue":"1.3","sites":["济南","青岛"],"measured":true}},"#
            + #"{"vendor":"b","points":"30","reason":"PUE 1.2","flags":["PUE report is older than a year"]},"#
            + #"{"vendor":"c","points":"12.5","reason":"PUE 1.25"}]}"#
        let fixture = try ExternalScorerFixture(score: "echo '\(answer)'")
        defer { fixture.remove() }
        let criteria = try Self.scored(fixture)
        #expect(criteria["a"]?.points == "3.33" && criteria["b"]?.points == "30.00" && criteria["c"]?.points == "12.50")
        #expect(criteria["a"]?.scorerVersion == "1.0.0" && criteria["a"]?.scorer == "test.pue")
        #expect(criteria["a"]?.inputs.map(\.name) == ["measured", "pue", "sites"])
        #expect(criteria["a"]?.inputs.map(\.value) == ["true", "1.3", "[济南, 青岛]"])
        #expect(criteria["b"]?.flags.map { $0.message.text(.en) } == ["PUE report is older than a year"])
    }

    /// A reason and a flag may come in both languages; one given language shows in the other too.
    @Test func reasonsInBothLanguagesOrOne() throws {
        let answer = #"{"protocol":1,"awards":["#
            + #"{"vendor":"a","points":"10","reason":{"zh":"能效比 1.3","en":"PUE 1.3"},"flags":[{"zh":"报告过期","en":"report expired"}]},"#
            + #"{"vendor":"b","points":"30","reason":{"en":"PUE 1.2"}},"#
            + #"{"vendor":"c","points":"12.5","reason":"PUE 1.25"}]}"#
        let fixture = try ExternalScorerFixture(score: "echo '\(answer)'")
        defer { fixture.remove() }
        let reasons = try Self.scored(fixture)
        #expect(reasons["a"]?.reason.text(.zh) == "能效比 1.3" && reasons["a"]?.reason.text(.en) == "PUE 1.3")
        #expect(reasons["a"]?.flags.map { $0.message.text(.zh) } == ["报告过期"])
        #expect(reasons["b"]?.reason.text(.zh) == "PUE 1.2" && reasons["b"]?.reason.text(.en) == "PUE 1.2")
        #expect(reasons["c"]?.reason.text?.en == "PUE 1.25" && reasons["c"]?.reason.text?.zh == nil)
        let chinese = fixture.run("explain", ["--vendor", "a", "--lang", "zh"])
        #expect(chinese.output.contains("能效比 1.3"))
    }

    @Test func aReasonInAnotherLanguageOrEmptyIsRefused() throws {
        for reason in [#"{"fr":"PUE"}"#, #"{"zh":"  "}"#, #"{}"#] {
            let answer = #"{"protocol":1,"awards":[{"vendor":"a","points":"1","reason":"# + reason + "}]}"
            let fixture = try ExternalScorerFixture(score: "echo '\(answer)'")
            defer { fixture.remove() }
            let run = fixture.run("evaluate")
            #expect(run.status == 2)
            #expect(run.errors.contains("the reason must be one non-empty line of text, or an object {\"zh\": …, \"en\": …}"), "\(run.errors)")
        }
    }

    @Test func theRequestCarriesEveryBidWithTypedDeclaredFacts() throws {
        // The scorer echoes its request to a file, then fails so the test can read it.
        let fixture = try ExternalScorerFixture(score: #"printf '%s' "$request" > "$(dirname "$0")/request.json"; exit 1"#,
                                                parameters: "{ limit: 1.5, bonus: [1, '2'] }")
        defer { fixture.remove() }
        #expect(fixture.run().status == 2)
        let request = try String(contentsOfFile: fixture.path("request.json"), encoding: .utf8)
        #expect(request == #"{"protocol":1,"request":"score","scorer":{"id":"test.pue","version":"1.0.0"},"#
            + #""criterion":{"id":"pue","maximum":"30"},"parameters":{"limit":"1.5","bonus":["1","2"]},"bids":["#
            + #"{"vendor":"a","name":"A","price":"100","evaluation_price":"100","facts":{"pue":{"kind":"number","value":"1.3"}}},"#
            + #"{"vendor":"b","name":"B","price":"100","evaluation_price":"100","facts":{"pue":{"kind":"number","value":"1.2"}}},"#
            + #"{"vendor":"c","name":"C","price":"100","evaluation_price":"100","facts":{"pue":{"kind":"number","value":"1.25"}}}]}"#)
    }

    @Test func anAmountWrittenAsInAPriceCellReachesTheScorerAsTheNumberItStandsFor() throws {
        let fixture = try ExternalScorerFixture(score: #"printf '%s' "$request" > "$(dirname "$0")/request.json"; exit 1"#,
                                                validate: #"echo '{"protocol":1,"facts":[{"name":"pue","kinds":["amount"]}]}'"#)
        defer { fixture.remove() }
        try fixture.write("bids.yaml", """
            format: vendorscore/bids@1
            tender: pue-tender
            bids:
              - { id: a, name: A, price: 100, facts: { pue: "¥1,300,000" } }
              - { id: b, name: B, price: 100, facts: { pue: 120万元 } }
              - { id: c, name: C, price: 100, facts: { pue: 1250000 } }

            """)
        #expect(fixture.run().status == 2)
        let request = try String(contentsOfFile: fixture.path("request.json"), encoding: .utf8)
        #expect(request.contains(#""facts":{"pue":{"kind":"number","value":"1300000"}}"#))
        #expect(request.contains(#""facts":{"pue":{"kind":"number","value":"1200000"}}"#))
        #expect(request.contains(#""facts":{"pue":{"kind":"number","value":"1250000"}}"#))
    }

    @Test func theChildGetsAMinimalEnvironmentAndTheWorkingDirectory() throws {
        let fixture = try ExternalScorerFixture(score: #"printf '%s|%s' "$(env | grep -v '^PWD=' | sort | tr '\n' ' ')" "$(pwd)" >&2; exit 1"#)
        defer { fixture.remove() }
        let run = fixture.run()
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directory = FileManager.default.currentDirectoryPath
        #expect(run.errors.contains("its standard error ended: \"LANG=C.UTF-8 PATH=\(path) |\(directory)\""), "\(run.errors)")
    }

    @Test func criteriaScoredInParallelGetTheirOwnAnswers() throws {
        // Four criteria on the same scorer; each answer names the criterion it was asked about.
        let body = #"""
            criterion=$(printf '%s' "$request" | sed 's/.*"criterion":{"id":"\([a-z0-9]*\)".*/\1/')
            sleep 0.1
            echo "{\"awards\":[{\"vendor\":\"a\",\"points\":\"1\",\"reason\":\"$criterion\"},{\"vendor\":\"b\",\"points\":\"2\",\"reason\":\"$criterion\"},{\"vendor\":\"c\",\"points\":\"3\",\"reason\":\"$criterion\"}]}"
            """#
        let fixture = try ExternalScorerFixture(score: body)
        defer { fixture.remove() }
        var rubric = try String(contentsOfFile: fixture.rubric, encoding: .utf8)
        let criterion = "      - id: pue\n        title: { en: PUE }\n        points: 30\n        type: objective\n        scorer: test.pue\n        params: { limit: 1.5 }\n"
        let parts = ["p1", "p2", "p3", "p4"].map { criterion.replacingOccurrences(of: "id: pue", with: "id: \($0)").replacingOccurrences(of: "points: 30", with: "points: 10") }
        rubric = rubric.replacingOccurrences(of: criterion, with: parts.joined()).replacingOccurrences(of: "points: 70", with: "points: 60")
        try fixture.write("rubric.yaml", rubric)
        let first = fixture.run("evaluate", ["--format", "json"])
        #expect(first.status == 0, "\(first.errors)")
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(first.output.utf8))
        let c = try #require(document.vendors.first { $0.id == "c" })
        #expect(c.criteria.map(\.id) == ["p1", "p2", "p3", "p4", "price"])
        #expect(c.criteria.prefix(4).map { $0.reason.text(.zh) } == ["p1", "p2", "p3", "p4"])
        #expect(c.total == "72.00")
        #expect(fixture.run("evaluate", ["--format", "json"]).output == first.output)
    }

    @Test func validateErrorsPointAtTheParameter() throws {
        let answer = #"{"protocol":1,"errors":[{"parameter":"bonus[1]","message":"expected at most 1"},{"parameter":"limit","message":"too high"}]}"#
        let fixture = try ExternalScorerFixture(score: "exit 1", validate: "echo '\(answer)'", parameters: "{ limit: 9, bonus: [1, 2] }")
        defer { fixture.remove() }
        let run = fixture.run("validate")
        #expect(run.status == 2)
        #expect(run.output.hasPrefix("\(fixture.rubric):17:40: error: groups[0].criteria[0].params.bonus[1]: test.pue: expected at most 1 (and 1 more: limit: too high)\n"))
    }

    @Test func aFailingValidateStopsLoadingAtTheParameters() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", validate: "echo 'no such table' >&2; exit 4")
        defer { fixture.remove() }
        let run = fixture.run("validate")
        #expect(run.status == 2)
        #expect(run.output.hasPrefix("\(fixture.rubric):17:17: error: groups[0].criteria[0].params: test.pue: external scorer 'test.pue' 1.0.0 (./scorer.sh) exited with status 4 while validating the parameters; its standard error ended: \"no such table\"\n"))
    }

    @Test func aMissingRequiredParameterIsCaughtBeforeTheScorerRuns() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", validate: "exit 9", parameters: "{ bonus: 1 }")
        defer { fixture.remove() }
        let run = fixture.run("validate")
        #expect(run.output.hasPrefix("\(fixture.rubric):17:17: error: groups[0].criteria[0].params.limit: test.pue: missing required parameter 'limit'\n"))
    }

    @Test func theValidateAnswerMustNameTheFactsRead() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", validate: #"echo '{"protocol":1,"facts":[{"name":"pue","kinds":["decimal"]}]}'"#)
        defer { fixture.remove() }
        let run = fixture.run("validate")
        #expect(run.output.contains("facts[0] ('pue'): unknown kind the string \"decimal\"; expected one of number, percent, duration, bool, text, list, amount while validating the parameters"))
    }

    @Test func factsTheScorerReadsAreCheckedInTheBids() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1", validate: #"echo '{"facts":[{"name":"pue","kinds":["percent"]}]}'"#)
        defer { fixture.remove() }
        let run = fixture.run("validate", [fixture.bids])
        #expect(run.status == 2)
        #expect(run.output.contains("bids[a].facts.pue: vendor 'a': fact 'pue' should be a percentage such as 99.95%, found '1.3'"), "\(run.output)")
    }

    @Test func scorersListsExternalScorersWithTheirProgramsHash() throws {
        let fixture = try ExternalScorerFixture(score: "exit 1")
        defer { fixture.remove() }
        let run = CLIRun(["scorers", "--plugins", fixture.plugins])
        #expect(run.status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: fixture.path("scorer.sh")))
        let hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(run.output.contains("| test.pue                     | 1.0.0   | external: ./scorer.sh        | limit, [bonus]"))
        #expect(run.output.contains("test.pue 1.0.0 (external: ./scorer.sh)\n  sha256 \(hash)\n  PUE scored by a shell script.\n"))
        let json = CLIRun(["scorers", "--plugins", fixture.plugins, "--format", "json"])
        #expect(json.output.contains("""
                  "origin" : {
                    "command" : [
                      "./scorer.sh"
                    ],
                    "executable_sha256" : "\(hash)",
                    "kind" : "external"
                  },
            """))
    }
}
