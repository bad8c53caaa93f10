import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput

/// Every message of the phrase catalogue, and every kind of value and unit, worded in both
/// languages: the Chinese has no Latin-script word of its own, the English no Chinese. What a user
/// wrote is marked as it goes in and left out of the check.
@Suite struct PhraseCatalogueTests {
    static let open: Character = "⟦", close: Character = "⟧"
    static func marked(_ language: Language) -> PhraseText {
        PhraseText(language, markingUserText: { "\(open)\($0)\(close)" })
    }

    /// The text with every marked user value taken out.
    static func ownWords(_ text: String) -> String {
        text.replacing(/⟦[^⟧]*⟧/, with: " ")
    }

    /// Units a Chinese text writes in Latin letters, as Chinese documents do.
    static let latinUnits: Set<String> = ["TB"]

    static func latinWords(_ text: String) -> [String] {
        ownWords(text).matches(of: /[A-Za-z]+/).map { String($0.output) }.filter { !latinUnits.contains($0) }
    }

    static func chinese(_ text: String) -> [Character] {
        ownWords(text).filter { character in
            character.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) }
        }
    }

    static func placeholders(_ template: String) -> Set<String> {
        Set(template.matches(of: /\{([^}|]+)(\|[^}]*)?\}/).map { String($0.output.1) })
    }

    /// The phrases and the diagnostics (``DiagnosticCatalogueTests``): every message a reader meets.
    static let allEntries = PhraseCatalogue.entries.merging(DiagnosticCatalogue.entries, uniquingKeysWith: { first, _ in first })

    @Test("Every message quotes the same values in both languages", arguments: allEntries.keys.sorted())
    func sameValues(message: String) throws {
        let entry = try #require(Self.allEntries[message])
        #expect(Self.placeholders(entry.zh) == Self.placeholders(entry.en), "\(message)")
    }

    @Test("Every message reads in Chinese without Latin words and in English without Chinese",
          arguments: PhraseCatalogue.entries.keys.sorted())
    func wordedInBothLanguages(message: String) throws {
        let entry = try #require(PhraseCatalogue.entries[message])
        let values = Dictionary(uniqueKeysWithValues: Self.placeholders(entry.en).map { ($0, PhraseValue.written("value of \($0)")) })
        let phrase = Phrase(message, PhraseValues(values))
        let zh = Self.marked(.zh).render(phrase)
        let en = Self.marked(.en).render(phrase)
        #expect(Self.latinWords(zh).isEmpty, "\(message): \(zh)")
        #expect(Self.chinese(en).isEmpty, "\(message): \(en)")
        #expect(!zh.contains("{") && !en.contains("{"), "\(message): a value was not filled in")
    }

    static let sampleValues: [PhraseValue] = [
        .amount(Rational(5_350_000)), .number(Rational(41, 5)), .number(Rational(10, 3), decimals: 2), .percent(45),
        .value(.number(3)), .value(.percent(Rational(decimal: "99.95")!)), .value(.duration(seconds: 14_400)),
        .value(.duration(seconds: 900)), .value(.duration(seconds: 45)), .value(.duration(seconds: 172_800)),
        .value(.bool(true)), .value(.bool(false)), .value(.text("上海市")), .value(.list(["鲲鹏", "Intel"])),
        .fact("data_location"), .id("huawei"), .written("华为云"), .writtenList(["本省", "Shandong"]),
        .title(LocalizedText(zh: "数据驻留", en: "Data residency")), .citation("财库〔2026〕2号"),
        .own(LocalizedText(zh: "自定义", en: "custom")), .phrase(Phrase("tie-break.evaluation-price", [:])),
        .phrases([Phrase("tie-break.bid-price", [:]), Phrase("tie-break.evaluation-price", [:])]),
    ] + PhraseUnit.allCases.flatMap { [PhraseValue.quantity(1, $0), .quantity(Rational(2625, 10), $0, decimals: 2)] }

    @Test("Every kind of value and every unit is worded in the reader's language", arguments: sampleValues)
    func values(value: PhraseValue) {
        let zh = Self.marked(.zh).render(value)
        let en = Self.marked(.en).render(value)
        #expect(Self.latinWords(zh).isEmpty, "\(value): \(zh)")
        #expect(Self.chinese(en).isEmpty, "\(value): \(en)")
    }

    @Test("Amounts carry their unit, durations and units are Chinese in Chinese")
    func units() {
        #expect(PhraseText(.zh).render(.amount(5_350_000)) == "5,350,000 元")
        #expect(PhraseText(.en).render(.amount(5_350_000)) == "5,350,000 yuan")
        #expect(PhraseText(.zh).render(.quantity(Rational(2628, 10), .minutesPerYear)) == "262.8 分钟/年")
        #expect(PhraseText(.en).render(.quantity(Rational(2628, 10), .minutesPerYear)) == "262.8 min/yr")
        #expect(PhraseText(.zh).render(.value(.duration(seconds: 14_400))) == "4 小时")
        #expect(PhraseText(.zh).render(.quantity(64, .vcpus)) == "64 核")
        #expect(PhraseText(.zh).render(.quantity(5, .evaluators)) == "5 名评委")
    }

    @Test("The issue's examples read in Chinese")
    func issueExamples() {
        let zh = PhraseText(.zh)
        let gate = Phrase("gate.failed", ["fact": .fact("data_location"), "found": .value(.text("上海市")),
                                          "condition": .phrase(Phrase("condition.one-of", ["items": .writtenList(["本省"])]))])
        #expect(zh.render(gate) == "data_location 为 上海市，要求为以下之一：本省")
        #expect(PhraseText(.en).render(gate) == "data_location is 上海市; required one of 本省")
        let below = Phrase("rank.placed-below", ["vendor": .written("浪潮云"), "key": .phrase(Phrase("tie-break.evaluation-price", [:]))])
        #expect(zh.render(below) == "与 浪潮云 总分相同，按评标价格排在其后")
        let mean = Phrase("committee.mean", ["count": .quantity(5, .evaluators), "mean": .number(Rational(41, 5))])
        #expect(zh.render(mean) == "5 名评委评分的平均值：8.2")
        #expect(PhraseText(.en).render(mean) == "mean of 5 evaluators: 8.2")
    }

    @Test("A scorer's own text shows in both languages, or in the one it gave")
    func ownText() {
        #expect(PhraseText(.zh).render(Phrase(zh: "能效达标", en: "PUE met")) == "能效达标")
        #expect(PhraseText(.en).render(Phrase(zh: "能效达标", en: "PUE met")) == "PUE met")
        #expect(PhraseText(.zh).render(Phrase(en: "PUE met")) == "PUE met")
        #expect(PhraseText(.en).render("PUE 1.3") == "PUE 1.3")
    }

    @Test("A reason's JSON form reads back to the same phrase", arguments: sampleValues)
    func roundTrip(value: PhraseValue) throws {
        let reason = EvaluationDocument.Reason(Phrase("fact.rule", ["value": value, "fact": .fact("x"), "rule": .phrase("r")]), wordedIn: .zh)
        let data = try JSONEncoder().encode(reason)
        #expect(try JSONDecoder().decode(EvaluationDocument.Reason.self, from: data) == reason)
    }

    /// The phrases the issue quoted, which the shipped example must no longer show in Chinese.
    static let englishPhrases = ["equal total with", "placed below on", "required one of", "evaluation-price",
                                 "of the ceiling price", "the bidder must justify it in writing", "mean of", "evaluators",
                                 "min/yr", "deduction", "full points", "linear between", "abnormally-low-price"]

    static var example: [String] {
        let root = ReportFixture.repository
        return [root.appendingPathComponent("rubrics/government-cloud.yaml").path,
                root.appendingPathComponent("examples/government-cloud/bids.yaml").path,
                "--tender", root.appendingPathComponent("examples/government-cloud/tender.yaml").path]
    }

    @Test("Everything the engine says about the shipped example is a message of the catalogue, none its own words")
    func exampleSaysEverythingThroughTheCatalogue() throws {
        let evaluation = ReportFixture.example.evaluation
        var phrases: [Phrase] = []
        for vendor in evaluation.vendors {
            phrases += vendor.gates.map(\.reason) + vendor.adjustments.map(\.reason) + vendor.flags.map(\.message)
            phrases += vendor.criteria.flatMap { [$0.reason] + $0.flags.map(\.message) } + [vendor.rankNote].compactMap { $0 }
        }
        #expect(phrases.count > 100)
        for message in phrases.flatMap(\.messages) {
            #expect(PhraseCatalogue.entries[message] != nil && message != Phrase.ownText, "\(message)")
        }
    }

    @Test("evaluate --lang zh of the shipped example has none of the English phrases", arguments: ["table", "markdown"])
    func evaluateInChinese(format: String) throws {
        let output = OutputBuffer(), errors = OutputBuffer()
        let status = VendorScoreCLI.run(arguments: ["evaluate"] + Self.example + ["--lang", "zh", "--format", format],
                                        modules: builtinModules, output: output, errors: errors)
        #expect(status == 0, "\(errors.text)")
        for phrase in Self.englishPhrases { #expect(!output.text.contains(phrase), "\(phrase)") }
    }

    @Test("report --lang zh of the shipped example has none of the English phrases")
    func reportInChinese() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("phrase-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let html = scratch.appendingPathComponent("report.html").path, markdown = scratch.appendingPathComponent("report.md").path
        let output = OutputBuffer(), errors = OutputBuffer()
        let status = VendorScoreCLI.run(arguments: ["report"] + Self.example + ["--lang", "zh", "--html", html, "--markdown", markdown,
                                                                                 "--date", "2026-03-18"],
                                        modules: builtinModules, output: output, errors: errors)
        #expect(status == 0, "\(errors.text)")
        for file in [html, markdown] {
            // What a reader sees: styles, tags and their attributes (class names, data-) left out.
            let text = try String(contentsOfFile: file, encoding: .utf8)
                .replacing(/<style[\s\S]*?<\/style>/, with: "").replacing(/<[^>]*>/, with: " ")
            for phrase in Self.englishPhrases { #expect(!text.contains(phrase), "\(file): \(phrase)") }
        }
    }
}
