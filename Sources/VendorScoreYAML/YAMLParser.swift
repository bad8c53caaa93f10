import CYAML
import Dispatch
import Synchronization

/// Parses YAML text with libyaml into a ``YAMLNode`` tree that remembers where every node starts.
///
/// The parser rejects what libyaml lets through and a scoring tool must not: duplicate keys,
/// non-scalar keys, several documents in one file, and files that are too large, too deep or
/// that expand too many aliases.
///
/// ```swift
/// let bytes = Array("bids:\n  - id: inspur\n".utf8)
/// guard let root = try YAMLParser.parse(bytes) else { print("empty file"); return }
/// print(root.mark)   // 1:1
/// ```
public enum YAMLParser {
    /// Parses one document. Returns `nil` when the text holds no document at all (an empty file,
    /// or only comments).
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        try parse(bytes, limits: limits, streaming: nil)
    }

    /// Parses one document, handing each item of the list under the root mapping's `key` to
    /// `handler` as soon as it is complete instead of keeping it in the tree. A file of ten
    /// thousand bids then never holds more than one bid's nodes at a time.
    ///
    /// The returned root holds an empty list under `key`.
    ///
    /// ```swift
    /// var count = 0
    /// let root = try YAMLParser.parse(bytes, streamingItemsOf: "bids") { _ in count += 1 }
    /// ```
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default, streamingItemsOf key: String,
                             _ handler: (YAMLNode) -> Void) throws(YAMLError) -> YAMLNode? {
        try withoutActuallyEscaping(handler) { (handler) throws(YAMLError) -> YAMLNode? in
            try parse(bytes, limits: limits, streaming: (key, handler))
        }
    }

    /// What ``parse(_:limits:recordingItemsOf:batchSize:_:)`` found.
    public enum Recorded: Sendable {
        /// The document's root, with an empty list under the recorded key; `nil` for a file with
        /// no document.
        case parsed(YAMLNode?)
        /// The document uses anchors or aliases inside the recorded items, which recorded events
        /// do not expand: parse it as a tree instead, and drop the items already handed over.
        case needsTree
    }

    /// Parses one document, recording the events of each item of the list under the root
    /// mapping's `key` instead of building nodes for them, and handing them to `handler` in
    /// batches of `batchSize` items (the last batch may be smaller). Nothing else differs from
    /// ``parse(_:limits:streamingItemsOf:_:)``: the same checks, the same errors at the same
    /// marks, and every item complete before an error is handed over before it is thrown.
    ///
    /// ```swift
    /// var bids = 0
    /// let recorded = try YAMLParser.parse(bytes, recordingItemsOf: "bids") { batch in bids += batch.items.count }
    /// if case .needsTree = recorded { /* anchors or aliases in a bid: parse(_:streamingItemsOf:) */ }
    /// ```
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default, recordingItemsOf key: String, batchSize: Int = 256,
                             _ handler: (YAMLEvents) -> Void) throws(YAMLError) -> Recorded {
        try withoutActuallyEscaping(handler) { (handler) throws(YAMLError) -> Recorded in
            try run(bytes, limits: limits) { (builder) throws(YAMLError) in
                builder.recording = Recording(key: key, batchSize: max(1, batchSize), handler: handler)
            }
        }
    }

    /// What ``parseInPieces(_:limits:recordingItemsOf:pieceSize:_:)`` found.
    public enum Pieces: Sendable {
        /// The document's root, with an empty list under the recorded key, and how many items
        /// were handed over in all.
        case parsed(YAMLNode, items: Int)
        /// The file was not cut: parse it with ``parse(_:limits:recordingItemsOf:batchSize:_:)``,
        /// which also reports its problems, and drop the pieces already handed over.
        case notSplit
    }

    /// Parses a long list under the root mapping's `key` in pieces of `pieceSize` items, on every
    /// core at once, when its layout allows (see ``BlockListLayout``): each piece's items are
    /// recorded as events and handed to `handler` with the piece's number, counted from 0 in
    /// file order. Pieces are handed over as they finish, from several threads at once and in
    /// any order. Marks are those of the whole file.
    ///
    /// Every piece and the rest of the document are parsed with the checks of a whole parse,
    /// and a piece must hold the items the layout promised. Anything else (an error, an anchor or
    /// alias, a file too small to cut, a layout other than the plain one) gives `.notSplit`, and
    /// the whole file is parsed as before: a problem is reported exactly as a whole parse reports it.
    ///
    /// ```swift
    /// let count = Mutex(0)
    /// switch YAMLParser.parseInPieces(bytes, recordingItemsOf: "bids") { _, events in
    ///     count.withLock { $0 += events.items.count }
    /// } {
    /// case .parsed(let root, let items): print(items)   // the list's length
    /// case .notSplit: _ = try YAMLParser.parse(bytes, recordingItemsOf: "bids") { _ in }
    /// }
    /// ```
    public static func parseInPieces(_ bytes: [UInt8], limits: YAMLLimits = .default, recordingItemsOf key: String, pieceSize: Int = 256,
                                     _ handler: @Sendable (_ piece: Int, _ events: YAMLEvents) -> Void) -> Pieces {
        let size = max(1, pieceSize)
        guard bytes.count <= limits.maxBytes,
              let layout = bytes.withUnsafeBufferPointer({ BlockListLayout($0, key: key) }), layout.starts.count > size,
              let root = try? parseHead(bytes, limits: limits, key: key, layout: layout) else { return .notSplit }
        let items = layout.starts.count
        let failed = Atomic(false)
        DispatchQueue.concurrentPerform(iterations: (items + size - 1) / size) { piece in
            guard !failed.load(ordering: .relaxed) else { return }
            let first = piece * size
            let last = min(first + size, items)
            let range = layout.starts[first]..<(last < items ? layout.starts[last] : bytes.count)
            var recorded: YAMLEvents?
            let result = try? run(bytes, in: range, lineOffset: layout.lines[first], limits: limits) { (builder) throws(YAMLError) in
                builder.recording = Recording(key: nil, batchSize: .max) { recorded = $0 }
            }
            guard case .parsed? = result, let recorded, recorded.items.count == last - first else {
                failed.store(true, ordering: .relaxed)
                return
            }
            handler(piece, recorded)
        }
        return failed.load(ordering: .relaxed) ? .notSplit : .parsed(root, items: items)
    }

    /// The document without its list: the bytes before the list's first item, which must end
    /// with `key` as the root mapping's last key, holding nothing. The list is put back empty,
    /// at its first dash, as a whole parse leaves it.
    private static func parseHead(_ bytes: [UInt8], limits: YAMLLimits, key: String, layout: BlockListLayout) throws(YAMLError) -> YAMLNode? {
        let head = try run(bytes, in: 0..<layout.starts[0], lineOffset: 0, limits: limits) { (_: inout TreeBuilder) throws(YAMLError) in }
        guard case .parsed(let root?) = head, var pairs = root.mappingValue, let last = pairs.last,
              last.key.scalarText == key, last.value.isNull, last.value.scalarText == "", last.value.tag == nil else { return nil }
        let list = YAMLNode(.sequence([]), mark: Mark(line: layout.lines[0] + 1, column: layout.column + 1))
        pairs[pairs.count - 1] = YAMLPair(key: last.key, value: list)
        return YAMLNode(.mapping(pairs), mark: root.mark, tag: root.tag)
    }

    private static func parse(_ bytes: [UInt8], limits: YAMLLimits,
                              streaming: (key: String, handler: (YAMLNode) -> Void)?) throws(YAMLError) -> YAMLNode? {
        let recorded = try run(bytes, limits: limits) { (builder) throws(YAMLError) in builder.streaming = streaming }
        guard case .parsed(let root) = recorded else { preconditionFailure("only a recording parse asks for a tree") }
        return root
    }

    private static func run(_ bytes: [UInt8], limits: YAMLLimits,
                            setUp: (inout TreeBuilder) throws(YAMLError) -> Void) throws(YAMLError) -> Recorded {
        if bytes.count > limits.maxBytes {
            throw YAMLError(.tooLarge(bytes: bytes.count, limit: limits.maxBytes), at: Mark(line: 1, column: 1))
        }
        return try run(bytes, in: 0..<bytes.count, lineOffset: 0, limits: limits, setUp: setUp)
    }

    /// Parses the bytes in `range` as a document of their own, its marks `lineOffset` lines down.
    private static func run(_ bytes: [UInt8], in range: Range<Int>, lineOffset: Int, limits: YAMLLimits,
                            setUp: (inout TreeBuilder) throws(YAMLError) -> Void) throws(YAMLError) -> Recorded {
        // libyaml keeps pointers to the parser and the input for the whole parse: allocate the
        // parser on the heap and parse entirely inside the buffer's scope.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.syntax(problem: "libyaml could not start (out of memory)", context: nil), at: Mark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }

        // With its encoding given, libyaml would read a byte order mark (as Windows Notepad saves
        // UTF-8) as a character taking the first column, and then refuse the next line's key.
        let start = range.lowerBound == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : range.lowerBound
        let input = bytes.isEmpty ? [0] : bytes
        let result: Result<Recorded, YAMLError> = input.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress! + start, range.upperBound - start)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(limits: limits, lineOffset: lineOffset)
            do throws(YAMLError) {
                try setUp(&builder)
                let recorded = try builder.run(parser, bytes: bytes[start..<range.upperBound])
                builder.handOverRecorded()
                return .success(recorded)
            } catch {
                // Items complete before the error still reach the handler, as streamed ones do.
                builder.handOverRecorded()
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Items of one list to record as events rather than build as nodes.
private struct Recording {
    /// The root mapping's key holding the list; `nil` for a list that is the root itself, a piece
    /// of a longer list parsed on its own.
    let key: String?
    let batchSize: Int
    let handler: (YAMLEvents) -> Void

    /// Collections around each item that the parse does not see: a piece's items sit in the
    /// root mapping's list in the whole file, one level deeper than in the piece.
    var unseenDepth: Int { key == nil ? 1 : 0 }
}

/// An open collection of a recorded item.
private struct RecordedFrame {
    var isMapping: Bool
    var mark: Mark
    /// A list or mapping written as a mapping key, which is an error once it is complete.
    var isKey: Bool
    var expectsKey = true
}

/// Turns libyaml's event stream into a tree, one open collection per stack frame.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: String?
        var anchor: String?
        var nodesBefore: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
    }

    let limits: YAMLLimits
    var streaming: (key: String, handler: (YAMLNode) -> Void)?
    var recording: Recording?
    /// The items recorded and not yet handed over, the open collections of the item being
    /// recorded, and the keys of each of its open mappings, by depth.
    private var recorded = YAMLEvents()
    private var recordedOpen: [RecordedFrame] = []
    private var recordedKeys: [RecordedKeys] = []
    private var itemStart = 0
    /// Set when the document turned out to need a tree: nothing more is handed over.
    private var abandoned = false
    private var stack: [Frame] = []
    /// The keys of each open mapping, by depth, for the duplicate check; kept between mappings
    /// so that ten thousand bids do not allocate ten thousand sets.
    private var keySets: [Set<String>] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0
    private var aliasedNodes = 0
    private var root: YAMLNode?
    private var documents = 0
    /// The last long key read at each depth and position in a mapping. Bids list their facts in
    /// the same order, so the same key in ten thousand bids is compared with the previous one
    /// byte for byte and shares its string instead of allocating ten thousand.
    private var recentKeys: [Int: String] = [:]

    /// Lines before the parsed bytes, added to every mark.
    let lineOffset: Int

    init(limits: YAMLLimits, lineOffset: Int = 0) {
        self.limits = limits
        self.lineOffset = lineOffset
    }

    mutating func run(_ parser: UnsafeMutablePointer<yaml_parser_t>, bytes: ArraySlice<UInt8>) throws(YAMLError) -> YAMLParser.Recorded {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw Self.parserError(parser.pointee, bytes: bytes)
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
            if recording != nil, !recordedOpen.isEmpty || startsRecordedItem(event.type) {
                guard try record(event, at: mark) else {
                    abandoned = true
                    return .needsTree
                }
                continue
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .parsed(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw YAMLError(.multipleDocuments, at: mark) }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                let text: String
                // Only long keys allocate; short ones are stored inline anyway.
                if bytes.count > 15, let slot = keySlot {
                    if var recent = recentKeys[slot], recent.withUTF8({ $0.elementsEqual(bytes) }) {
                        text = recent
                    } else {
                        text = String(decoding: bytes, as: UTF8.self)
                        recentKeys[slot] = text
                    }
                } else {
                    text = String(decoding: bytes, as: UTF8.self)
                }
                let node = YAMLNode(.scalar(text, Self.style(scalar.style)), mark: mark, tag: Self.string(scalar.tag))
                nodeCount += 1
                if let anchor = Self.string(scalar.anchor) { anchors[anchor] = (node, 1) }
                try add(node)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.count >= limits.maxDepth { throw YAMLError(.tooDeep(limit: limits.maxDepth), at: mark) }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                nodeCount += 1
                stack.append(Frame(isMapping: isMapping, mark: mark, tag: Self.string(tag),
                                   anchor: Self.string(anchor), nodesBefore: nodeCount))
                if keySets.count < stack.count { keySets.append([]) }
                keySets[stack.count - 1].removeAll(keepingCapacity: true)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
                let node = YAMLNode(content, mark: frame.mark, tag: frame.tag)
                if let anchor = frame.anchor { anchors[anchor] = (node, nodeCount - frame.nodesBefore + 1) }
                try add(node)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let (anchored, size) = anchors[name] else { throw YAMLError(.undefinedAlias(name), at: mark) }
                aliasedNodes += size
                nodeCount += size   // an anchor holding aliases is as large as their expansion
                if aliasedNodes > limits.maxAliasedNodes {
                    throw YAMLError(.tooManyAliasedNodes(limit: limits.maxAliasedNodes), at: mark)
                }
                var copy = anchored
                copy.mark = mark
                try add(copy)
            default:
                break
            }
        }
    }

    /// Whether an event of this type starts an item of the recorded list: a node directly in
    /// the list under the root mapping's recorded key.
    private func startsRecordedItem(_ type: yaml_event_type_t) -> Bool {
        guard let recording, type == YAML_SCALAR_EVENT || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
                || type == YAML_ALIAS_EVENT else { return false }
        guard let key = recording.key else { return stack.count == 1 && !stack[0].isMapping }
        return stack.count == 2 && stack[0].isMapping && !stack[1].isMapping && stack[0].pendingKey?.scalarText == key
    }

    /// Records one event of an item, with the checks the tree makes of it, in the same order and
    /// at the same marks. Returns false at an anchor or alias, which recorded events do not expand.
    private mutating func record(_ event: yaml_event_t, at mark: Mark) throws(YAMLError) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil else { return false }
            nodeCount += 1
            if recordedOpen.isEmpty { itemStart = recorded.events.count }
            let index = recorded.events.count
            recorded.append(.scalar, style: Self.style(scalar.style), mark: mark,
                            text: UnsafeBufferPointer(start: scalar.value, count: scalar.length), tag: Self.string(scalar.tag))
            try recordedNodeDone(key: index, at: mark)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            guard (isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor) == nil else { return false }
            if stack.count + recordedOpen.count + (recording?.unseenDepth ?? 0) >= limits.maxDepth {
                throw YAMLError(.tooDeep(limit: limits.maxDepth), at: mark)
            }
            nodeCount += 1
            if recordedOpen.isEmpty { itemStart = recorded.events.count }
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            recorded.append(isMapping ? .mappingStart : .sequenceStart, mark: mark, tag: Self.string(tag))
            let isKey = recordedOpen.last.map { $0.isMapping && $0.expectsKey } ?? false
            recordedOpen.append(RecordedFrame(isMapping: isMapping, mark: mark, isKey: isKey))
            if recordedKeys.count < recordedOpen.count { recordedKeys.append(RecordedKeys()) }
            recordedKeys[recordedOpen.count - 1].reset()
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = recordedOpen.removeLast()
            recorded.append(.end, mark: mark, tag: nil)
            // The tree rejects a list or mapping as a key once it is complete, at its start.
            if frame.isKey { throw YAMLError(.nonScalarKey, at: frame.mark) }
            try recordedNodeDone(key: nil, at: frame.mark)
        case YAML_ALIAS_EVENT:
            return false
        default:
            break
        }
        return true
    }

    /// A node of the recorded item is complete: a key is checked against the mapping's others,
    /// a value makes the mapping expect a key again, and a complete item is counted.
    private mutating func recordedNodeDone(key index: Int?, at mark: Mark) throws(YAMLError) {
        guard let top = recordedOpen.indices.last else {
            recorded.items.append(itemStart)
            if let recording, recorded.items.count >= recording.batchSize {
                recording.handler(recorded)
                recorded.removeAll()
            }
            return
        }
        guard recordedOpen[top].isMapping else { return }
        if recordedOpen[top].expectsKey, let index {
            if let first = recordedKeys[top].insert(index, in: recorded) {
                throw YAMLError(.duplicateKey(recorded.string(at: index), first: recorded.events[first].mark), at: mark)
            }
            recordedOpen[top].expectsKey = false
        } else {
            recordedOpen[top].expectsKey = true
        }
    }

    /// Hands the complete items not yet handed over to the recording's handler.
    mutating func handOverRecorded() {
        guard let recording, !abandoned, !recorded.items.isEmpty else { return }
        recording.handler(recorded)
        recorded.removeAll()
    }

    /// Where the next node sits when it is a key of the innermost mapping: depth and position.
    private var keySlot: Int? {
        guard let top = stack.last, top.isMapping, top.pendingKey == nil, top.pairs.count < 256, stack.count < 64 else { return nil }
        return stack.count << 8 | top.pairs.count
    }

    private mutating func add(_ node: YAMLNode) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            if top == 1, let streaming, stack[0].isMapping, stack[0].pendingKey?.scalarText == streaming.key {
                streaming.handler(node)
            } else {
                stack[top].items.append(node)
            }
            return
        }
        guard let key = stack[top].pendingKey else {
            guard let name = node.scalarText else { throw YAMLError(.nonScalarKey, at: node.mark) }
            if !keySets[top].insert(name).inserted {
                let first = stack[top].pairs.first { $0.name == name }?.key.mark ?? node.mark
                throw YAMLError(.duplicateKey(name, first: first), at: node.mark)
            }
            stack[top].pendingKey = node
            return
        }
        stack[top].pairs.append(YAMLPair(key: key, value: node))
        stack[top].pendingKey = nil
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func parserError(_ parser: yaml_parser_t, bytes: ArraySlice<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            if let mark = UTF8Validation.firstInvalid(in: bytes) { return YAMLError(.invalidUTF8, at: mark) }
            return YAMLError(.syntax(problem: problem, context: nil), at: markOfByte(Int(parser.problem_offset), in: bytes))
        }
        let mark = Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        var context = parser.context.map { String(cString: $0) }
        if let text = context, parser.context_mark.line != parser.problem_mark.line {
            context = "\(text) at line \(parser.context_mark.line + 1)"
        }
        return YAMLError(.syntax(problem: problem, context: context), at: mark)
    }

    /// Line and column (in code points) of a byte offset, for reader errors that carry no mark.
    private static func markOfByte(_ offset: Int, in bytes: ArraySlice<UInt8>) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }
}
