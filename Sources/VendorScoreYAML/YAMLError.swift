/// Why a YAML file could not be read. Every case carries the position it concerns.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libyaml rejected the text; `problem` is its own wording.
        case syntax(problem: String, context: String?)
        /// The bytes are not UTF-8.
        case invalidUTF8
        /// The same key appears twice in one mapping; `first` is where it appeared first.
        case duplicateKey(String, first: Mark)
        /// A mapping key that is a list or a mapping.
        case nonScalarKey
        /// `*name` with no `&name` before it.
        case undefinedAlias(String)
        /// Aliases would expand to more nodes than allowed.
        case tooManyAliasedNodes(limit: Int)
        /// Collections nested deeper than allowed.
        case tooDeep(limit: Int)
        /// The file is larger than allowed.
        case tooLarge(bytes: Int, limit: Int)
        /// More than one `---` document in the file.
        case multipleDocuments
    }

    public var kind: Kind
    public var mark: Mark

    public init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }

    public var description: String {
        switch kind {
        case .syntax(let problem, let context):
            if let context { return "YAML syntax error: \(problem) \(context)" }
            return "YAML syntax error: \(problem)"
        case .invalidUTF8:
            return "the file is not valid UTF-8 text; save it as UTF-8"
        case .duplicateKey(let key, let first):
            return "duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .nonScalarKey:
            return "a mapping key must be a plain value, not a list or mapping"
        case .undefinedAlias(let name):
            return "alias '*\(name)' refers to no anchor '&\(name)' defined before it"
        case .tooManyAliasedNodes(let limit):
            return "aliases expand to more than \(limit) nodes; this file looks hostile or broken"
        case .tooDeep(let limit):
            return "nesting is deeper than \(limit) levels"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes) bytes, more than the \(limit) bytes allowed"
        case .multipleDocuments:
            return "the file holds more than one YAML document ('---'); put one document in a file"
        }
    }
}

/// Bounds that keep a hostile file from exhausting memory or time.
public struct YAMLLimits: Sendable {
    /// Largest file accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of mappings and lists.
    public var maxDepth: Int
    /// Total nodes that aliases may bring in (counted per use, so nested "laughs" add up).
    public var maxAliasedNodes: Int

    public init(maxBytes: Int = 64 << 20, maxDepth: Int = 64, maxAliasedNodes: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasedNodes = maxAliasedNodes
    }

    public static let `default` = YAMLLimits()
}

/// Words the YAML module adds to messages about a value.
enum YAMLMessages {
    static func truncated(_ characters: Int) -> String { "… (\(characters) characters in all)" }
    static func tagged(_ tag: String) -> String {
        " tagged \(tag) (VendorScore reads every value from its text and takes no YAML tags; write it without '\(tag)')"
    }
}
