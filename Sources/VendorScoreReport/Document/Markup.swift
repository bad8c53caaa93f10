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
