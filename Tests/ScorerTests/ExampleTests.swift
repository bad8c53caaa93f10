import Testing
import VendorScoreCore
import VendorScoreOutput

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
            for language in Language.allCases {
                let words = PhraseText(language).render(award.reason)
                #expect(!words.isEmpty)
                #expect(!words.contains("\n"), "a reason is one line: \(words)")
            }
        }
    }

    /// Each example's reasons, worded in Chinese and in English: every message is in the catalogue,
    /// the Chinese has no Latin word but what the bids and rubric wrote (and units such as TB), the
    /// English no Chinese but what they wrote.
    @Test("Every example's reasons read in Chinese and in English", arguments: ExampleCase.all)
    func reasonsInBothLanguages(_ test: ExampleCase) throws {
        let mark: @Sendable (String) -> String = { "⟦\($0)⟧" }
        for award in try test.example.run(test.scorer) {
            for message in award.reason.messages {
                #expect(PhraseCatalogue.entries[message] != nil, "\(message) is not in the catalogue")
                // A built-in scorer says what it means through the catalogue, never in words of its own.
                #expect(message != Phrase.ownText, "\(award.reason) gives its own words, which no catalogue translates")
            }
            let zh = PhraseText(.zh, markingUserText: mark).render(award.reason).replacing(/⟦[^⟧]*⟧/, with: " ")
            let en = PhraseText(.en, markingUserText: mark).render(award.reason).replacing(/⟦[^⟧]*⟧/, with: " ")
            let latin = zh.matches(of: /[A-Za-z]+/).map { String($0.output) }.filter { $0 != "TB" }
            #expect(latin.isEmpty, "\(PhraseText(.zh).render(award.reason))")
            #expect(!en.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) }, "\(PhraseText(.en).render(award.reason))")
        }
    }

    /// A result keeps its awards as long as it is read; an award whose reason kept its bid would
    /// keep every fact of every bid that long (megabytes for a large tender).
    @Test("Awards keep no bid alive", arguments: ExampleCase.all)
    func awardsKeepNoBid(_ test: ExampleCase) throws {
        let parameters = try ScorerParameters(yaml: test.example.parameters, maximum: test.example.maximum, file: "<example>")
        let scorer = try test.scorer.init(parameters: parameters)
        var context: ScoringContext? = try ScorerExample.context(maximum: test.example.maximum, bids: test.example.bids)
        let bids = context!.bids.map { WeakBid(bid: $0) }
        let awards = try scorer.score(context!)
        context = nil
        #expect(bids.allSatisfy { $0.bid == nil }, "an award still holds its bid")
        #expect(awards.allSatisfy { !PhraseText(.en).render($0.reason).isEmpty })
    }

    private struct WeakBid {
        weak var bid: BidFacts?
    }

    @Test("Every example lists one expected result per bid")
    func shapes() {
        for test in ExampleCase.all {
            #expect(test.example.expected.count == test.example.bids.count, "\(test.testDescription)")
        }
    }
}
