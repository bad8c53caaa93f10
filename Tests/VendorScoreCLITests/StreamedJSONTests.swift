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

    private func whole(_ evaluation: Evaluation) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(EvaluationDocument(evaluation, worded: true)), as: UTF8.self) + "\n"
    }

    private func pieces(_ evaluation: Evaluation) throws -> [String] {
        var pieces: [String] = []
        try JSONRenderer().render(evaluation) { pieces.append($0) }
        return pieces
    }

    private func evaluate(_ bids: [Bid], tender: Tender? = nil) throws -> Evaluation {
        let (rubric, _) = try RubricLoader(registry: ScorerRegistry(builtinModules)).load(path: Self.rubricPath)
        return try Engine().evaluate(rubric: rubric, bids: bids, tender: tender)
    }

    @Test("The example, with and without its tender file, in pieces and whole, gives the bytes of the whole document",
          arguments: [false, true])
    func exampleMatchesWholeDocument(withTender: Bool) throws {
        let bids = try BidsLoader().load(path: Self.bidsPath).bids
        let evaluation = try evaluate(bids, tender: withTender ? TenderLoader().load(path: Self.tenderPath) : nil)
        let pieces = try pieces(evaluation)
        #expect(pieces.count == evaluation.vendors.count + 2)
        #expect(pieces.joined() == (try whole(evaluation)))
        #expect(try JSONRenderer().render(evaluation) == (try whole(evaluation)))
    }

    @Test("Names with quotes, line breaks, control characters and slashes, and empty lists, come out as encoded whole")
    func awkwardTextMatchesWholeDocument() throws {
        var bids = try BidsLoader().load(path: Self.bidsPath).bids
        let names = ["\"引号\"\n  \"vendors\" : [\n\n  ]", "back\\slash/斜杠", "bell\u{7}esc\u{1B}\ttab", "  leading", "\u{2028}"]
        for index in bids.indices { bids[index].name = names[index % names.count] }
        let evaluation = try evaluate(bids)
        #expect(try pieces(evaluation).joined() == (try whole(evaluation)))
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
