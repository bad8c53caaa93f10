/// Walks a YAML tree while tracking the key path, reporting every problem to a collector and
/// carrying on, so one run lists every mistake in a file.
///
/// Each reader returns `nil` after reporting a problem; callers skip what they cannot build.
struct NodeReader {
    let node: YAMLNode
    let file: String
    let sink: DiagnosticCollector
    /// The key path is built only when a message needs it: bids files hold hundreds of thousands
    /// of values, nearly all of them fine.
    private let parentPath: String
    private let component: String

    init(node: YAMLNode, file: String, path: String, sink: DiagnosticCollector) {
        self.init(node: node, file: file, parentPath: path, component: "", sink: sink)
    }

    init(node: YAMLNode, file: String, parentPath: String, component: String, sink: DiagnosticCollector) {
        self.node = node
        self.file = file
        self.parentPath = parentPath
        self.component = component
        self.sink = sink
    }

    var path: String {
        if component.isEmpty { return parentPath }
        if parentPath.isEmpty { return component }
        return component.hasPrefix("[") ? parentPath + component : parentPath + "." + component
    }

    var location: SourceLocation { SourceLocation(file: file, mark: node.mark) }

    func error(_ message: Phrase, hint: Phrase? = nil) {
        sink.error(at: location, path: path, message, hint: hint)
    }

    func warning(_ message: Phrase, hint: Phrase? = nil) {
        sink.warning(at: location, path: path, message, hint: hint)
    }

    func child(_ node: YAMLNode, _ component: String) -> NodeReader {
        NodeReader(node: node, file: file, parentPath: path, component: component, sink: sink)
    }

    private func child(_ node: YAMLNode, _ component: String, under base: String) -> NodeReader {
        NodeReader(node: node, file: file, parentPath: base, component: component, sink: sink)
    }

    /// The node as a mapping whose keys must be among `allowed`; unknown keys are reported with
    /// the closest allowed one, missing `required` keys at the mapping.
    func mapping(allowed: [String], required: [String] = []) -> MappingReader? {
        guard let pairs = node.mappingValue else {
            error(Messages.expected(.mapping, found: node))
            return nil
        }
        var present = Set<String>()
        for pair in pairs {
            present.insert(pair.name)
            if !allowed.contains(pair.name) {
                child(pair.key, pair.name).error(Messages.unknownKey(pair.name, allowed: allowed), hint: Suggestions.hint(for: pair.name, in: allowed))
            }
        }
        for key in required where !present.contains(key) {
            error(Messages.missingKey(key))
        }
        return MappingReader(reader: self, pairs: pairs)
    }

    /// The node as a mapping with free-form keys (facts, evaluator scores, lookup tables).
    func entries() -> [(key: String, keyReader: NodeReader, value: NodeReader)]? {
        guard let pairs = node.mappingValue else {
            error(Messages.expected(.mapping, found: node))
            return nil
        }
        let base = path
        return pairs.map { pair in
            (pair.name, child(pair.key, pair.name, under: base), child(pair.value, pair.name, under: base))
        }
    }

    func sequence(allowEmpty: Bool = false) -> [NodeReader]? {
        guard let items = node.sequenceValue else {
            error(Messages.expected(.list, found: node))
            return nil
        }
        if items.isEmpty && !allowEmpty {
            error(Messages.emptyList)
            return nil
        }
        let base = path
        return items.enumerated().map { child($0.element, "[\($0.offset)]", under: base) }
    }

    func string() -> String? {
        guard let text = node.scalarText, !node.isNull else {
            error(Messages.expected(.text, found: node))
            return nil
        }
        return text
    }

    /// An id: one word of letters, digits, `-`, `_` or `.`.
    func identifier() -> String? {
        guard let text = string() else { return nil }
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            error(Messages.badIdentifier(text))
            return nil
        }
        return text
    }

    func typedValue() -> FactValue? {
        do {
            return try FactReader.value(of: node)
        } catch {
            self.error(error.message)
            return nil
        }
    }

    /// A plain number that is zero or more.
    func number() -> Rational? {
        guard let value = typedValue() else { return nil }
        guard case .number(let number) = value else {
            error(Messages.expected(.number, found: node))
            return nil
        }
        return number
    }

    /// A number above zero.
    func positiveNumber() -> Rational? {
        guard let number = number() else { return nil }
        guard number > 0 else {
            error(Messages.mustBePositive(number))
            return nil
        }
        return number
    }

    /// An amount of money above zero, written as a number or as people write one in a price
    /// cell (`9,860,000`, `¥9,860,000`, `986万元`; see ``WrittenAmount``).
    func amount() -> Rational? {
        guard let text = node.scalarText, !node.isNull else {
            error(Messages.expected(.amount, found: node))
            return nil
        }
        // A tag is never taken: the value is read from its text, and the message says so.
        if node.tag != nil {
            error(Messages.expected(.number, found: node))
            return nil
        }
        // A plain number, or a negative or non-finite one, is read and reported as any number is.
        if case .scalar(_, let style) = node.content, style.isPlain, node.tag == nil {
            guard let value = typedValue() else { return nil }
            if case .number = value { return positiveNumber() }
        }
        let amount: Rational
        do {
            amount = try WrittenAmount.read(text)
        } catch {
            self.error(Messages.amount(error))
            return nil
        }
        guard amount > 0 else {
            self.error(Messages.mustBePositive(amount))
            return nil
        }
        return amount
    }

    /// A percentage written with `%`, returned in percent.
    func percent() -> Rational? {
        guard let value = typedValue() else { return nil }
        guard case .percent(let number) = value else {
            error(Messages.expected(.percentage(example: "10%"), found: node))
            return nil
        }
        return number
    }

    func integer(in range: ClosedRange<Int>) -> Int? {
        guard let number = number() else { return nil }
        guard let whole = number.integerValue, number >= Rational(range.lowerBound), number <= Rational(range.upperBound) else {
            error(Messages.expected(.wholeNumber(from: range.lowerBound, to: range.upperBound), found: node))
            return nil
        }
        return whole
    }

    func bool() -> Bool? {
        guard let value = typedValue() else { return nil }
        guard case .bool(let flag) = value else {
            error(Messages.expected(.bool, found: node))
            return nil
        }
        return flag
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) -> Choice? where Choice.RawValue == String {
        guard let text = string() else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        error(Messages.expected(.oneOf(allowed), found: node),
              hint: Suggestions.hint(for: text, in: allowed))
        return nil
    }

    /// Titles: `{zh: …, en: …}` with at least one language, or one string for both.
    func localized() -> LocalizedText? {
        if let text = node.scalarText, !node.isNull {
            return LocalizedText(zh: text, en: text)
        }
        guard let map = mapping(allowed: ["zh", "en"]) else { return nil }
        let text = LocalizedText(zh: map.optional("zh")?.string(), en: map.optional("en")?.string())
        if text.zh == nil && text.en == nil {
            error(Messages.missingTitle)
            return nil
        }
        return text
    }
}

/// A mapping whose keys have been checked; reads values by key.
struct MappingReader {
    let reader: NodeReader
    let pairs: [YAMLPair]

    func optional(_ key: String) -> NodeReader? {
        guard let pair = pairs.first(where: { $0.name == key }) else { return nil }
        return reader.child(pair.value, key)
    }

    /// The value of a key the caller declared required in ``NodeReader/mapping(allowed:required:)``
    /// (its absence is already reported).
    func required(_ key: String) -> NodeReader? {
        optional(key)
    }

    func has(_ key: String) -> Bool {
        pairs.contains { $0.name == key }
    }
}
