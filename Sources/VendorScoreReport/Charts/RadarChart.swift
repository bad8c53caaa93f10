import Foundation
import Plot
import VendorScoreCore

/// Small multiples: one radar per ranked vendor, with one axis per criterion group showing the
/// vendor's subtotal as a share of the group's maximum. Rings mark 25%, 50%, 75% and 100%.
///
/// Each axis is labelled with the group's title and the share. When the titles cannot be placed
/// without overlapping (many groups, long titles), the axes are numbered instead and the
/// figure's legend names the groups.
struct RadarChart {
    static let width = 360.0
    // Half the drawing across, so that printed two to a row on A4 a radar is about 45 mm wide.
    static let radius = 90.0
    static let fontSize = 12.5
    static let lineHeight = 16.0
    static let labelGap = 9.0
    static let margin = 4.0

    let context: ReportContext

    /// At least three groups make a polygon.
    var isDrawable: Bool { context.rubric.groups.count >= 3 }

    func figure() -> ReportFigure {
        let labels = context.labels
        let groups = context.rubric.groups
        let numbered = context.ranked.contains { layout(for: $0, numbered: false) == nil }
        return ReportFigure(
            id: "chart-radar",
            caption: labels.radarCaption,
            panels: context.ranked.map { vendor in
                ReportFigure.Panel(title: "\(context.rank(vendor))  \(vendor.name) — \(vendor.total.map(context.points) ?? "")",
                                   svg: svg(vendor, numbered: numbered))
            },
            legend: groups.indices.map { index in
                ReportFigure.LegendItem(swatch: context.palette.swatch(index),
                                        label: (numbered ? "\(index + 1)  " : "") + context.text(groups[index].title))
            },
            alternative: .table(table()),
            isGrid: true
        )
    }

    /// The chart's numbers: each vendor's points, maximum and share per group.
    func table() -> ReportTable {
        let groups = context.rubric.groups
        return ReportTable(
            id: "chart-radar-data",
            caption: context.labels.radarTableCaption,
            columns: [.init(context.labels.rank, numeric: true), .names(context.labels.vendor)]
                + groups.map { .init(context.text($0.title), numeric: true) },
            rows: context.ranked.map { vendor in
                ReportTable.Row([.init(context.rank(vendor)), .init(vendor.name)] + groups.map { group in
                    guard let subtotal = context.subtotal(vendor, group) else { return "—" }
                    return .init(context.sharePercent(subtotal.points, of: subtotal.maximum),
                                 note: "\(context.points(subtotal.points)) / \(context.stated(subtotal.maximum))")
                })
            },
            compact: true
        )
    }

    func svg(_ vendor: VendorResult, numbered: Bool) -> Node<HTML.BodyContext> {
        let groups = context.rubric.groups
        let layout = layout(for: vendor, numbered: numbered) ?? layout(for: vendor, numbered: true) ?? fallbackLayout(vendor)
        let center = layout.center
        var content: [SVG.Content] = []
        for ring in [1.0, 0.75, 0.5, 0.25] {
            content.append(SVG.polygon(groups.indices.map { point(axis: $0, fraction: ring, center: center) },
                                       [("class", ring == 1 ? "ring outer" : "ring")]))
        }
        for index in groups.indices {
            let end = point(axis: index, fraction: 1, center: center)
            content.append(SVG.line(x1: center.x, y1: center.y, x2: end.x, y2: end.y, [("class", "spoke")]))
        }
        let shares = groups.map { group in
            context.subtotal(vendor, group).map { context.share($0.points, of: $0.maximum) } ?? .zero
        }
        let vertices = shares.indices.map { point(axis: $0, fraction: min(shares[$0].double / 100, 1), center: center) }
        content.append(SVG.polygon(vertices, [("class", "radar-area"), ("data-vendor", vendor.id)],
                                   title: "\(vendor.name)"))
        for (index, vertex) in vertices.enumerated() {
            content += context.palette.rect(index, x: vertex.x - 4, y: vertex.y - 4, width: 8, height: 8,
                                    [("class", "vertex"), ("data-vendor", vendor.id),
                                     ("data-group", groups[index].id), ("data-share", shares[index].fixed(1) + "%")],
                                    title: "\(context.text(groups[index].title)): \(shares[index].fixed(1))%")
        }
        for label in layout.labels {
            content.append(SVG.text(label))
        }
        return SVG.root(width: Self.width, height: layout.height,
                        label: context.labels.radarLabel(vendor: vendor.name), content)
    }

