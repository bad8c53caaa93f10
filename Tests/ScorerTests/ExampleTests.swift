import Testing
import VendorScoreCore

/// One example of one scorer, as a test argument.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let scorer: any Scorer.Type
    let example: ScorerExample

    var testDescription: String { "\(scorer.id): \(example.title)" }

    static var all: [ExampleCase] {
        AllScorers.types.flatMap { type in type.examples.map { ExampleCase(scorer: type, example: $0) } }
    }
}

@Suite("Scorer examples")
struct ExampleTests {
    @Test("Every example gives its documented points", arguments: ExampleCase.all)
    func example(_ test: ExampleCase) throws {
        let awards = try test.example.run(test.scorer)
        #expect(awards.map { $0.points.fixed(2) } == test.example.expected)
        for award in awards {
            #expect(award.points >= .zero && award.points <= test.example.maximum, "\(award.points) outside 0–\(test.example.maximum)")
            #expect(!award.reason.isEmpty)
            #expect(!award.reason.contains("\n"), "a reason is one line: \(award.reason)")
        }
    }

    @Test("Every example lists one expected result per bid")
    func shapes() {
        for test in ExampleCase.all {
            #expect(test.example.expected.count == test.example.bids.count, "\(test.testDescription)")
        }
    }
}
