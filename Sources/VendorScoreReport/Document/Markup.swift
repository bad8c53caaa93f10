import Plot

/// Text and attribute nodes that are safe for any value, in HTML and in XHTML.
///
/// Plot 0.14.0 escapes `<` and `>` in text but passes `&name;` sequences through (so a vendor
/// named `&lt;b&gt;` would display as `<b>`), and writes attribute values as given. Every value that
/// comes from a rubric or a bids file therefore goes through here.
///
/// ```swift
/// let cell: Node<HTML.BodyContext> = .td(Markup.attribute("title", vendor.id), Markup.text(vendor.name))
/// ```
public enum Markup {
    /// A text node showing `value` exactly as written.
    public static func text<Context>(_ value: String) -> Node<Context> {
        .raw(escape(value, quotes: false))
    }

    /// A title or name as a text node that a line may break only between words: with the
    /// stylesheet's `word-break: keep-all`, Chinese runs stay whole, and `<wbr/>` offers a break
    /// after punctuation that joins phrases (、, ，, /), before an opening bracket and, for titles
    /// (`particles`), after the particles that join phrases (与, 和, 及), so "可靠性与运维保障" wraps
    /// as "可靠性与 / 运维保障" and never inside 运维. Names of vendors and people take no particle
    /// breaks: 和 or 与 inside a name is part of it.
    ///
    /// ```swift
    /// let heading: Node<HTML.BodyContext> = .h3(Markup.phrases("资格性与符合性审查"))
    /// ```
    public static func phrases<Context>(_ value: String, particles: Bool = true) -> Node<Context> {
        .raw(phraseMarkup(value, particles: particles))
    }

    /// The escaped text of ``phrases(_:particles:)`` with its break opportunities.
    static func phraseMarkup(_ value: String, particles: Bool = true) -> String {
        let characters = Array(value)
        var result = ""
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            if let previous, breaksBefore.contains(character), !previous.isWhitespace, !breaksAfter.contains(previous) {
                result += "<wbr/>"
            }
            result += escape(String(character), quotes: false)
            // No break at the very end, nor where a space already allows one.
            let joins = breaksAfter.contains(character) || (particles && index > 0 && Self.particles.contains(character))
            if joins && index + 1 < characters.count && !characters[index + 1].isWhitespace { result += "<wbr/>" }
        }
        return result
    }

    private static let breaksAfter: Set<Character> = ["、", "，", "/", "／"]
    private static let breaksBefore: Set<Character> = ["（", "("]
    private static let particles: Set<Character> = ["与", "和", "及"]

    /// An attribute whose value may hold any character.
    public static func attribute<Context>(_ name: String, _ value: String) -> Node<Context> {
        .attribute(named: name, value: escape(value, quotes: true), ignoreIfValueIsEmpty: false)
    }

    /// `value` with the XML special characters as entities. Characters XML 1.0 forbids (most
    /// control characters) become U+FFFD, so the document stays well-formed whatever a bids file holds.
    public static func escape(_ value: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
