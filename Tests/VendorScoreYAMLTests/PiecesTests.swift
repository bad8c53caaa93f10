import Synchronization
import Testing
@testable import VendorScoreYAML

/// A long list parsed in pieces on every core must give what the whole parse gives, and any file
/// whose layout is not the plain one must be left to the whole parse.
@Suite("YAML list parsed in pieces")
struct PiecesTests {
    /// The root and every item, from the pieces; `nil` when the file was not cut.
    private static func pieces(_ text: String, size: Int) -> (root: String, items: [String])? {
        let handed = Mutex<[Int: [String]]>([:])
        let result = YAMLParser.parseInPieces(Array(text.utf8), recordingItemsOf: "bids", pieceSize: size) { piece, events in
            let shapes = events.items.map { events.node(at: $0).shape }
            handed.withLock { $0[piece] = shapes }
        }
        guard case .parsed(let root, let count) = result else { return nil }
        let items = handed.withLock { pieces in pieces.keys.sorted().flatMap { pieces[$0]! } }
        #expect(items.count == count)
        return (root.shape, items)
    }

    /// The root and every item, from one parse of the whole file.
    private static func whole(_ text: String) throws -> (root: String, items: [String]) {
        var items: [String] = []
        let result = try YAMLParser.parse(Array(text.utf8), recordingItemsOf: "bids", batchSize: 1) { events in
            items += events.items.map { events.node(at: $0).shape }
        }
        guard case .parsed(let root?) = result else { throw YAMLError(.multipleDocuments, at: Mark(line: 0, column: 0)) }
        return (root.shape, items)
    }

    static let plainLayouts = [
        // Indented items, the way the example and every generated file write them.
        "format: vendorscore/bids@1\ntender: t\nbids:\n  - id: a\n    price: 1\n  - id: b\n    facts: { x: 1 }\n  - id: c\n",
        // Items at the key's own column, comments and blank lines between and after them.
        "bids:   # the bids\n# first\n- id: a\n\n  # inside\n- id: b\n-\n  id: c\n  note: |\n    two\n     lines\n- [x, y]\n# end\n",
        // Windows line ends, a byte order mark, text in Chinese, a folded scalar and a tag.
        "\u{FEFF}note: 评标\r\nbids:\r\n  - id: 浪潮云\r\n    name: >\r\n      a\r\n      b\r\n  - id: b\r\n    n: !!str 1\r\n  - c\r\n",
        // Quoted texts, flow collections and plain texts over several lines, inside one item each.
        "bids:\n  - id: \"a\n      b\"\n    l: [1,\n        2]\n  - id: plain\n      text\n  - 'x'\n",
    ]

    @Test(arguments: plainLayouts, [1, 2])
    func piecesGiveWhatTheWholeParseGives(text: String, size: Int) throws {
        let cut = try #require(Self.pieces(text, size: size), "a plain layout is cut")
        let whole = try Self.whole(text)
        #expect(cut.root == whole.root)
        #expect(cut.items == whole.items)
    }

    static let otherLayouts = [
        // Too short to cut: no more items than a piece holds.
        "bids:\n  - a\n",
        // The list is not the last thing in the file.
        "bids:\n  - a\n  - b\nother: 1\n",
        // A flow list, or an anchor given to the list.
        "bids: [a, b, c]\n",
        "bids: &l\n  - a\n  - b\n",
        // A quoted text running over a line that looks like an item.
        "bids:\n  - \"a\n  - b\"\n  - c\n",
        // An anchor in one piece, an alias in another.
        "bids:\n  - &x a\n  - *x\n",
        // A problem in a piece: the whole parse reports it.
        "bids:\n  - { a: 1, a: 2 }\n  - b\n",
        // The key inside something else; the list not under the root mapping's last key.
        "outer:\n  bids:\n    - a\n    - b\n",
        "note: \"x\nbids:\n  - a\n  - b\n\"\n",
        // Line breaks YAML reads that the lines alone would not see: a lone CR, NEL, LS.
        "bids:\n  - a\r  - b\n  - c\n",
        "bids:\n  - a\u{85}  - b\n  - c\n",
        "bids:\n  - a\u{2028}  - b\n  - c\n",
        // An item at another column, a tab for indentation, two documents.
        "bids:\n  - a\n - b\n",
        "bids:\n  - a\n\t- b\n",
        "---\nbids:\n  - a\n  - b\n---\nx: 1\n",
        "bids:\n  - a\n  - b\n---\n",
    ]

    @Test(arguments: otherLayouts)
    func otherLayoutsAreParsedWhole(text: String) {
        #expect(Self.pieces(text, size: 1) == nil)
    }

    @Test func aPieceKeepsTheDepthLimitOfTheWholeFile() throws {
        let text = "bids:\n  - [[x]]\n  - [[y]]\n"
        let limits = YAMLLimits(maxDepth: 3)
        let cut = YAMLParser.parseInPieces(Array(text.utf8), limits: limits, recordingItemsOf: "bids", pieceSize: 1) { _, _ in }
        #expect(throws: YAMLError.self) { _ = try YAMLParser.parse(Array(text.utf8), limits: limits, recordingItemsOf: "bids") { _ in } }
        guard case .notSplit = cut else {
            Issue.record("a list too deep for the limit was cut")
            return
        }
    }

    @Test func theLayoutFindsEachItemsLine() throws {
        let text = "a: 1\nbids:  # c\n\n  - id: x\n    y: 2\n  -\n    id: z\n"
        let layout = try #require(Array(text.utf8).withUnsafeBufferPointer { BlockListLayout($0, key: "bids") })
        #expect(layout.lines == [3, 5])
        #expect(layout.starts == [17, 36])
        #expect(layout.column == 2)
        for other in ["bids: []\n", "bidsx:\n  - a\n", "\"bids\":\n  - a\n", " bids:\n  - a\n", "bids:\n  x: 1\n"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { BlockListLayout($0, key: "bids") } == nil, "\(other)")
        }
    }
}
