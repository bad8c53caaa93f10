/// A line of text placed in a chart, and the box it takes, so a layout can refuse positions where
/// two labels would overlap.
struct TextLabel {
    enum Anchor: String {
        case start, middle, end
    }

    var text: String
    var x: Double
    /// The baseline.
    var y: Double
    var fontSize: Double
    var anchor: Anchor = .start
    var bold: Bool = false
    var halo: Bool = false

    /// The box the text covers, from a little above its capitals to below its descenders.
    var box: Box {
        let width = TextMetrics.width(text, fontSize: fontSize) * (bold ? 1.1 : 1)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        return Box(left: left, top: y - fontSize * TextMetrics.ascent, right: left + width, bottom: y + fontSize * TextMetrics.descent)
    }
}

/// An axis-aligned rectangle in chart units.
struct Box: Hashable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    func intersects(_ other: Box) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }

    func contains(_ other: Box) -> Bool {
        other.left >= left && other.right <= right && other.top >= top && other.bottom <= bottom
    }

    /// Whether the straight line from `start` to `end` passes through the box (Liang–Barsky).
    func intersects(from start: Point, to end: Point) -> Bool {
        let dx = end.x - start.x, dy = end.y - start.y
        var low = 0.0, high = 1.0
        for (p, q) in [(-dx, start.x - left), (dx, right - start.x), (-dy, start.y - top), (dy, bottom - start.y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low > high { return false }
        }
        return true
    }

    /// The point of the box nearest to `point`.
    func nearest(to point: Point) -> Point {
        Point(x: min(max(point.x, left), right), y: min(max(point.y, top), bottom))
    }

    var center: Point { Point(x: (left + right) / 2, y: (top + bottom) / 2) }

    func inset(by amount: Double) -> Box {
        Box(left: left - amount, top: top - amount, right: right + amount, bottom: bottom + amount)
    }
}
