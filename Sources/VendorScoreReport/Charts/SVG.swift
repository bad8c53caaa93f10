import Plot

/// SVG elements as Plot nodes, with coordinates written to one decimal place so the same numbers
/// always give the same bytes.
enum SVG {
    typealias Content = Node<HTML.BodyContext>

    /// An `<svg>` root of the given size in user units; it scales to the width of its container.
    /// Without a label it is decoration (a legend swatch) and hidden from screen readers.
    static func root(width: Double, height: Double, label: String?, className: String? = nil,
                     _ children: [Content]) -> Content {
        var description: [Content] = label.map { [.attribute(named: "role", value: "img"), Markup.attribute("aria-label", $0)] }
            ?? [.attribute(named: "aria-hidden", value: "true")]
        if let className { description.append(Markup.attribute("class", className)) }
        return .element(named: "svg", nodes: [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "viewBox", value: "0 0 \(number(width)) \(number(height))"),
            .attribute(named: "width", value: number(width)),
            .attribute(named: "height", value: number(height)),
        ] + description + children)
    }

    static func group(_ attributes: [(String, String)] = [], _ children: [Content]) -> Content {
        .element(named: "g", nodes: attributes.map { Markup.attribute($0.0, $0.1) } + children)
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, _ attributes: [(String, String)] = [],
                     title: String? = nil) -> Content {
        shape("rect", [("x", number(x)), ("y", number(y)), ("width", number(width)), ("height", number(height))] + attributes,
              title: title)
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, _ attributes: [(String, String)] = []) -> Content {
        shape("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2))] + attributes)
    }

    static func circle(x: Double, y: Double, radius: Double, _ attributes: [(String, String)] = [],
                       title: String? = nil) -> Content {
        shape("circle", [("cx", number(x)), ("cy", number(y)), ("r", number(radius))] + attributes, title: title)
    }

    /// A closed polygon through the points.
    static func polygon(_ points: [Point], _ attributes: [(String, String)] = [], title: String? = nil) -> Content {
        shape("polygon", [("points", points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " "))] + attributes,
              title: title)
    }

    /// A path from SVG path data, such as hatching marks.
    static func path(_ data: String, _ attributes: [(String, String)] = []) -> Content {
        shape("path", [("d", data)] + attributes)
    }

    /// An open line through the points.
    static func polyline(_ points: [Point], _ attributes: [(String, String)] = []) -> Content {
        shape("polyline", [("points", points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")),
                           ("fill", "none")] + attributes)
    }

    /// One line of text. Labels carry a white halo so they stay legible over bars, grid lines and
    /// patterns, on screen and in black-and-white print.
    static func text(_ label: TextLabel, _ attributes: [(String, String)] = []) -> Content {
        var all = [("x", number(label.x)), ("y", number(label.y)), ("font-size", number(label.fontSize))]
        if label.anchor != .start { all.append(("text-anchor", label.anchor.rawValue)) }
        if label.bold { all.append(("font-weight", "bold")) }
        if label.halo { all.append(("class", "halo")) }
        return .element(named: "text", nodes: (all + attributes).map { Markup.attribute($0.0, $0.1) } + [Markup.text(label.text)])
    }

    /// A shape, self-closed unless it carries a tooltip (`<title>`).
    private static func shape(_ name: String, _ attributes: [(String, String)], title: String? = nil) -> Content {
        let nodes: [Content] = attributes.map { Markup.attribute($0.0, $0.1) }
        guard let title else { return .selfClosedElement(named: name, attributes: attributes.map { Attribute<HTML.BodyContext>(name: $0.0, value: Markup.escape($0.1, quotes: true)) }) }
        return .element(named: name, nodes: nodes + [.element(named: "title", nodes: [Markup.text(title)])])
    }

    /// A coordinate with at most one decimal: `12`, `12.5`, `-3.2`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}

/// A point in a chart's user units.
struct Point: Hashable {
    var x: Double
    var y: Double
}
