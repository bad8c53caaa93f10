import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A report parsed as XML with FoundationXML's `XMLParser`: parsing succeeds only when the
/// HTML is well-formed XHTML, and the tree lets a test read what a browser would show.
final class XMLNodeTree {
    let name: String
    let attributes: [String: String]
    /// Text and child elements in document order.
    private var parts: [Part] = []

    private enum Part {
        case text(String)
        case element(XMLNodeTree)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    var children: [XMLNodeTree] {
        parts.compactMap { if case .element(let child) = $0 { child } else { nil } }
    }

    /// All text inside this element and its descendants, in document order, entities decoded,
    /// without the line breaks and indentation between elements (which a browser collapses).
    var text: String {
        parts.map { part in
            switch part {
            case .text(let text): Self.withoutIndentation(text)
            case .element(let child): child.text
            }
        }.joined()
    }

    /// The text exactly as written, line breaks included (for a stylesheet).
    var rawText: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .element(let child): child.rawText
            }
        }.joined()
    }

    private static func withoutIndentation(_ text: String) -> String {
        var result = ""
        var skipping = false
        for character in text {
            if character == "\n" { skipping = true; continue }
            if skipping && character == " " { continue }
            skipping = false
            result.append(character)
        }
        return result
    }

    /// This element and all below it, depth first.
    var all: [XMLNodeTree] { [self] + children.flatMap(\.all) }

    func descendants(_ name: String) -> [XMLNodeTree] { all.filter { $0.name == name } }

    func first(id: String) -> XMLNodeTree? { all.first { $0.attributes["id"] == id } }

    fileprivate func append(_ child: XMLNodeTree) { parts.append(.element(child)) }

    fileprivate func append(text: String) { parts.append(.text(text)) }

    subscript(attribute: String) -> String? { attributes[attribute] }

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// Parses `markup`, or throws the parser's error (with line and column) when it is not
    /// well-formed XML.
    static func parse(_ markup: String) throws -> XMLNodeTree {
        let parser = XMLParser(data: Data(markup.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        guard parser.parse(), let root = builder.root else {
            throw ParseFailure(message: "\(parser.parserError.map { "\($0)" } ?? "no root") at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNodeTree?
    var stack: [XMLNodeTree] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let node = XMLNodeTree(name: elementName, attributes: attributeDict)
        if let parent = stack.last { parent.append(node) } else { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.append(text: string)
    }
}
