import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput

/// Every message the core reports about its input (rubric, bids, tender file, scorer
/// parameters), worded in both languages like the phrases of ``PhraseCatalogueTests``: the
/// Chinese has no Latin-script word of its own, the English no Chinese.
@Suite struct DiagnosticCatalogueTests {
    /// Names of formats and programs that Chinese text writes in Latin letters, and the
    /// extensions `.csv` and `.xlsx` a file name must end in.
    static let technicalNames: Set<String> = ["YAML", "CSV", "csv", "UTF", "GB", "GBK", "Excel", "Unicode", "null", "TB", "xlsx", "zip", "XML"]

    static func latinWords(_ text: String) -> [String] {
        PhraseCatalogueTests.ownWords(text).matches(of: /[A-Za-z]+/).map { String($0.output) }.filter { !technicalNames.contains($0) }
    }

    @Test("Every diagnostic reads in Chinese without Latin words and in English without Chinese",
          arguments: DiagnosticCatalogue.entries.keys.sorted())
    func wordedInBothLanguages(message: String) throws {
        let entry = try #require(DiagnosticCatalogue.entries[message])
        let values = Dictionary(uniqueKeysWithValues: PhraseCatalogueTests.placeholders(entry.en).map {
            ($0, PhraseValue.written("value of \($0)"))
        })
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "bids.csv", line: 3, column: 7), path: "bids[inspur].price",
                                    Phrase(message, PhraseValues(values)), hint: Phrase("hint.did-you-mean", ["candidates": .phrases([Phrase("quoted", ["text": .written("x")])])]))
        let mark: @Sendable (String) -> String = { "\(PhraseCatalogueTests.open)\($0)\(PhraseCatalogueTests.close)" }
        let zh = DiagnosticText(.zh, markingUserText: mark).line(diagnostic)
        let en = DiagnosticText(.en, markingUserText: mark).line(diagnostic)
        // The place and key path are the user's, as written.
        let zhWords = zh.replacing("bids.csv:3:7", with: "").replacing("bids[inspur].price", with: "")
        let enWords = en.replacing("bids.csv:3:7", with: "").replacing("bids[inspur].price", with: "")
        #expect(Self.latinWords(zhWords).isEmpty, "\(message): \(zh)")
        #expect(PhraseCatalogueTests.chinese(enWords).isEmpty, "\(message): \(en)")
        #expect(!zh.contains("{") && !en.contains("{"), "\(message): a value was not filled in")
        #expect(zh.hasPrefix("bids.csv:3:7：错误：bids[inspur].price："), "\(zh)")
        #expect(en.hasPrefix("bids.csv:3:7: error: bids[inspur].price: "), "\(en)")
    }

    @Test("Diagnostics and phrases share no message id")
    func separateIDs() {
        #expect(Set(DiagnosticCatalogue.entries.keys).isDisjoint(with: PhraseCatalogue.entries.keys))
    }

    /// Message ids the core builds from a kind rather than writes out.
    static let builtIDs = ["named.member", "named.opening-record-vendor", "named.criterion", "named.group", "named.gate",
                           "decision.invalid-bid", "decision.abnormal-price", "severity.error", "severity.warning",
                           "count.bid", "count.bids", "count.bid-was", "count.bids-were", "vendors.one", "vendors.many",
                           "items.scores-it-nothing", "items.scores-them-nothing", "found.plain", "found.string"]
        + ProcurementCategory.allCases.map { "category.\($0.rawValue)" }

    @Test("Every message id the core, the workbook reader and the plugins file's reader write is worded by the catalogue")
    func everyCoreMessageIsWorded() throws {
        var ids = Set(Self.builtIDs)
        for module in ["VendorScoreCore", "VendorScoreSpreadsheet", "VendorScoreExternal"] {
            let folder = ReportFixture.repository.appendingPathComponent("Sources/\(module)")
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for file in files {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for match in source.matches(of: /[pP]hrase\("([a-z0-9]+(?:[.-][a-z0-9]+)+|quoted|expected|clauses)"/) {
                    ids.insert(String(match.output.1))
                }
            }
        }
        #expect(ids.count > 170)
        for id in ids.sorted() {
            #expect(DiagnosticCatalogue.entries[id] != nil || PhraseCatalogue.entries[id] != nil, "\(id)")
        }
    }

    @Test("A diagnostic reads the same in English as before it had ids")
    func englishAsBefore() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "rubric.yaml", line: 35, column: 17), path: "groups[1].criteria[0].scorer",
                                    Phrase("scorer.unknown", ["scorer": .id("comittee.panel")]),
                                    hint: Phrase("hint.did-you-mean", ["candidates": .phrases([Phrase("quoted", ["text": .written("committee.panel")])])]))
        #expect(DiagnosticText(.en).line(diagnostic)
                == "rubric.yaml:35:17: error: groups[1].criteria[0].scorer: unknown scorer 'comittee.panel' (did you mean 'committee.panel'?)")
        #expect(DiagnosticText(.zh).line(diagnostic)
                == "rubric.yaml:35:17：错误：groups[1].criteria[0].scorer：未知的评分器“comittee.panel”（是否应为“committee.panel”？）")
    }

    @Test("A message a module gives in one language is shown as it is in both")
    func ownWords() {
        let diagnostic = Diagnostic(.warning, at: nil, "the workbook has two sheets")
        #expect(DiagnosticText(.en).line(diagnostic) == "warning: the workbook has two sheets")
        #expect(DiagnosticText(.zh).line(diagnostic) == "警告：the workbook has two sheets")
    }
}
