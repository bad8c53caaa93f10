import Testing
@testable import VendorScoreYAML

@Suite("YAML parser")
struct YAMLParserTests {
    private func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        try YAMLParser.parse(Array(text.utf8), limits: limits)
    }

    private func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsMappingsWithPositions() throws {
        let root = try #require(try parse("id: demo\nvendors:\n  - 浪潮云\n  - name: 华为云\n"))
        let pairs = try #require(root.mappingValue)
        #expect(pairs.map(\.name) == ["id", "vendors"])
        #expect(pairs[0].value.scalarText == "demo")
        #expect(pairs[0].value.mark == Mark(line: 1, column: 5))
        let items = try #require(pairs[1].value.sequenceValue)
        #expect(items[0].scalarText == "浪潮云")
        #expect(items[0].mark == Mark(line: 3, column: 5))
        let nested = try #require(items[1].mappingValue)
        // Columns count code points: "华为云" starts at column 11 of "  - name: 华为云".
        #expect(nested[0].value.mark == Mark(line: 4, column: 11))
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        let root = try #require(try parse("名称: 浪潮云\n"))
        #expect(root.mappingValue?[0].value.mark == Mark(line: 1, column: 5))
    }

    @Test func keepsScalarStyle() throws {
        let root = try #require(try parse("a: 12\nb: '12'\nc: \"x\"\nd: |\n  text\n"))
        let styles = root.mappingValue!.map { pair -> ScalarStyle? in
            if case .scalar(_, let style) = pair.value.content { return style }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal])
    }

    @Test func scalarsMayHoldNUL() throws {
        let root = try #require(try parse("a: \"x\\0y\"\n"))
        #expect(root.mappingValue?[0].value.scalarText == "x\u{0}y")
    }

    @Test func emptyInputHasNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n") == nil)
    }

    @Test func rejectsDuplicateKeysNamingBothPlaces() throws {
        let failure = try #require(error("a: 1\nb: 2\na: 3\n"))
        #expect(failure.kind == .duplicateKey("a", first: Mark(line: 1, column: 1)))
        #expect(failure.mark == Mark(line: 3, column: 1))
    }

    @Test func rejectsDuplicateKeysInLargeMappings() throws {
        var text = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        text += "\nk7: again\n"
        let failure = try #require(error(text))
        #expect(failure.kind == .duplicateKey("k7", first: Mark(line: 8, column: 1)))
    }

    @Test func rejectsNonScalarKeys() throws {
        let failure = try #require(error("? [a, b]\n: 1\n"))
        #expect(failure.kind == .nonScalarKey)
    }

    @Test func reportsSyntaxErrorsWithPosition() throws {
        let failure = try #require(error("a: [1, 2\nb: 3\n"))
        guard case .syntax = failure.kind else {
            Issue.record("expected a syntax error, got \(failure)")
            return
        }
        #expect(failure.mark.line >= 2)
    }

    @Test func rejectsInvalidUTF8AtItsPosition() throws {
        var bytes = Array("a: ok\nb: ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        do {
            _ = try YAMLParser.parse(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.kind == .invalidUTF8)
            #expect(error.mark == Mark(line: 2, column: 4))
        }
    }

    @Test func expandsAliasesWithinBudget() throws {
        let root = try #require(try parse("base: &b {x: 1}\ncopy: *b\n"))
        #expect(root.mappingValue?[1].value.mappingValue?[0].value.scalarText == "1")
        #expect(root.mappingValue?[1].value.mark == Mark(line: 2, column: 7))
    }

    @Test func stopsBillionLaughs() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let failure = try #require(error(text))
        #expect(failure.kind == .tooManyAliasedNodes(limit: YAMLLimits.default.maxAliasedNodes))
    }

    @Test func rejectsUndefinedAlias() throws {
        let failure = try #require(error("a: *nowhere\n"))
        #expect(failure.kind == .undefinedAlias("nowhere"))
    }

    @Test func boundsNestingDepth() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let failure = try #require(error(deep))
        #expect(failure.kind == .tooDeep(limit: 64))
    }

    @Test func boundsFileSize() throws {
        let failure = try #require(error("a: 1234567890\n", limits: YAMLLimits(maxBytes: 8)))
        #expect(failure.kind == .tooLarge(bytes: 14, limit: 8))
    }

    @Test func rejectsSeveralDocuments() throws {
        let failure = try #require(error("a: 1\n---\nb: 2\n"))
        #expect(failure.kind == .multipleDocuments)
        #expect(failure.mark.line == 2)
    }

    /// Windows Notepad saves UTF-8 with a byte order mark; the first key is then still at column 1.
    @Test func readsPastAByteOrderMark() throws {
        let root = try #require(try parse("\u{FEFF}format: x\r\nbids:\r\n  - a\r\n"))
        let pairs = try #require(root.mappingValue)
        #expect(pairs.map(\.name) == ["format", "bids"])
        #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(error("\u{FEFF}a: 1\n\u{7}b: 2\n")?.mark == Mark(line: 2, column: 1))
    }

    @Test func recognisesNull() throws {
        let root = try #require(try parse("a: ~\nb:\nc: null\nd: 'null'\n"))
        #expect(root.mappingValue!.map(\.value.isNull) == [true, true, true, false])
    }

    @Test func streamsItemsOfOneTopLevelList() throws {
        var seen: [String] = []
        let text = "format: x\nbids:\n  - id: a\n  - id: b\nother: [1, 2]\n"
        let root = try #require(try YAMLParser.parse(Array(text.utf8), streamingItemsOf: "bids") { item in
            seen.append(item.mappingValue?.first?.value.scalarText ?? "?")
        })
        #expect(seen == ["a", "b"])
        let pairs = try #require(root.mappingValue)
        #expect(pairs[1].value.sequenceValue?.isEmpty == true)
        #expect(pairs[2].value.sequenceValue?.count == 2)
    }

    @Test func streamsOnlyAtTheTop() throws {
        var count = 0
        let text = "nested:\n  bids: [1, 2]\n"
        _ = try YAMLParser.parse(Array(text.utf8), streamingItemsOf: "bids") { _ in count += 1 }
        #expect(count == 0)
    }

    @Test func recordsItemsInBatchesAsTheTreeWouldHoldThem() throws {
        let text = "format: x\nbids:\n  - { id: a, n: !!str 1, l: [x, 'y'] }\n  - b\n  - [c, { d: \"e\" }]\n  - |\n    f\nother: [1, 2]\n"
        var batches: [Int] = []
        var recorded: [String] = []
        let result = try YAMLParser.parse(Array(text.utf8), recordingItemsOf: "bids", batchSize: 3) { events in
            batches.append(events.items.count)
            recorded += events.items.map { events.node(at: $0).shape }
        }
        var streamed: [String] = []
        let tree = try YAMLParser.parse(Array(text.utf8), streamingItemsOf: "bids") { streamed.append($0.shape) }
        #expect(batches == [3, 1])
        #expect(recorded == streamed)
        guard case .parsed(let root?) = result, let tree else {
            Issue.record("a document without anchors is recorded")
            return
        }
        #expect(root.shape == tree.shape)
    }

    @Test func anchorsOrAliasesInAnItemAskForATree() throws {
        for text in ["bids:\n  - &a x\n  - *a\n", "bids:\n  - { id: a }\n  - { id: *b }\n", "x: &b 1\nbids:\n  - [*b]\n"] {
            var handed = 0
            let result = try YAMLParser.parse(Array(text.utf8), recordingItemsOf: "bids", batchSize: 1) { handed += $0.items.count }
            guard case .needsTree = result else {
                Issue.record("\(text) was recorded")
                continue
            }
            #expect(handed <= 1)
        }
    }

    @Test func itemsCompleteBeforeAnErrorAreHandedOver() throws {
        let text = "bids:\n  - a\n  - { b: 1 }\n  - { c: 1, c: 2 }\n"
        var handed: [String] = []
        #expect(throws: YAMLError(.duplicateKey("c", first: Mark(line: 4, column: 7)), at: Mark(line: 4, column: 13))) {
            _ = try YAMLParser.parse(Array(text.utf8), recordingItemsOf: "bids") { events in
                handed += events.items.map { events.node(at: $0).shape }
            }
        }
        #expect(handed == ["2:5 plain 'a'", "3:5 {3:7 plain 'b': 3:10 plain '1'}"])
    }

    /// Recorded mappings share one table of keys, emptied between them: many keys in each, a
    /// repeat found only within its own mapping, never against the one before.
    @Test func recordedMappingsFindRepeatsWithinThemselvesOnly() throws {
        let keys = (0..<40).map { "fact\($0)" }
        func item(_ names: [String]) -> String { "  - { " + names.map { "\($0): 1" }.joined(separator: ", ") + " }\n" }
        let clean = "bids:\n" + item(keys) + item(keys) + item(Array(keys.reversed())) + item(["only"])
        var count = 0
        _ = try YAMLParser.parse(Array(clean.utf8), recordingItemsOf: "bids", batchSize: 1) { count += $0.items.count }
        #expect(count == 4)
        let repeated = "bids:\n" + item(keys) + item(keys + ["fact39"])
        #expect(throws: YAMLError.self) {
            _ = try YAMLParser.parse(Array(repeated.utf8), recordingItemsOf: "bids") { _ in }
        }
        do {
            _ = try YAMLParser.parse(Array(repeated.utf8), recordingItemsOf: "bids") { _ in }
        } catch {
            guard case .duplicateKey(let key, let first) = error.kind else { Issue.record("\(error)"); return }
            #expect(key == "fact39" && first.line == 3)
        }
    }
}
