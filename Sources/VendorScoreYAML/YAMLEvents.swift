/// Parser events recorded flat, for reading many similar items (ten thousand bids) without
/// building a ``YAMLNode`` tree or a `String` for every scalar.
///
/// Each item is a run of events: a scalar, or a collection's start, its contents and its end.
/// Scalar texts sit in one shared byte buffer. Mapping keys are already known to be unique
/// scalars, as in a tree, and a recorded document holds no anchors or aliases (see
/// ``YAMLParser/parse(_:limits:recordingItemsOf:batchSize:_:)``).
///
/// ```swift
/// let bytes = Array("bids:\n  - {id: a, price: 5}\n".utf8)
/// _ = try YAMLParser.parse(bytes, recordingItemsOf: "bids") { events in
///     for item in events.items {
///         print(events.node(at: item).mappingValue?.count ?? 0)   // 2
///     }
/// }
/// ```
public struct YAMLEvents: Sendable {
    public enum Kind: UInt8, Sendable {
        case scalar, sequenceStart, mappingStart, end
    }

    /// One event: where it starts and, for a scalar, its text, style and tag.
    public struct Event: Sendable {
        public var kind: Kind
        /// The scalar's style; `.plain` for other events.
        public var style: ScalarStyle
        public var mark: Mark
        fileprivate var textStart: Int
        fileprivate var textCount: Int
        /// Index into `tags`, or -1 for none.
        fileprivate var tagIndex: Int32
    }

    public private(set) var events: [Event] = []
    /// The index of each complete item's first event, in document order.
    public internal(set) var items: [Int] = []
    private var text: [UInt8] = []
    private var tags: [String] = []

    public init() {}

    mutating func append(_ kind: Kind, style: ScalarStyle = .plain, mark: Mark, text bytes: UnsafeBufferPointer<UInt8>? = nil,
                         tag: String?) {
        var tagIndex: Int32 = -1
        if let tag {
            tagIndex = Int32(tags.count)
            tags.append(tag)
        }
        let start = text.count
        if let bytes { text.append(contentsOf: bytes) }
        events.append(Event(kind: kind, style: style, mark: mark, textStart: start, textCount: bytes?.count ?? 0, tagIndex: tagIndex))
    }

