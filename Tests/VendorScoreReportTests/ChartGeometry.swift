/// The boxes of the text drawn in an SVG chart, computed from the emitted coordinates, font
/// sizes and anchors, with an estimate of text width that does not depend on the report's own.
struct ChartGeometry {
    struct Label: CustomStringConvertible {
        var text: String
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double

        func intersects(_ other: Label) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }

        var description: String { "'\(text)' [\(left), \(top)]–[\(right), \(bottom)]" }
    }

    let width: Double
    let height: Double
    let labels: [Label]

    init(svg: XMLNodeTree) {
        let box = (svg["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        width = box.count == 4 ? box[2] : 0
        height = box.count == 4 ? box[3] : 0
        labels = svg.descendants("text").map(Self.label)
    }

    /// The box of one `<text>` element.
    static func label(_ text: XMLNodeTree) -> Label {
        let size = text.number("font-size") ?? 16
        let x = text.number("x") ?? 0, y = text.number("y") ?? 0
        let extent = Self.ems(text.text) * size * (text["font-weight"] == "bold" ? 1.1 : 1)
        let left: Double
        switch text["text-anchor"] {
        case "middle": left = x - extent / 2
        case "end": left = x - extent
        default: left = x
        }
        // From the top of capitals (0.9 em above the baseline) to below descenders (0.2 em).
        return Label(text: text.text, left: left, top: y - 0.9 * size, right: left + extent, bottom: y + 0.2 * size)
    }

    /// Pairs of labels that overlap.
    var overlaps: [(Label, Label)] {
        var found: [(Label, Label)] = []
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] where label.intersects(other) { found.append((label, other)) }
        }
        return found
    }

    /// Labels reaching outside the drawing.
    var outside: [Label] {
        labels.filter { $0.left < 0 || $0.top < 0 || $0.right > width || $0.bottom > height }
    }

    /// Width in ems: CJK ideographs and full-width forms one em, anything else 0.58 em (about
    /// the widest average of common sans-serif fonts' letters and digits).
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide = (0x2E80...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
            return total + (wide ? 1 : 0.58)
        }
    }
}
