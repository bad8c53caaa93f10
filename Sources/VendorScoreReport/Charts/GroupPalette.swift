import Plot

/// The fill of each criterion group, the same in every chart and legend: a colour from the
/// Okabe–Ito palette, which readers with the common colour-vision deficiencies can tell apart,
/// and a pattern, so the groups also differ in black-and-white print.
///
/// The first four colours are ordered by lightness (dark blue, green, purple, light orange) so
/// that neighbouring segments of a stacked bar differ in grey too.
struct GroupPalette {
    struct Style {
        var id: String
        var colour: String
        var pattern: Pattern
    }

    enum Pattern: CaseIterable {
        case solid, diagonal, dots, crosshatch, horizontal, backDiagonal, vertical
    }

    static let colours = ["#0072B2", "#009E73", "#CC79A7", "#E69F00", "#D55E00", "#56B4E9", "#F0E442"]

    let styles: [Style]

    init(groupCount: Int) {
        styles = (0..<groupCount).map { index in
            Style(id: "vs-fill-\(index)", colour: Self.colours[index % Self.colours.count],
                  pattern: Pattern.allCases[index % Pattern.allCases.count])
        }
    }

    func style(_ index: Int) -> Style { styles[index] }

    /// The `fill` attribute value for a group.
    func fill(_ index: Int) -> String { "url(#\(styles[index].id))" }

    /// An invisible SVG holding every group's pattern, placed once at the top of the document so
    /// every chart can refer to it. It takes no space but is not `display: none`, which would
    /// stop some browsers from painting the patterns.
    func definitions() -> Node<HTML.BodyContext> {
        SVG.root(width: 0, height: 0, label: nil, className: "defs", [
            .element(named: "defs", nodes: styles.map(Self.pattern)),
        ])
    }

    private static func pattern(_ style: Style) -> Node<HTML.BodyContext> {
        let marks: [Node<HTML.BodyContext>]
        let stroke: [(String, String)] = [("stroke", "#ffffff"), ("stroke-width", "1.4"), ("stroke-opacity", "0.85")]
        switch style.pattern {
        case .solid:
            marks = []
        case .diagonal:
            marks = [SVG.line(x1: 0, y1: 8, x2: 8, y2: 0, stroke), SVG.line(x1: -2, y1: 2, x2: 2, y2: -2, stroke),
                     SVG.line(x1: 6, y1: 10, x2: 10, y2: 6, stroke)]
        case .backDiagonal:
            marks = [SVG.line(x1: 0, y1: 0, x2: 8, y2: 8, stroke), SVG.line(x1: 6, y1: -2, x2: 10, y2: 2, stroke),
                     SVG.line(x1: -2, y1: 6, x2: 2, y2: 10, stroke)]
        case .dots:
            marks = [SVG.circle(x: 2, y: 2, radius: 1.3, [("fill", "#ffffff"), ("fill-opacity", "0.9")]),
                     SVG.circle(x: 6, y: 6, radius: 1.3, [("fill", "#ffffff"), ("fill-opacity", "0.9")])]
        case .crosshatch:
            marks = [SVG.line(x1: 0, y1: 4, x2: 8, y2: 4, stroke), SVG.line(x1: 4, y1: 0, x2: 4, y2: 8, stroke)]
        case .horizontal:
            marks = [SVG.line(x1: 0, y1: 2, x2: 8, y2: 2, stroke), SVG.line(x1: 0, y1: 6, x2: 8, y2: 6, stroke)]
        case .vertical:
            marks = [SVG.line(x1: 2, y1: 0, x2: 2, y2: 8, stroke), SVG.line(x1: 6, y1: 0, x2: 6, y2: 8, stroke)]
        }
        return .element(named: "pattern", nodes: [
            .attribute(named: "id", value: style.id),
            .attribute(named: "patternUnits", value: "userSpaceOnUse"),
            .attribute(named: "width", value: "8"),
            .attribute(named: "height", value: "8"),
            SVG.rect(x: 0, y: 0, width: 8, height: 8, [("fill", style.colour)]),
        ] + marks)
    }

    /// A small square of a group's fill, for legends.
    func swatch(_ index: Int) -> Node<HTML.BodyContext> {
        SVG.root(width: 16, height: 16, label: nil, [
            SVG.rect(x: 0.5, y: 0.5, width: 15, height: 15, [("fill", fill(index)), ("stroke", "#333333"), ("stroke-width", "1")]),
        ])
    }
}