    /// Calls `body` with the UTF-8 text of the scalar event at `index`.
    public func withText<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let event = events[index]
        return try text.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[event.textStart..<(event.textStart + event.textCount)]))
        }
    }

    /// The text of the scalar event at `index`.
    public func string(at index: Int) -> String {
        withText(of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The explicit tag of the event at `index`, such as `tag:yaml.org,2002:float`.
    public func tag(at index: Int) -> String? {
        let tagIndex = events[index].tagIndex
        return tagIndex < 0 ? nil : tags[Int(tagIndex)]
    }

    /// True for an untagged plain scalar that YAML reads as null: `~`, `null`, `Null`, `NULL` or
    /// nothing at all, as ``YAMLNode/isNull`` says of the same node.
    public func isNull(at index: Int) -> Bool {
        let event = events[index]
        guard event.kind == .scalar, event.style == .plain, event.tagIndex < 0 else { return false }
        return withText(of: index) { bytes in
            switch bytes.count {
            case 0: return true
            case 1: return bytes[0] == UInt8(ascii: "~")
            case 4: return Self.nullWords.contains { $0.elementsEqual(bytes) }
            default: return false
            }
        }
    }

    private static let nullWords = ["null", "Null", "NULL"].map { Array($0.utf8) }

    /// The index just past the node that starts at `index`.
    public func end(of index: Int) -> Int {
        var depth = 0
        var position = index
        repeat {
            switch events[position].kind {
            case .scalar: break
            case .sequenceStart, .mappingStart: depth += 1
            case .end: depth -= 1
            }
            position += 1
        } while depth > 0
        return position
    }

    /// The node that starts at `index`, as the tree parser would have built it.
    public func node(at index: Int) -> YAMLNode {
        var position = index
        return node(&position)
    }

    private func node(_ position: inout Int) -> YAMLNode {
        let start = position
        let event = events[start]
        position += 1
        switch event.kind {
        case .scalar:
            return YAMLNode(.scalar(string(at: start), event.style), mark: event.mark, tag: tag(at: start))
        case .sequenceStart:
            var items: [YAMLNode] = []
            while events[position].kind != .end { items.append(node(&position)) }
            position += 1
            return YAMLNode(.sequence(items), mark: event.mark, tag: tag(at: start))
        case .mappingStart:
            var pairs: [YAMLPair] = []
            while events[position].kind != .end {
                let key = node(&position)
                pairs.append(YAMLPair(key: key, value: node(&position)))
            }
            position += 1
            return YAMLNode(.mapping(pairs), mark: event.mark, tag: tag(at: start))
        case .end:
            preconditionFailure("a node never starts with an end event")
        }
    }

    /// Whether the keys at `first` and `second` are the same text.
    func sameText(_ first: Int, _ second: Int) -> Bool {
        withText(of: first) { a in withText(of: second) { b in a.elementsEqual(b) } }
    }

    /// Drops every event, keeping the buffers' capacity.
    mutating func removeAll() {
        events.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        tags.removeAll()
    }
}

/// The keys of one open mapping of recorded events, for the duplicate check without a `String`
/// per key: an open-addressing table of event indices by the hash of the key's bytes.
///
/// Bytes decide only while every key is ASCII. Swift compares strings by canonical equivalence
/// (`"K"` and the Kelvin sign `"\u{212A}"` are equal), as the tree's check does, so from the
/// first key that is not ASCII on, the mapping's keys are compared as strings.
struct RecordedKeys {
    /// Open addressing: a slot holds a key's event index when its stamp is the current one, so
    /// emptying the table for the next mapping is one step, and a bid's forty facts do not grow
    /// a fresh table each time.
    private var slots: [Int] = Array(repeating: -1, count: 16)
    private var stamps: [UInt32] = Array(repeating: 0, count: 16)
    private var stamp: UInt32 = 1
    private var keys: [Int] = []
    private var byText: [String: Int]?

    /// Empties the table; a large one (a hostile mapping of many keys) is not kept for the next.
    mutating func reset() {
        guard !keys.isEmpty else { return }
        if slots.count > 1024 || stamp == .max {
            slots = Array(repeating: -1, count: 16)
            stamps = Array(repeating: 0, count: 16)
            stamp = 1
            keys = []
        } else {
            stamp += 1
            keys.removeAll(keepingCapacity: true)
        }
        byText = nil
    }

    /// Adds the key at event `index`; returns the index of an earlier key with the same text
    /// instead when there is one.
    mutating func insert(_ index: Int, in events: YAMLEvents) -> Int? {
        if byText == nil, !events.withText(of: index, { $0.allSatisfy { $0 < 0x80 } }) {
            byText = [:]
            for key in keys { byText![events.string(at: key)] = key }
        }
        keys.append(index)
        if byText != nil {
            let text = events.string(at: index)
            if let first = byText![text] { return first }
            byText![text] = index
            return nil
        }
        if keys.count * 2 > slots.count { grow(events) }
        let hash = events.withText(of: index) { Self.hash($0) }
        var slot = hash & (slots.count - 1)
        while stamps[slot] == stamp {
            if events.sameText(slots[slot], index) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = index
        stamps[slot] = stamp
        return nil
    }

    private mutating func grow(_ events: YAMLEvents) {
        let old = slots.indices.filter { stamps[$0] == stamp }.map { slots[$0] }
        slots = Array(repeating: -1, count: slots.count * 2)
        stamps = Array(repeating: 0, count: slots.count)
        stamp = 1
        for index in old {
            var slot = events.withText(of: index) { Self.hash($0) } & (slots.count - 1)
            while stamps[slot] == stamp { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index
            stamps[slot] = stamp
        }
    }

    /// Seeded per process by `Hasher`, so a file cannot be written to make its keys collide.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
