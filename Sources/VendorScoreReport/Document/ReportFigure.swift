import Plot

/// A chart and what stands in for it: one or more SVG panels, a legend, a caption, and the
/// chart's numbers as a table or a sentence for readers (and Markdown) without the picture.
struct ReportFigure {
    /// One drawing; small multiples have one panel per vendor, each with its own title.
    struct Panel {
        var title: String?
        var svg: Node<HTML.BodyContext>
    }

    /// A legend entry: a swatch drawn as SVG and its label.
    struct LegendItem {
        var swatch: Node<HTML.BodyContext>
        var label: String
    }

    enum Alternative {
        case table(ReportTable)
        case text(String)
    }

    var id: String
    var caption: String
    var panels: [Panel]
    var legend: [LegendItem]
    var alternative: Alternative
    /// Small multiples are laid out in a grid.
    var isGrid: Bool = false
}
