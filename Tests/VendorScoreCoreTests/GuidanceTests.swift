import Testing
@testable import VendorScoreCore

/// A criterion's optional scoring guidance (评分标准): read in one or both languages, refused
/// with a located error when malformed, and never part of a score.
@Suite("Criterion guidance")
struct GuidanceTests {
    static func rubric(guidance: String) -> String {
        Fixture.rubric().replacingOccurrences(of: "        type: subjective\n", with: "        type: subjective\n\(guidance)")
    }

    @Test func guidanceIsReadInBothLanguagesOrOneText() throws {
        let both = try Fixture.loadRubric(Self.rubric(guidance: "        guidance: { zh: 完整的得8–10分, en: Complete 8–10 }\n"))
        let design = try #require(both.criteria.first { $0.id == "design" })
        #expect(design.guidance?.zh == "完整的得8–10分" && design.guidance?.en == "Complete 8–10")
        #expect(design.guidance?.text(preferring: .en) == "Complete 8–10")
        let one = try Fixture.loadRubric(Self.rubric(guidance: "        guidance: 完整的得8–10分\n"))
        #expect(one.criteria.first { $0.id == "design" }?.guidance?.text(preferring: .en) == "完整的得8–10分")
        #expect(try Fixture.loadRubric(Fixture.rubric()).criteria.allSatisfy { $0.guidance == nil })
    }

    @Test(arguments: ["        guidance: [a, b]\n", "        guidance: { fr: x }\n", "        guidance: {}\n"])
    func malformedGuidanceIsLocated(line: String) throws {
        let text = Self.rubric(guidance: line)
        let problems = Fixture.problems { () throws(DiagnosticList) in _ = try Fixture.loadRubric(text) }
        let problem = try #require(problems.first)
        let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("guidance:") }! + 1
        #expect(problem.location?.file == "rubric.yaml")
        #expect(problem.location?.mark.line == expectedLine, "\(problem)")
        #expect(problem.path.contains("guidance"), "\(problem.path)")
    }
}
