import Testing
import VendorScoreCore

@Suite("Bad parameters are refused where they are written")
struct BadParameterTests {
    @Test("The error points at the offending value and says what was expected", arguments: BadParameters.all)
    func refused(_ test: BadParameters) throws {
        let parameters = try ScorerParameters(yaml: test.yaml, maximum: test.maximum, file: "rubric.yaml")
        do {
            _ = try test.scorer.init(parameters: parameters)
            Issue.record("\(test.scorer.id) accepted \(test.yaml)")
        } catch {
            #expect(error.location == SourceLocation(file: "rubric.yaml", line: test.line, column: test.column), "\(error)")
            #expect(error.english.contains(test.message), "\(error.english)")
            #expect(error.path.hasPrefix("params"), "\(error.path)")
        }
    }

    @Test("Every scorer has at least one bad-parameter case")
    func covered() {
        var tested = Set<String>()
        for test in BadParameters.all { tested.insert(test.scorer.id) }
        for type in AllScorers.types {
            #expect(tested.contains(type.id), "no bad-parameter case for \(type.id)")
        }
    }
}
