/// One section of the report (result, charts, gates, …): a heading and its blocks, laid out by
/// ``HTMLWriter`` and ``MarkdownWriter`` alike, so both outputs carry the same content.
struct ReportSection {
    /// The HTML `id`, for links between sections.
    var id: String
    var title: String
    var blocks: [Block]
}

/// A unit of report content, independent of the output format.
enum Block {
    /// A subsection heading.
    case heading(String)
    case paragraph(String)
    /// Label and value pairs, such as the header's tender and rubric details.
    case fields([Field])
    case list([String])
    case table(ReportTable)
    /// A chart: drawn in HTML, represented by its caption and data table in Markdown.
    case figure(ReportFigure)
}

/// One label and value pair of a ``Block/fields(_:)`` block.
struct Field {
    var label: String
    var value: String
}
