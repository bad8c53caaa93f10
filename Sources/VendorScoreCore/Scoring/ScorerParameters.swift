/// A criterion's `params` mapping, with typed readers that report errors at the exact line,
/// column and key path of the offending value.
///
/// Unknown keys are rejected by the engine before a scorer sees its parameters (from the
/// scorer's ``Scorer/parameters`` list), so a scorer only reads what it declared.
///
/// ```swift
/// init(parameters: ScorerParameters) throws(ScorerError) {
///     fact = try parameters.factName()
///     floor = try parameters.value("floor")
///     target = try parameters.value("target")
///     guard floor.kind == target.kind else {
///         throw parameters.error("floor and target must be written the same way", at: "target")
///     }
/// }
/// ```
public struct ScorerParameters: Sendable {
    private let entries: [YAMLPair]
    /// Where the `params` mapping starts (or the criterion, when it has none).
    public let location: SourceLocation
    /// The key path of the mapping, such as `groups[0].criteria[2].params`.
    public let path: String
    /// The criterion's maximum points, so a scorer can check point values in its parameters.
    public let maximum: Rational

    public init(_ node: YAMLNode?, file: String, path: String, fallback: Mark, maximum: Rational) {
        entries = node?.mappingValue ?? []
        location = SourceLocation(file: file, mark: node?.mark ?? fallback)
        self.path = path
        self.maximum = maximum
    }

    /// Parameters given as YAML text, for examples and tests. `text` must be a mapping or empty.
    public init(yaml text: String, maximum: Rational, file: String = "<parameters>") throws(ScorerError) {
        do {
            let node = try YAMLParser.parse(Array(text.utf8))
            if let node, node.mappingValue == nil, !node.isNull {
                throw ScorerError(Messages.parametersNotMapping, at: SourceLocation(file: file, mark: node.mark))
            }
            self.init(node, file: file, path: "params", fallback: Mark(line: 1, column: 1), maximum: maximum)
        } catch let error as YAMLError {
            throw ScorerError(Messages.yaml(error), at: SourceLocation(file: file, mark: error.mark))
        } catch let error as ScorerError {
            throw error
        } catch {
            throw ScorerError("\(error)")
        }
    }

    /// The parameter names given, in document order.
    public var names: [String] { entries.map(\.name) }

    public func has(_ name: String) -> Bool { node(name) != nil }

    /// The raw node of a parameter, for scorers with structured parameters.
    public func node(_ name: String) -> YAMLNode? {
        entries.first { $0.name == name }?.value
    }

    /// Where a parameter's value is, or the mapping itself when it is missing.
    public func location(of name: String) -> SourceLocation {
        guard let node = node(name) else { return location }
        return SourceLocation(file: location.file, mark: node.mark)
    }

    /// An error located at a parameter's value (or at the mapping when the parameter is missing).
    public func error(_ message: String, at name: String) -> ScorerError {
        error(Phrase(stringLiteral: message), at: name)
    }

    /// An error with a message of a catalogue, located at a parameter's value.
    public func error(_ message: Phrase, at name: String) -> ScorerError {
        ScorerError(message, at: location(of: name), path: "\(path).\(name)")
    }

    /// An error located at a node inside a parameter, e.g. one item of a list.
    public func error(_ message: String, at node: YAMLNode, path subpath: String) -> ScorerError {
        error(Phrase(stringLiteral: message), at: node, path: subpath)
    }

    /// An error with a message of a catalogue, located at a node inside a parameter.
    public func error(_ message: Phrase, at node: YAMLNode, path subpath: String) -> ScorerError {
        ScorerError(message, at: SourceLocation(file: location.file, mark: node.mark), path: "\(path).\(subpath)")
    }

    private func required(_ name: String) throws(ScorerError) -> YAMLNode {
        guard let node = node(name), !node.isNull else {
            throw error(Messages.missingParameter(name), at: name)
        }
        return node
    }

    /// The name of the fact the scorer reads (parameter `fact` by default).
    public func factName(_ name: String = "fact") throws(ScorerError) -> String {
        let text = try string(name)
        guard !text.isEmpty, text.allSatisfy({ !$0.isWhitespace }) else {
            throw error(Messages.factNameOneWord, at: name)
        }
        return text
    }

    /// A scalar parameter as text.
    public func string(_ name: String) throws(ScorerError) -> String {
        let node = try required(name)
        guard let text = node.scalarText else { throw error(Messages.expected(.text, found: node), at: name) }
        return text
    }

    /// One of a fixed set of words, or `defaultValue` when the parameter is absent.
    public func choice(_ name: String, from allowed: [String], default defaultValue: String) throws(ScorerError) -> String {
        guard has(name) else { return defaultValue }
        let text = try string(name)
        guard allowed.contains(text) else {
            throw error(Messages.expected(.oneOf(allowed), found: Messages.quoted(text)), at: name)
        }
        return text
    }

    /// A typed value, read like a fact: `12`, `99.9%`, `4h`, `true`, a list.
    public func value(_ name: String) throws(ScorerError) -> FactValue {
        try Self.value(of: try required(name), parameters: self, path: name)
    }

