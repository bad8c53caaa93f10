import Testing
@testable import VendorScoreCore

/// Every kind of bad input gets a located error: file, line, column, key path, expected and found.
@Suite("Bad input")
struct BadInputTests {
    private func rubricProblems(_ text: String) -> [Diagnostic] {
        Fixture.problems { () throws(DiagnosticList) in _ = try Fixture.loadRubric(text) }
    }

    private func bidProblems(_ text: String, file: String = "bids.yaml") -> [Diagnostic] {
        Fixture.problems { () throws(DiagnosticList) in _ = try Fixture.loadBids(text, file: file) }
    }

    private func checkProblems(_ bids: [String], rubric: String = Fixture.rubric()) throws -> [Diagnostic] {
        let rubric = try Fixture.loadRubric(rubric)
        let loaded = try Fixture.loadBids(Fixture.bids(bids))
        return BidChecker.check(loaded, against: rubric).filter { $0.severity == .error }
    }

    /// The line of the first line in `text` containing `needle`.
    private func line(of needle: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    @Test func malformedYAML() throws {
        let problems = rubricProblems("id: [demo\nversion: 1\n")
        let problem = try #require(problems.first)
        #expect(problem.location?.file == "rubric.yaml")
        #expect(problem.english.hasPrefix("YAML syntax error"))
    }

    @Test func emptyFile() throws {
        let problem = try #require(rubricProblems("").first)
        #expect(problem.english == "the file is empty; expected a YAML mapping")
        #expect(problem.location?.mark == Mark(line: 1, column: 1))
        #expect(bidProblems("# nothing\n").first?.english == "the file is empty; expected a YAML mapping")
    }

    @Test func nonUTF8() throws {
        var bytes = Array("format: vendorscore/bids@1\nbids:\n  - id: a\n    name: ".utf8)
        bytes += [0xC3, 0x28]
        let problems = Fixture.problems { () throws(DiagnosticList) in _ = try BidsLoader().load(bytes: bytes, file: "bids.yaml") }
        let problem = try #require(problems.first)
        #expect(problem.english.contains("not valid UTF-8"))
        #expect(problem.location?.mark == Mark(line: 4, column: 11))
    }

    @Test func wrongType() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "points: 60", with: "points: sixty")
        let problem = try #require(rubricProblems(text).first)
        #expect(problem.path == "groups[0].criteria[0].points")
        #expect(problem.english == "expected a number, found 'sixty'")
        #expect(problem.location?.mark.line == line(of: "points: sixty", in: text))
        #expect(problem.location?.mark.column == 17)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "points: 60", with: "pionts: 60")
        let problems = rubricProblems(text)
        let unknown = try #require(problems.first { $0.english.hasPrefix("unknown key 'pionts'") })
        #expect(unknown.englishHint == "did you mean 'points'?")
        #expect(unknown.path == "groups[0].criteria[0].pionts")
        #expect(unknown.location?.mark.line == line(of: "pionts", in: text))
        #expect(problems.contains { $0.english == "missing required key 'points'" })
    }

    @Test func duplicateKey() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "total_points: 100\n", with: "total_points: 100\ntotal_points: 90\n")
        let problem = try #require(rubricProblems(text).first)
        #expect(problem.english.contains("duplicate key 'total_points'"))
        #expect(problem.location?.mark.line == line(of: "total_points: 90", in: text))
    }

    @Test func pointsNotAddingUp() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "points: 60", with: "points: 55")
        let problem = try #require(rubricProblems(text).first)
        #expect(problem.english == "criteria points add up to 95 (quality 65 + cost 30), but total_points is 100")
        #expect(problem.path == "total_points")
    }

    @Test(arguments: [("-800", "is negative"), (".nan", "not a finite number"), (".inf", "not a finite number")])
    func badNumbers(price: String, message: String) throws {
        let problems = bidProblems(Fixture.bids([Fixture.bid("a", price: price)]))
        let problem = try #require(problems.first)
        #expect(problem.english.contains(message))
        #expect(problem.path == "bids[0].price")
        #expect(problem.location?.mark == Mark(line: 5, column: 12))
    }

    @Test func negativeFact() throws {
        let problem = try #require(bidProblems(Fixture.bids([Fixture.bid("a", price: "1", q: "-3")])).first)
        #expect(problem.path == "bids[0].facts.q")
        #expect(problem.english.contains("'-3' is negative"))
    }

    @Test func percentageOver100() throws {
        let text = Fixture.bids([Fixture.bid("a", price: "1").replacingOccurrences(of: "q: 50", with: "q: 50, sla: 100.5%")])
        let problem = try #require(bidProblems(text).first)
        #expect(problem.english == "'100.5%' is over 100%")
        #expect(problem.path == "bids[0].facts.sla")
    }

    @Test func repeatedVendorIDs() throws {
        let problems = bidProblems(Fixture.bids([Fixture.bid("a", price: "1"), Fixture.bid("b", price: "1"), Fixture.bid("a", price: "2")]))
        let problem = try #require(problems.first)
        #expect(problem.english == "vendor id 'a' appears twice (first at line 3)")
        #expect(problem.location?.mark.line == 15)
    }

    @Test func evaluatorScoreOutOfRange() throws {
        let problems = try checkProblems([Fixture.bid("a", price: "1", scores: "{ E1: 8, E2: 11, E3: 8 }")])
        let problem = try #require(problems.first)
        #expect(problem.english == "vendor 'a': evaluator 'E2' gave 11 on 'design', outside 0–10")
        #expect(problem.path == "bids[a].scores.design.E2")
        #expect(problem.location?.mark.line == 8)
    }

    @Test func bidsMarkedByDifferentEvaluatorsAreRefused() throws {
        // One mark of 10 against three averaged marks elsewhere would be ranked on another footing.
        let fewer = try checkProblems([Fixture.bid("a", price: "1"), Fixture.bid("b", price: "1"),
                                       Fixture.bid("c", price: "1", scores: "{ E1: 10 }")])
        let problem = try #require(fewer.first)
        #expect(problem.english == "the bids were not all marked by the same evaluators on 'design': 2 bids were marked by E1, E2, E3, but vendor 'c' by E1")
        #expect(problem.path == "bids[c].scores.design")
        #expect(problem.severity == .error)
        let others = try checkProblems([Fixture.bid("a", price: "1"), Fixture.bid("b", price: "1", scores: "{ E4: 8, E5: 8, E6: 8 }"),
                                        Fixture.bid("c", price: "1", scores: "{ E4: 8, E5: 8, E6: 8 }"), Fixture.bid("d", price: "1")])
        #expect(others.first?.english == "the bids were not all marked by the same evaluators on 'design': 2 bids were marked by E1, E2, E3, but vendors 'b', 'c' by E4, E5, E6")
    }

    @Test func aGateReadingAFactNoBidHasIsAnError() throws {
        let rubric = Fixture.rubric().replacingOccurrences(of: "fact: mlps_level", with: "fact: mlps_levl")
        let loaded = try BidsLoader().load(bytes: Array(Fixture.bids([Fixture.bid("a", price: "1"), Fixture.bid("b", price: "1")]).utf8),
                                           file: "bids.yaml")
        let problems = BidChecker.check(loaded, against: try Fixture.loadRubric(rubric)).filter { $0.severity == .error }
        let problem = try #require(problems.first)
        #expect(problem.english == "gate 'mlps' reads fact 'mlps_levl', which no bid states and the rubric gives no default for; every bid would fail it")
        #expect(problem.englishHint == "did you mean 'mlps_level'?")
    }

    @Test func pointsThatMissTheTotalShowTheExactSum() throws {
        let problems = rubricProblems(Fixture.rubric().replacingOccurrences(of: "points: 60", with: "points: 59.999999999"))
        #expect(problems.map(\.english).contains(
            "criteria points add up to 99.999999999 (quality 69.999999999 + cost 30), but total_points is 100"))
    }

    @Test func aYAMLTagIsExplained() throws {
        let problems = bidProblems(Fixture.bids([Fixture.bid("a", price: "!!float 12")]))
        #expect(problems.first?.english == "expected a number, found '12' tagged !!float (VendorScore reads every value from its text "
                + "and takes no YAML tags; write it without '!!float')")
    }

    @Test func aCSVFileNamedOtherwiseIsRecognisedAndNotEchoed() throws {
        let header = "id,name,price,enterprise_size,mlps_level" + String(repeating: ",score:design:E1", count: 200)
        let text = header + "\n" + String(repeating: "a,甲,100,large,3" + String(repeating: ",8", count: 200) + "\n", count: 500)
        let problems = bidProblems(text, file: "bids.txt")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.english == "this looks like a CSV file (its first line is 'id,name,price,enterprise_size,mlps_level,score:design:E1,sco…'), "
                + "but its name does not end in .csv, so it was read as YAML")
        #expect(problem.englishHint == "name it with .csv at the end to have it read as CSV")
    }

    @Test func aLongValueIsShownByItsStartOnly() throws {
        let problems = rubricProblems(String(repeating: "word ", count: 10_000))
        let message = try #require(problems.first?.english)
        #expect(message.count < 200)
        #expect(message.hasSuffix("… (49999 characters in all)'"))
    }

    @Test func missingFactNamesVendorAndFact() throws {
        let text = Fixture.bid("a", price: "1").replacingOccurrences(of: "q: 50, ", with: "")
        let problem = try #require(try checkProblems([text]).first)
        #expect(problem.english == "vendor 'a' lacks fact 'q', which q (test.fact-points) reads")
        #expect(problem.englishHint?.contains("defaults") == true)
    }

    @Test func rubricDefaultFillsAMissingFact() throws {
        let text = Fixture.bid("a", price: "1").replacingOccurrences(of: "q: 50, ", with: "")
        #expect(try checkProblems([text], rubric: Fixture.rubric(extra: "defaults: { q: 0 }\n")).isEmpty)
    }

    @Test func wrongFactKind() throws {
        let text = Fixture.bid("a", price: "1").replacingOccurrences(of: "q: 50", with: "q: 50%")
        let problem = try #require(try checkProblems([text]).first)
        #expect(problem.english == "vendor 'a': fact 'q' should be a number, found '50%'")
        #expect(problem.path == "bids[a].facts.q")
    }

    @Test func unusedFactIsAWarning() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let text = Fixture.bid("a", price: "1").replacingOccurrences(of: "q: 50", with: "q: 50, colour: blue")
        let diagnostics = BidChecker.check(try Fixture.loadBids(Fixture.bids([text])), against: rubric)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.english == "fact 'colour' (in 1 bid) is not read by any criterion or gate")
    }

    @Test func unknownScorerSuggestsRegisteredIDs() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "scorer: test.price", with: "scorer: test.prices")
        let problem = try #require(rubricProblems(text).first)
        #expect(problem.english == "unknown scorer 'test.prices'")
        #expect(problem.englishHint == "did you mean 'test.price'?")
        #expect(problem.location?.mark.line == line(of: "test.prices", in: text))
    }

    @Test func badScorerParameters() throws {
        let text = Fixture.rubric().replacingOccurrences(of: "params: { fact: q }", with: "params: { fact: q, floor: 3 }")
        let problem = try #require(rubricProblems(text).first)
        #expect(problem.english.hasPrefix("unknown key 'floor'"))
        #expect(problem.path == "groups[0].criteria[0].params.floor")
        let missing = Fixture.rubric().replacingOccurrences(of: "params: { fact: q }", with: "params: {}")
        let missingProblem = try #require(rubricProblems(missing).first)
        #expect(missingProblem.english == "test.fact-points: missing required parameter 'fact'")
        #expect(missingProblem.path == "groups[0].criteria[0].params.fact")
    }

    @Test func reportsEveryProblemInOnePass() throws {
        let text = Fixture.rubric()
            .replacingOccurrences(of: "category: services", with: "category: servces")
            .replacingOccurrences(of: "points: 10", with: "points: -10")
            .replacingOccurrences(of: "scorer: test.price", with: "scorer: nope.price")
        let problems = rubricProblems(text)
        #expect(problems.count >= 3)
        #expect(problems.contains { $0.path == "category" && $0.englishHint == "did you mean 'services'?" })
        #expect(problems.contains { $0.path == "groups[0].criteria[1].points" })
        #expect(problems.contains { $0.english == "unknown scorer 'nope.price'" })
    }

    @Test func priceWeightOutsideTheLawWarnsOrFails() throws {
        let consultation = Fixture.rubric().replacingOccurrences(of: "method: comprehensive", with: "method: consultation")
            .replacingOccurrences(of: "points: 60", with: "points: 50").replacingOccurrences(of: "points: 30", with: "points: 40")
        let (_, warnings) = try RubricLoader(registry: Fixture.registry).load(bytes: Array(consultation.utf8), file: "r.yaml")
        #expect(warnings.map(\.english) == ["the price score is 40% of the total; 财库〔2014〕214号 requires 10%–30% for services"])
        let strict = consultation.replacingOccurrences(of: "total_points: 100\n", with: "total_points: 100\nprice_weight: error\n")
        #expect(rubricProblems(strict).first?.severity == .error)
    }

    @Test func hostileAliasesAreBounded() throws {
        var text = "format: vendorscore/bids@1\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
        for level in 1...6 {
            text += "x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let problem = try #require(bidProblems(text).first)
        #expect(problem.english.contains("aliases expand to more than"))
    }

    @Test func csvErrorsAreLocated() throws {
        let csv = "\u{FEFF}id,name,price,q,mlps_level\na,甲,100,5,3\nb,乙,abc,5,3\nc,丙,100,50%%,3\n"
        let problems = bidProblems(csv, file: "bids.csv")
        #expect(problems.count == 2)
        #expect(problems[0].location == SourceLocation(file: "bids.csv", line: 3, column: 3))
        #expect(problems[0].path == "price")
        #expect(problems[1].location == SourceLocation(file: "bids.csv", line: 4, column: 4))
    }

    @Test func csvErrorsAfterLineBreaksInCellsAreLocated() throws {
        // A quoted cell may hold line breaks, "\r\n" or "\n"; each moves the rows after it down one line.
        let csv = "id,name,price,note\r\na,\"甲\r\n有限公司\",100,\"x\ny\"\r\nb,乙,abc,z\r\n"
        let problems = bidProblems(csv, file: "bids.csv")
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: "bids.csv", line: 5, column: 3))
    }

    @Test func csvReadsLikeYAML() throws {
        let csv = "\u{FEFF}id,name,price,enterprise_size,q,mlps_level,cpus,score:design:E1\r\na,\"甲, 有限公司\",100,small,5,3,鲲鹏 | 海光,8\r\n"
        let loaded = try Fixture.loadBids(csv, file: "bids.csv")
        let bid = try #require(loaded.bids.first)
        #expect(bid.name == "甲, 有限公司")
        #expect(bid.declarations.enterpriseSize == .small)
        #expect(bid.facts["cpus"]?.value == .list(["鲲鹏", "海光"]))
        #expect(bid.evaluatorScores["design"]?["E1"]?.points == 8)
    }
}

