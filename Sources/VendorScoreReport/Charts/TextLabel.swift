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

    func inset(by amount: Double) -> Box {
        Box(left: left - amount, top: top - amount, right: right + amount, bottom: bottom + amount)
    }
}
