/// A position in a source file, 1-based. Columns count Unicode code points, so "浪潮云" is 3 columns wide.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    // 32 bits each: every node and fact carries a mark, and no file reaches 4 billion lines.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// How a scalar was written. Plain scalars are typed by their text (`true`, `12`, `99.9%`);
/// quoted and block scalars are always strings.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isPlain: Bool { self == .plain }
}

/// One node of a parsed YAML document, with the position where it starts.
///
/// Aliases are already expanded (within ``YAMLLimits/maxAliasedNodes``), and mapping keys are
/// known to be unique scalars, so consumers never see `*ref` or a repeated key.
///
/// ```swift
/// let root = try YAMLParser.parse(Array("id: demo\n".utf8))
/// let id = root?.mappingValue?.first?.value.scalarText   // "demo"
/// ```
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var mark: Mark
    /// An explicit tag such as `tag:yaml.org,2002:str` (written `!!str`), when one was given.
    public var tag: String?

    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }

    /// The scalar's text, or `nil` for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The mapping's entries in document order, or `nil` when this node is not a mapping.
    public var mappingValue: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The sequence's items, or `nil` when this node is not a sequence.
    public var sequenceValue: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// True for `~`, `null`, `Null`, `NULL` and the empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A word for the node's kind, for messages: "a mapping", "a list", "a string", "null".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, let style):
            if isNull { return "null" }
            // A long value (a whole file read as one scalar, say) is shown by its start only.
            let shown = text.count > 80 ? String(text.prefix(60)) + YAMLMessages.truncated(text.count) : text
            let described = style.isPlain ? "'\(shown)'" : "the string \"\(shown)\""
            return tag.map { described + YAMLMessages.tagged(Self.shortTag($0)) } ?? described
        }
    }

    /// `!!float` for `tag:yaml.org,2002:float`; other tags as written.
    public static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}

/// A key and its value in a mapping. Keys are always scalars.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text.
    public var name: String { key.scalarText ?? "" }
}
