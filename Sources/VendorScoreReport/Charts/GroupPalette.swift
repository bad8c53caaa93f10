import Plot

/// The fill of each criterion group, the same in every chart and legend: a colour from the
/// Okabe–Ito palette, which readers with the common colour-vision deficiencies can tell apart,
/// and a hatching, so the groups also differ in black-and-white print.
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

    /// A rectangle in a group's fill: its colour, then the group's hatching drawn over it as one
    /// vector path cut to the rectangle. Printing keeps both as vectors; an SVG pattern fill would
    /// be rasterised by Chromium, one bitmap per shape, and swell a PDF several times over.
    /// The marks sit on a fixed 8-unit grid of the chart, so neighbouring shapes line up.
    func rect(_ index: Int, x: Double, y: Double, width: Double, height: Double, _ attributes: [(String, String)] = [],
              title: String? = nil) -> [Node<HTML.BodyContext>] {
        let style = styles[index]
        var nodes = [SVG.rect(x: x, y: y, width: width, height: height, [("fill", style.colour)] + attributes, title: title)]
        let marks = Self.hatching(style.pattern, x: x, y: y, width: width, height: height)
        if !marks.isEmpty {
            let paint: [(String, String)] = style.pattern == .dots
                ? [("fill", "#ffffff"), ("fill-opacity", "0.9")]
                : [("fill", "none"), ("stroke", "#ffffff"), ("stroke-width", "1.4"), ("stroke-opacity", "0.85")]
            nodes.append(SVG.path(marks, [("class", "hatch"), ("aria-hidden", "true")] + paint))
        }
        return nodes
    }

    /// The grid spacing of every pattern, in chart units.
    static let spacing = 8.0

    /// Path data for a pattern's marks inside a rectangle: lines cut exactly at its edges, or
    /// dots whose centres lie inside it.
    static func hatching(_ pattern: Pattern, x: Double, y: Double, width: Double, height: Double) -> String {
        guard width > 0, height > 0 else { return "" }
        let (left, top, right, bottom) = (x, y, x + width, y + height)
        var segments: [(Double, Double, Double, Double)] = []
        func steps(from low: Double, to high: Double, offset: Double) -> [Double] {
            let first = ((low - offset) / spacing).rounded(.up) * spacing + offset
            return stride(from: first, through: high, by: spacing).map { $0 }
        }
        /// The part of the line x + sign·y = c inside the rectangle (sign −1: rising to the right).
        func diagonal(_ c: Double, sign: Double) {
            // Points where the line meets each edge, kept when on the edge.
            var points: [(Double, Double)] = []
            for edgeX in [left, right] {
                let edgeY = (c - edgeX) / sign
                if edgeY >= top && edgeY <= bottom { points.append((edgeX, edgeY)) }
            }
            for edgeY in [top, bottom] {
                let edgeX = c - sign * edgeY
                if edgeX >= left && edgeX <= right { points.append((edgeX, edgeY)) }
            }
            guard let first = points.min(by: { $0.0 < $1.0 }), let last = points.max(by: { $0.0 < $1.0 }),
                  last.0 - first.0 > 0.05 else { return }
            segments.append((first.0, first.1, last.0, last.1))
        }
        switch pattern {
        case .solid:
            return ""
        case .diagonal:
            for c in steps(from: left + top, to: right + bottom, offset: 0) { diagonal(c, sign: 1) }
        case .backDiagonal:
            for c in steps(from: left - bottom, to: right - top, offset: 0) { diagonal(c, sign: -1) }
        case .horizontal:
            for line in steps(from: top, to: bottom, offset: 2) { segments.append((left, line, right, line)) }
        case .vertical:
            for line in steps(from: left, to: right, offset: 2) { segments.append((line, top, line, bottom)) }
        case .crosshatch:
            for line in steps(from: top, to: bottom, offset: 4) { segments.append((left, line, right, line)) }
            for line in steps(from: left, to: right, offset: 4) { segments.append((line, top, line, bottom)) }
        case .dots:
            let radius = 1.3
            var dots = ""
            for (offsetX, offsetY) in [(2.0, 2.0), (6.0, 6.0)] {
                for cy in steps(from: top + radius, to: bottom - radius, offset: offsetY) {
                    for cx in steps(from: left + radius, to: right - radius, offset: offsetX) {
                        dots += "M\(SVG.number(cx - radius)) \(SVG.number(cy))a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0 -2.6 0"
                    }
                }
            }
            return dots
        }
        return segments.map { "M\(SVG.number($0.0)) \(SVG.number($0.1))L\(SVG.number($0.2)) \(SVG.number($0.3))" }.joined()
    }

    /// A small square of a group's fill, for legends.
    func swatch(_ index: Int) -> Node<HTML.BodyContext> {
        SVG.root(width: 16, height: 16, label: nil,
                 rect(index, x: 0.5, y: 0.5, width: 15, height: 15, [("stroke", "#333333"), ("stroke-width", "1")]))
    }
}