    struct Layout {
        var center: Point
        var height: Double
        var labels: [TextLabel]
    }

    /// The axis labels placed around the radar, or `nil` when two would overlap or one would
    /// leave the drawing.
    func layout(for vendor: VendorResult, numbered: Bool) -> Layout? {
        let groups = context.rubric.groups
        // Label lines per axis: the title (wrapped to its room) or its number, then the share.
        let blocks: [[String]] = groups.indices.map { index in
            let share = context.subtotal(vendor, groups[index]).map { context.sharePercent($0.points, of: $0.maximum) } ?? "—"
            if numbered { return ["\(index + 1)  \(share)"] }
            let room = room(axis: index)
            return TextMetrics.wrap(context.text(groups[index].title), toWidth: room, fontSize: Self.fontSize, maxLines: 3) + [share]
        }
        let tallest = Double(blocks.map(\.count).max() ?? 1) * Self.lineHeight
        let center = Point(x: Self.width / 2, y: Self.margin + tallest + Self.labelGap + Self.radius)
        let height = center.y * 2
        var labels: [TextLabel] = []
        for (index, lines) in blocks.enumerated() {
            let anchorPoint = point(axis: index, fraction: 1, center: center, extra: Self.labelGap)
            let (cosine, sine) = direction(axis: index)
            let anchor: TextLabel.Anchor = cosine > 0.25 ? .start : cosine < -0.25 ? .end : .middle
            let blockHeight = Double(lines.count) * Self.lineHeight
            let firstBaseline: Double
            if sine < -0.25 {
                firstBaseline = anchorPoint.y - blockHeight + Self.fontSize * TextMetrics.ascent
            } else if sine > 0.25 {
                firstBaseline = anchorPoint.y + Self.fontSize * TextMetrics.ascent
            } else {
                firstBaseline = anchorPoint.y - blockHeight / 2 + Self.fontSize * TextMetrics.ascent
            }
            for (line, text) in lines.enumerated() {
                labels.append(TextLabel(text: text, x: anchorPoint.x, y: firstBaseline + Double(line) * Self.lineHeight,
                                        fontSize: Self.fontSize, anchor: anchor, bold: line == lines.count - 1))
            }
        }
        let frame = Box(left: 0, top: 0, right: Self.width, bottom: height)
        let boxes = labels.map(\.box)
        for (index, box) in boxes.enumerated() {
            guard frame.contains(box) else { return nil }
            for other in boxes[(index + 1)...] where box.intersects(other) { return nil }
        }
        return Layout(center: center, height: height, labels: labels)
    }

    /// Shares only, when even numbered labels do not fit: never expected with the sizes above,
    /// but a drawing without labels is better than overlapping ones.
    private func fallbackLayout(_ vendor: VendorResult) -> Layout {
        let center = Point(x: Self.width / 2, y: Self.margin + Self.labelGap + Self.radius)
        return Layout(center: center, height: center.y * 2, labels: [])
    }

    /// How wide an axis's label may be: to the edge of the drawing on its side.
    private func room(axis index: Int) -> Double {
        let anchorX = Self.width / 2 + (Self.radius + Self.labelGap) * direction(axis: index).cosine
        let (cosine, _) = direction(axis: index)
        if cosine > 0.25 { return Self.width - Self.margin - anchorX }
        if cosine < -0.25 { return anchorX - Self.margin }
        return min(anchorX, Self.width - anchorX) * 2 - 2 * Self.margin
    }

    /// Axes start half a step clockwise from the top, so with four groups they point to the
    /// corners and every label has half the width of the drawing.
    private func direction(axis index: Int) -> (cosine: Double, sine: Double) {
        let count = Double(context.rubric.groups.count)
        let angle = -Double.pi / 2 + Double.pi / count + Double(index) * 2 * Double.pi / count
        return (cos(angle), sin(angle))
    }

    private func point(axis index: Int, fraction: Double, center: Point, extra: Double = 0) -> Point {
        let (cosine, sine) = direction(axis: index)
        let distance = Self.radius * fraction + extra
        return Point(x: center.x + distance * cosine, y: center.y + distance * sine)
    }
}
