/// Reads a YAML node as a typed ``FactValue``, the same way for bids and scorer parameters.
enum FactReader {
    struct Problem: Error {
        var message: Phrase
    }

    static func value(of node: YAMLNode) throws(Problem) -> FactValue {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull { throw Problem(message: Messages.nullValue) }
            guard style.isPlain, node.tag == nil else { return .text(text) }
            return try parse(text)
        case .sequence(let items):
            var strings: [String] = []
            strings.reserveCapacity(items.count)
            for item in items {
                guard let text = item.scalarText, !item.isNull else {
                    throw Problem(message: Messages.listItemNotScalar(Messages.found(item)))
                }
                strings.append(text)
            }
            return .list(strings)
        case .mapping:
            throw Problem(message: Messages.expected(.value, found: node))
        }
    }

    /// Types text the way an unquoted YAML scalar or a CSV cell is typed.
    static func parse(_ text: String) throws(Problem) -> FactValue {
        do {
            return try FactValue.parse(text)
        } catch {
            throw Problem(message: Messages.factParse(error))
        }
    }

    /// Types a CSV cell (or an example's fact): like ``parse(_:)``, and `a | b` is a list.
    static func cell(_ text: String) throws(Problem) -> FactValue {
        // Looked for byte by byte: `contains` on a string goes through Foundation's search.
        if text.utf8.contains(UInt8(ascii: "|")) {
            return .list(text.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty })
        }
        return try parse(text)
    }
}
