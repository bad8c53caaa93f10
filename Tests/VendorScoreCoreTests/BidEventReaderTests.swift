import Foundation
import Testing
@testable import VendorScoreCore
import VendorScoreYAML

/// The event reader (bids read straight from parser events) against the tree reader (bids read
/// from their node trees): the same bids, the same errors and warnings in the same order.
@Suite("Bids read from parser events")
struct BidEventReaderTests {
    /// The bids (and tender id and warnings) a load gives, or its problems.
    private func outcome(_ bytes: [UInt8], file: String = "bids.yaml", events: Bool, limits: YAMLLimits = .default, pieceSize: Int = 256)
        -> (loaded: BidsLoader.Loaded?, problems: [Diagnostic]) {
        var loader = BidsLoader(limits: limits)
        loader.readsEvents = events
        loader.pieceSize = pieceSize
        do throws(DiagnosticList) {
            return (try loader.load(bytes: bytes, file: file), [])
        } catch {
            return (nil, error.diagnostics)
        }
    }

    private func expectSame(_ text: String, limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let tree = outcome(bytes, events: false, limits: limits)
        let events = outcome(bytes, events: true, limits: limits)
        #expect(events.loaded == tree.loaded, sourceLocation: sourceLocation)
        #expect(events.problems == tree.problems, sourceLocation: sourceLocation)
        // Cut into pieces of one bid each, parsed on every core, whenever the layout allows.
        let pieces = outcome(bytes, events: true, limits: limits, pieceSize: 1)
        #expect(pieces.loaded == tree.loaded, sourceLocation: sourceLocation)
        #expect(pieces.problems == tree.problems, sourceLocation: sourceLocation)
    }

    private static let head = "format: vendorscore/bids@1\ntender: demo\nbids:\n"

    private static let good = """
      - id: inspur
        name: 浪潮云
        price: 9860000
        declarations: { enterprise_size: small, small_share: 40%, domestic_share: 99.5% }
        facts:
          sla_availability: 99.99%
          rto: 15min
          "quoted key": 3
          mlps_level: 3
          local_ops_24x7: true
          cpus: [鲲鹏, "海光", 'x y']
          note: '12'
          data_location: 本省
          weight: 0.125
        scores:
          design: { E1: 8.5, E2: 9, E3: 8 }
          plan: { E1: 7 }
      - id: v-2.b_3
        name: "二号"
        price: 1_000.50
        facts: { rto: 4h, cpus: [] }

    """

    @Test func aWellFormedBidIsReadWithoutItsTree() throws {
        var read: [Bid] = []
        let recorded = try YAMLParser.parse(Array((Self.head + Self.good).utf8), recordingItemsOf: "bids") { events in
            var reader = BidEventReader(file: "bids.yaml")
            for item in events.items {
                if let bid = reader.read(events, at: item) { read.append(bid) }
            }
        }
        guard case .parsed = recorded else {
            Issue.record("a file without anchors is recorded")
            return
        }
        #expect(read.map(\.id) == ["inspur", "v-2.b_3"])
        #expect(read.first?.facts["cpus"]?.value == .list(["鲲鹏", "海光", "x y"]))
        #expect(read.first?.facts["note"]?.value == .text("12"))
        #expect(read.first?.evaluatorScores["design"]?["E1"]?.points == Rational(17, 2))
        expectSame(Self.head + Self.good)
    }

    @Test func aBidWithAProblemIsLeftToTheTreeReader() throws {
        var results: [Bool] = []
        let text = Self.head + "  - { id: a, name: A, price: -5 }\n  - { id: b, name: B, price: 5, facts: { x: !!float 1 } }\n"
        _ = try YAMLParser.parse(Array(text.utf8), recordingItemsOf: "bids") { events in
            var reader = BidEventReader(file: "bids.yaml")
            results += events.items.map { reader.read(events, at: $0) == nil }
        }
        #expect(results == [true, true])
    }