    /// A typed value, or `nil` when the parameter is absent.
    public func optionalValue(_ name: String) throws(ScorerError) -> FactValue? {
        guard let node = node(name), !node.isNull else { return nil }
        return try Self.value(of: node, parameters: self, path: name)
    }

    /// A plain number (not a percentage or duration).
    public func number(_ name: String) throws(ScorerError) -> Rational {
        let value = try value(name)
        guard case .number(let number) = value else {
            throw error(Messages.expected(.number, found: Messages.quoted(value.description)), at: name)
        }
        return number
    }

    /// A number, or `defaultValue` when the parameter is absent.
    public func number(_ name: String, default defaultValue: Rational) throws(ScorerError) -> Rational {
        has(name) ? try number(name) : defaultValue
    }

    /// A percentage written `30%`, returned in percent (30).
    public func percent(_ name: String) throws(ScorerError) -> Rational {
        let value = try value(name)
        guard case .percent(let number) = value else {
            throw error(Messages.expected(.percentage(example: "30%"), found: Messages.quoted(value.description)), at: name)
        }
        return number
    }

    /// Points: a number from 0 to the criterion's maximum.
    public func points(_ name: String) throws(ScorerError) -> Rational {
        let value = try number(name)
        guard value <= maximum else {
            throw error(Messages.pointsExceed(value, maximum: maximum), at: name)
        }
        return value
    }

    /// A positive whole number.
    public func count(_ name: String) throws(ScorerError) -> Int {
        let number = try number(name)
        guard let whole = number.integerValue, number > 0, number < 1_000_000 else {
            throw error(Messages.expected(.positiveWhole, found: Messages.quoted(number.decimalString())), at: name)
        }
        return whole
    }

    /// `true` or `false`, or `defaultValue` when the parameter is absent.
    public func bool(_ name: String, default defaultValue: Bool) throws(ScorerError) -> Bool {
        guard let value = try optionalValue(name) else { return defaultValue }
        guard case .bool(let flag) = value else { throw error(Messages.expected(.bool, found: Messages.quoted(value.description)), at: name) }
        return flag
    }

    /// A list of strings; a single scalar is read as a one-item list.
    public func strings(_ name: String) throws(ScorerError) -> [String] {
        let node = try required(name)
        if let text = node.scalarText { return [text] }
        guard let items = node.sequenceValue else { throw error(Messages.expected(.list, found: node), at: name) }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.scalarText else {
                throw error(Messages.expected(.text, found: item), at: item, path: "\(name)[\(index)]")
            }
            result.append(text)
        }
        return result
    }

    /// A list of mappings, such as steps `[{at_least: 99.99%, points: 10}, …]`, each returned as
    /// its own ``ScorerParameters`` so its keys are read and located the same way.
    public func list(_ name: String) throws(ScorerError) -> [ScorerParameters] {
        let node = try required(name)
        guard let items = node.sequenceValue, !items.isEmpty else {
            throw error(Messages.expected(.nonEmptyList, found: node), at: name)
        }
        var result: [ScorerParameters] = []
        for (index, item) in items.enumerated() {
            guard item.mappingValue != nil else {
                throw error(Messages.expected(.mapping, found: item), at: item, path: "\(name)[\(index)]")
            }
            result.append(ScorerParameters(item, file: location.file, path: "\(path).\(name)[\(index)]", fallback: item.mark, maximum: maximum))
        }
        return result
    }

    /// A mapping of words to typed values, such as a lookup table `{一级: 2, 二级: 4}`, in
    /// document order.
    public func table(_ name: String) throws(ScorerError) -> [(key: String, value: FactValue)] {
        let node = try required(name)
        guard let pairs = node.mappingValue, !pairs.isEmpty else {
            throw error(Messages.expected(.nonEmptyMapping, found: node), at: name)
        }
        var result: [(key: String, value: FactValue)] = []
        for pair in pairs {
            result.append((pair.name, try Self.value(of: pair.value, parameters: self, path: "\(name).\(pair.name)")))
        }
        return result
    }

    /// Rejects keys this parameter mapping does not allow; used for nested mappings like steps.
    public func expectOnly(_ allowed: [String]) throws(ScorerError) {
        for pair in entries where !allowed.contains(pair.name) {
            throw ScorerError(Messages.unknownParameterKey(pair.name, allowed: allowed, close: Suggestions.closest(to: pair.name, in: allowed).first),
                              at: SourceLocation(file: location.file, mark: pair.key.mark), path: "\(path).\(pair.name)")
        }
    }

    private static func value(of node: YAMLNode, parameters: ScorerParameters, path: String) throws(ScorerError) -> FactValue {
        do {
            return try FactReader.value(of: node)
        } catch {
            throw parameters.error(at: node, path: path, error)
        }
    }

    private func error(at node: YAMLNode, path subpath: String, _ problem: FactReader.Problem) -> ScorerError {
        error(problem.message, at: node, path: subpath)
    }
}
