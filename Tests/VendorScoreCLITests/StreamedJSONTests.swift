import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
@testable import VendorScoreOutput

/// `--format json` is written one vendor at a time; its bytes must be exactly those of encoding
/// the whole document at once, which is what the format promises.
@Suite("JSON written in pieces")
struct StreamedJSONTests {
    static let rubricPath = InputFileWriterTests.rubricPath
    static let bidsPath = InputFileWriterTests.bidsPath
    static let tenderPath = InputFileWriterTests.tenderPath

    private func whole(_ evaluation: Evaluation, _ language: Language = .en) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(EvaluationDocument(evaluation, wordedIn: language)), as: UTF8.self) + "\n"
    }

    private func pieces(_ evaluation: Evaluation, _ language: Language = .en) throws -> [String] {
        var pieces: [String] = []
        try JSONRenderer(language: language).render(evaluation) { pieces.append($0) }
        return pieces
    }

    private func evaluate(_ bids: [Bid], tender: Tender? = nil) throws -> Evaluation {
        let (rubric, _) = try RubricLoader(registry: ScorerRegistry(builtinModules)).load(path: Self.rubricPath)
        return try Engine().evaluate(rubric: rubric, bids: bids, tender: tender)
    }

    @Test("The example, with and without its tender file, in either language, in pieces and whole, gives the bytes of the whole document",
          arguments: [false, true], [Language.en, .zh])
    func exampleMatchesWholeDocument(withTender: Bool, language: Language) throws {
        let bids = try BidsLoader().load(path: Self.bidsPath).bids
        let evaluation = try evaluate(bids, tender: withTender ? TenderLoader().load(path: Self.tenderPath) : nil)
        let pieces = try pieces(evaluation, language)
        #expect(!pieces.isEmpty)
        #expect(pieces.joined() == (try whole(evaluation, language)))
        #expect(try JSONRenderer(language: language).render(evaluation) == (try whole(evaluation, language)))
        var bytes: [UInt8] = []
        try JSONRenderer(language: language).render(evaluation, bytes: { bytes += $0 })
        #expect(bytes == Array(try whole(evaluation, language).utf8))
    }

    @Test("Names with quotes, line breaks, control characters and slashes, and empty lists, come out as encoded whole")
    func awkwardTextMatchesWholeDocument() throws {
        var bids = try BidsLoader().load(path: Self.bidsPath).bids
        let names = ["\"引号\"\n  \"vendors\" : [\n\n  ]", "back\\slash/斜杠", "bell\u{7}esc\u{1B}\ttab", "  leading", "\u{2028}"]
        for index in bids.indices { bids[index].name = names[index % names.count] }
        let evaluation = try evaluate(bids)
        #expect(try pieces(evaluation).joined() == (try whole(evaluation)))
    }

    @Test("Keys sort by their UTF-8 bytes: prefixes first, upper case before lower, accents and Chinese after ASCII")
    func keysSortByTheirBytes() {
        let keys = ["", "a", "ab", "a_b", "aB", "B", "Zebra", "zebra", "é", "e\u{301}", "评分", "评", "a\u{0}", "longer than fifteen bytes",
                    "longer than fifteen bytez", NSString(string: "bridged é") as String, "bridged e"]
        for first in keys {
            for second in keys {
                #expect(first.precedesInUTF8(second) == Array(first.utf8).lexicographicallyPrecedes(Array(second.utf8)),
                        "\(first) before \(second)")
            }
        }
    }

    @Test("Hundreds of vendors, written a batch at a time on every core, give the bytes of the whole document")
    func manyVendorsMatchTheWholeDocument() throws {
        let example = try BidsLoader().load(path: Self.bidsPath).bids
        var bids: [Bid] = []
        for copy in 0..<30 {
            for var bid in example {
                bid.id += "-\(copy)"
                bids.append(bid)
            }
        }
        let evaluation = try evaluate(bids)
        #expect(evaluation.vendors.count > OrderedPieces.itemsPerCore * 4)
        #expect(try pieces(evaluation).joined() == (try whole(evaluation)))
    }

    @Test("A long list is encoded in order, in batches, with at most two batches in hand")
    func orderedPieces() {
        let items = Array(0..<1_000)
        var written: [UInt8] = []
        var taken: [Range<Int>] = []
        var batches: [Range<Int>] = []
        OrderedPieces.write(items.indices, batch: { range in
            // Taken in order, each while the one before it is encoded: every batch before that one is done.
            #expect(taken.last?.upperBound ?? 0 == range.lowerBound)
            #expect(batches.count >= taken.count - 1)
            taken.append(range)
            return Array(items[range])
        }, encode: { item, position, json in
            if position > 0 { json.raw([UInt8(ascii: ",")]) }
            json.int(item * 10 + position % 10)
        }, to: { written += $0 }, done: { batches.append($0) })
        #expect(String(decoding: written, as: UTF8.self) == items.map { String($0 * 10 + $0 % 10) }.joined(separator: ","))
        #expect(batches.count > 1 && batches == taken)
        #expect(batches.first?.lowerBound == 0 && batches.last?.upperBound == items.count)
        #expect(zip(batches, batches.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    /// Every kind of value a reason quotes, nested phrases and a record's one line of English.
    static let reasons: [EvaluationDocument.Reason] = {
        let values: PhraseValues = [
            "amount": .amount(Rational(8_900_000)), "number": .number(Rational(13350, 493), decimals: 2), "bare": .number(Rational(3)),
            "percent": .percent(Rational(1, 2), decimals: nil), "share": .percent(Rational(95, 2), decimals: 1),
            "quantity": .quantity(Rational(2628, 10), .minutesPerYear, decimals: 1), "years": .quantity(Rational(3), .years),
            "list": .value(.list(["鲲鹏", "海光\n\"x\""])), "flag": .value(.bool(false)), "text": .value(.text("本省/外省")),
            "ratio": .value(.percent(Rational(9995, 100))), "time": .value(.duration(seconds: Rational(14_400))),
            "fact": .fact("data_location"), "vendor": .id("ctyun"), "name": .written("中国电信\u{1B}"),
            "names": .writtenList(["a", "b\\c"]), "title": .title(LocalizedText(zh: "安全", en: nil)),
            "basis": .citation("财库〔2026〕2号"), "own": .own(LocalizedText(zh: nil, en: "PUE met")),
            "rule": .phrase(Phrase("condition.at-least", ["value": .number(Rational(4))])),
            "terms": .phrases([Phrase("times", ["factor": .number(Rational(1, 3))]), Phrase(zh: "甲", en: "A")]), "none": .phrases([]),
            "Zebra": .id("upper case sorts first"), "a_b": .fact("underscore"), "aB": .fact("mixed"),
        ]
        let decoded = try! JSONDecoder().decode(EvaluationDocument.Reason.self, from: Data(#""one line of English""#.utf8))
        return [EvaluationDocument.Reason(Phrase("gate.failed", values)), EvaluationDocument.Reason(Phrase("gate.failed", values), wordedIn: .zh),
                EvaluationDocument.Reason(Phrase("gate.failed", [:]), wordedIn: .en), decoded]
    }()

    @Test("Reasons with every kind of value are written directly as JSONEncoder encodes them", arguments: [false, true])
    func reasonsMatchJSONEncoder(pretty: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        for reason in Self.reasons {
            var json = JSONWriter(pretty: pretty)
            reason.write(to: &json)
            #expect(json.bytes == [UInt8](try encoder.encode(reason)), "\(String(decoding: json.bytes, as: UTF8.self))")
            var nested = JSONWriter(pretty: pretty, depth: 3)
            EvaluationDocument.Reason.write(reason, to: &nested)
            #expect(nested.bytes == (pretty ? SortedJSONEncoder.indented([UInt8](try encoder.encode(reason)), by: 6) : json.bytes))
        }
        var none = JSONWriter(pretty: pretty)
        EvaluationDocument.Reason.write(nil, to: &none)
        #expect(none.bytes == Array("null".utf8))
    }

    struct Sample: Codable {
        var text: String
        var number: Int
        var flag: Bool
        var missing: String?
        var present: Int?
        var empty: [String]
        var emptyObject: [String: Int]
        var names: [String: [Int]]
        var nested: [Sample]
        var tuples: [[String]]

        enum CodingKeys: String, CodingKey {
            case text, number, flag, missing, present, empty, names, nested, tuples
            case emptyObject = "empty_object"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(number, forKey: .number)
            try container.encode(flag, forKey: .flag)
            try container.encode(missing, forKey: .missing)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(names, forKey: .names)
            try container.encode(nested, forKey: .nested)
            try container.encode(tuples, forKey: .tuples)
        }
    }

    static let sample = Sample(
        text: "\"q\" \\ / \u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} 供应商 \u{2028} 😀", number: -42, flag: true,
        missing: nil, present: 7, empty: [], emptyObject: [:], names: ["z": [1], "é": [], "a_b": [2, 3], "aB": [], "a10": [], "a9": [0]],
        nested: [Sample(text: "", number: 0, flag: false, missing: nil, present: nil, empty: ["x"], emptyObject: ["k": 1], names: [:],
                        nested: [], tuples: [[], ["a", "b"]])],
        tuples: [])

    @Test("Encodes as JSONEncoder does, compact and pretty-printed, nested at any depth", arguments: [false, true])
    func sortedEncoderMatchesJSONEncoder(pretty: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let expected = [UInt8](try encoder.encode(Self.sample))
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode(Self.sample) == expected)
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode([Self.sample, Self.sample]) == [UInt8](try encoder.encode([Self.sample, Self.sample])))
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode("top \u{1}") == [UInt8](try encoder.encode("top \u{1}")))
        let nested = try SortedJSONEncoder(prettyPrinted: pretty).encode(Self.sample, depth: 2)
        #expect(nested == (pretty ? SortedJSONEncoder.indented(expected, by: 4) : expected))
        // Floating point is left to JSONEncoder, which formats it in its own way.
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode(["x": 0.1]) == [UInt8](try encoder.encode(["x": 0.1])))
    }
}