    @Test func theShippedAndTestBidsFilesReadTheSame() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ["examples/government-cloud/bids.yaml", "examples/property-services/bids.yaml", "examples/custom-scorer/bids.yaml",
                     "examples/external-scorer/bids.yaml", "Fuzz/Seeds/FuzzEvaluate/bids.yaml",
                     "Tests/VendorScoreCLITests/Fixtures/bids.yaml", "Tests/VendorScoreCLITests/Fixtures/panel-bids.yaml",
                     "Tests/VendorScoreCLITests/Fixtures/panel-bids-too-few.yaml",
                     "Tests/VendorScoreCLITests/Fixtures/panel-bids-unchecked.yaml", "Tests/VendorScoreCLITests/Fixtures/broken-bids.yaml"]
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: root.appendingPathComponent(file).path), "\(file)")
            let bytes = [UInt8](data)
            let (events, tree) = (outcome(bytes, file: file, events: true), outcome(bytes, file: file, events: false))
            #expect(events.loaded == tree.loaded, "\(file)")
            #expect(events.problems == tree.problems, "\(file)")
            #expect(events.loaded != nil || !events.problems.isEmpty)
            let pieces = outcome(bytes, file: file, events: true, pieceSize: 1)
            #expect(pieces.loaded == tree.loaded, "\(file)")
            #expect(pieces.problems == tree.problems, "\(file)")
        }
        // The shipped example is cut into pieces indeed: the comparison above is not of the whole parse with itself.
        let example = try #require(FileManager.default.contents(atPath: root.appendingPathComponent(files[0]).path))
        guard case .parsed(_, let items) = YAMLParser.parseInPieces([UInt8](example), recordingItemsOf: "bids", pieceSize: 1, { _, _ in }) else {
            Issue.record("the shipped example's bids were not cut into pieces")
            return
        }
        #expect(items == 14)
    }

    @Test(arguments: [
        // Duplicate keys: in a bid, in its facts, in its scores, with the first one's position.
        "  - { id: a, name: A, price: 5, id: b }\n",
        "  - id: a\n    name: A\n    price: 5\n    facts:\n      rto: 4h\n      x: 1\n      rto: 5h\n",
        "  - id: a\n    name: A\n    price: 5\n    scores: { d: { E1: 5, E1: 6 } }\n",
        // Keys equal as Swift strings though not byte for byte (the Kelvin sign is K).
        "  - id: a\n    name: A\n    price: 5\n    facts: { \u{212A}: 1, K: 2 }\n",
        "  - id: a\n    name: A\n    price: 5\n    facts: { \"e\u{301}\": 1, \u{E9}: 2 }\n",
        // Keys that are lists or mappings, with problems inside them first.
        "  - id: a\n    name: A\n    price: 5\n    facts: { [x, x]: 1 }\n",
        "  - id: a\n    name: A\n    price: 5\n    facts: { { k: 1, k: 2 }: 1 }\n",
        "  - { [a]: 1 }\n",
        // Wrong types and values.
        "  - { id: a, name: A, price: ten }\n",
        "  - { id: a, name: A, price: 986万元 }\n",
        "  - { id: a, name: A, price: '9,860,000' }\n",
        "  - { id: a, name: A, price: 0 }\n",
        "  - { id: a, name: A, price: [1] }\n",
        "  - { id: a, name: ~, price: 5 }\n",
        "  - { id: null, name: A, price: 5 }\n",
        "  - { id: 'null', name: A, price: 5 }\n",
        "  - { id: 浪潮, name: A, price: 5 }\n",
        "  - { id: 'a b', name: A, price: 5 }\n",
        "  - { id: a, name: { zh: 甲 }, price: 5 }\n",
        "  - { id: a, name: A, price: 5, facts: [1, 2] }\n",
        "  - { id: a, name: A, price: 5, facts: }\n",
        "  - { id: a, name: A, price: 5, facts: { x: -1, y: 101%, z: .nan, w: 1.2.3, v: ~, u: { a: 1 }, t: [a, ~], s: [[a]] } }\n",
        "  - { id: a, name: A, price: 5, declarations: { enterprise_size: tiny, small_share: 40 } }\n",
        "  - { id: a, name: A, price: 5, declarations: { enterprise_size: ~, domestic_share: '40%' } }\n",
        "  - { id: a, name: A, price: 5, declarations: { size: small } }\n",
        "  - { id: a, name: A, price: 5, declarations: large }\n",
        "  - { id: a, name: A, price: 5, scores: { d: 5 } }\n",
        "  - { id: a, name: A, price: 5, scores: { d: { E1: '5', E2: 5%, E3: [5] } } }\n",
        "  - { id: a, name: A, price: 5, scores: ~ }\n",
        // Tags, explained rather than read.
        "  - { id: a, name: A, price: !!float 5 }\n",
        "  - { id: !!str a, name: !!str A, price: 5, facts: { x: !!float 1, y: !!str 2, z: !!seq [a], w: [!!str b] } }\n",
        "  - !!map { id: a, name: A, price: 5 }\n",
        // Unknown and missing keys.
        "  - { id: a, name: A, prcie: 5 }\n",
        "  - { id: a, nmae: A, price: 5, fatcs: {} }\n",
        "  - { name: A }\n",
        "  - {}\n",
        // Items that are not mappings.
        "  - a\n  - [a]\n  - ~\n",
        // A huge value, shown by its start only.
        "  - { id: a, name: A, price: 5, facts: { x: {\(String(repeating: "long ", count: 3_000)): 1} } }\n",
        "  - { id: a, name: '\(String(repeating: "长", count: 5_000))', price: \(String(repeating: "9", count: 200)) }\n",
        // Repeated vendor ids across bids, and problems in several bids in file order.
        "  - { id: a, name: A, price: 5 }\n  - { id: a, name: B, price: -5 }\n  - { id: c, name: C, price: x }\n",
    ])
    func malformedBidsReadTheSame(_ bids: String) {
        expectSame(Self.head + bids)
        expectSame(Self.head + Self.good + bids)
    }

    @Test(arguments: [
        "",
        "# only a comment\n",
        "~\n",
        "[a, b]\n",
        "format: vendorscore/bids@1\n",
        "format: vendorscore/bids@2\nbids: []\n",
        "format: vendorscore/bids@1\nbids: {}\n",
        "format: vendorscore/bids@1\nbids: x\n",
        "format: vendorscore/bids@1\nbidz: []\nbids: []\n",
        "format: vendorscore/bids@1\ntender: 'a b'\nbids:\n  - { id: a, name: A, price: 5 }\n",
        // Syntax errors after bids with problems of their own: the bids before it still speak.
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: -5 }\n  - { id: b, name: B, price: [5 }\n",
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: -5 }\n  - { id: b, name: B, price: 5, id: c }\n",
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: -5 }\n---\nx: 1\n",
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: -5 }\n\tbad: tab\n",
        // Anchors and aliases, inside bids and outside them.
        "format: vendorscore/bids@1\nbids:\n  - &a { id: a, name: A, price: 5 }\n  - *a\n",
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: 5, facts: &f { x: 1 } }\n  - { id: b, name: B, price: 5, facts: *f }\n",
        "format: vendorscore/bids@1\nnote: &n 5\nbids:\n  - { id: a, name: A, price: *n }\n",
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: *nothing }\n",
        "format: &f vendorscore/bids@1\ntender: *f\nbids:\n  - { id: a, name: A, price: 5 }\n",
        // The bids list somewhere other than the root mapping.
        "format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: 5, facts: { bids: [1, 2] } }\n",
        "- bids: [{ id: a, name: A, price: 5 }]\n",
    ])
    func malformedFilesReadTheSame(_ text: String) {
        expectSame(text)
    }

    @Test func notUTF8ReadsTheSame() {
        let bytes = Array("format: vendorscore/bids@1\nbids:\n  - { id: a, name: A, price: -5 }\n  - id: b\n    name: ".utf8) + [0xC3, 0x28]
        let problems = outcome(bytes, events: true).problems
        #expect(problems == outcome(bytes, events: false).problems)
        #expect(problems.first?.english.contains("not valid UTF-8") == true)
    }

    @Test func limitsStillHold() {
        let nested = Self.head + "  - { id: a, name: A, price: 5, facts: { x: " + String(repeating: "[", count: 70)
            + String(repeating: "]", count: 70) + " } }\n"
        expectSame(nested)
        expectSame(Self.head + Self.good, limits: YAMLLimits(maxDepth: 4))
        expectSame(Self.head + Self.good, limits: YAMLLimits(maxBytes: 100))
        var aliases = Self.head + "  - { id: a, name: A, price: 5, facts: { x0: &x0 [a, a, a, a, a, a, a, a, a, a]"
        for level in 1...6 { aliases += ", x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ") + "]" }
        expectSame(aliases + " } }\n")
        let tooDeep = outcome(Array(nested.utf8), events: true).problems
        #expect(tooDeep.map(\.english) == ["nesting is deeper than 64 levels"])
    }

    @Test func manyBidsAcrossBatchesReadTheSame() {
        var text = Self.head
        for index in 0..<700 {
            let price = index % 97 == 5 ? "-1" : "\(1000 + index)"
            let facts = index % 13 == 0 ? "{ rto: 4h, mlps_level: 3, extra_\(index): x }" : "{ mlps_level: 3, rto: 4h }"
            text += "  - { id: v\(index), name: 供应商\(index), price: \(price), facts: \(facts) }\n"
        }
        expectSame(text)
        expectSame(text + "  - { id: v1, name: 重复, price: 5 }\n")
    }
}