@Suite("Bids excluded by a gate")
struct ExcludedBidTests {
    @Test func needNotStateScoredFactsOrCarryMarks() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let excluded = """
          - id: x
            name: 未通过
            price: 500
            facts: { mlps_level: 2 }

        """
        let loaded = try Fixture.loadBids(Fixture.bids([excluded]))
        #expect(BidChecker.check(loaded, against: rubric).isEmpty)
    }

    @Test func stillHaveTheirFactKindsChecked() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let excluded = Fixture.bid("x", price: "500", q: "5%", mlps: "2")
        let problems = BidChecker.check(try Fixture.loadBids(Fixture.bids([excluded])), against: rubric)
        #expect(problems.map(\.english) == ["vendor 'x': fact 'q' should be a number, found '5%'"])
    }
}

@Suite("Large bids files")
struct LargeBidsFileTests {
    private func bids(_ count: Int, broken: Set<Int> = []) -> String {
        Fixture.bids((0..<count).map { index in
            Fixture.bid(String(format: "v%04d", index), price: broken.contains(index) ? "-1" : "\(1000 + index)")
        })
    }

    @Test func keepFileOrderAcrossBatches() throws {
        let loaded = try Fixture.loadBids(bids(1_000))
        #expect(loaded.bids.map(\.id) == (0..<1_000).map { String(format: "v%04d", $0) })
        #expect(loaded.bids[999].price == 1_999)
    }

    @Test func reportProblemsInFileOrderAcrossBatches() throws {
        let problems = Fixture.problems { () throws(DiagnosticList) in _ = try Fixture.loadBids(bids(1_000, broken: [700, 3, 300])) }
        #expect(problems.map(\.path) == ["bids[3].price", "bids[300].price", "bids[700].price"])
        #expect(problems.map { $0.location?.mark.line } == [3 + 3 * 6 + 2, 3 + 300 * 6 + 2, 3 + 700 * 6 + 2])
    }
}
