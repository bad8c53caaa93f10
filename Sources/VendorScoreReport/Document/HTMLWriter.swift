import Plot

/// Lays out the report's sections as one self-contained HTML page: styles inline, charts as
/// inline SVG, no scripts, fonts or images from elsewhere. The markup is also well-formed XML
/// (every element closed, attributes quoted, only XML's own entities), so XML tools read it too.
struct HTMLWriter {
    typealias Body = Node<HTML.BodyContext>

    let labels: ReportLabels

    func render(header: ReportSection, sections: [ReportSection], footer: ReportSection) -> String {
        let html = HTML(
            .attribute(named: "xmlns", value: "http://www.w3.org/1999/xhtml"),
            Markup.attribute("lang", labels.htmlLanguage),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Markup.text("\(labels.reportTitle) — \(header.title)")]),
                .style(ReportStyle.css + ReportStyle.pageNumbers(labels.pageNumberContent))
            ),
            .body(
                .header(.class("report-header"),
                        .p(.class("kicker"), Markup.text(labels.reportTitle)),
                        .h1(Markup.text(header.title)),
                        .group(header.blocks.map(block))),
                contents(sections + [footer]),
                .main(.group(sections.map(section))),
                .footer(Markup.attribute("id", footer.id), .class("report-footer"),
                        .h2(Markup.text(footer.title)),
                        .group(footer.blocks.map(block)))
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    /// Links to every section, for reading on screen; not printed.
    private func contents(_ sections: [ReportSection]) -> Body {
        .nav(.class("contents"), Markup.attribute("aria-label", labels.contents),
             .ul(.group(sections.map { section in
                 .li(.a(Markup.attribute("href", "#" + section.id), Markup.text(section.title)))
             })))
    }

    private func section(_ section: ReportSection) -> Body {
        .element(named: "section", nodes: [
            Markup.attribute("id", section.id),
            .h2(Markup.phrases(section.title)),
        ] + section.blocks.map(block))
    }

    private func block(_ block: Block) -> Body {
        switch block {
        case .heading(let text):
            return .h3(Markup.phrases(text))
        case .paragraph(let text):
            return .p(Markup.text(text))
        case .fields(let fields):
            return .element(named: "dl", nodes: [.class("fields")] + fields.flatMap { field -> [Body] in
                [.element(named: "dt", nodes: [Markup.text(field.label)]), .element(named: "dd", nodes: [Markup.text(field.value)])]
            })
        case .list(let items):
            return .ul(.group(items.map { .li(Markup.text($0)) }))
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            return self.figure(figure)
        }
    }

    private func table(_ table: ReportTable) -> Body {
        // The table's title, if any, is a row of the header so that it repeats with it on every page.
        let title: Node<HTML.TableContext> = table.title.map { title in
            .tr(.class("table-title"),
                .th(Markup.attribute("colspan", "\(table.columns.count)"), Markup.phrases(title)))
        } ?? .empty
        let header: Node<HTML.TableContext> = .thead(title, .tr(.group(table.columns.map { column in
            .th(column.numeric ? .class("num") : .empty, Markup.phrases(column.title))
        })))
        func row(_ row: ReportTable.Row) -> Node<HTML.TableContext> {
            if row.kind == .group {
                return .tr(.class("group"),
                           .td(Markup.attribute("colspan", "\(table.columns.count - 1)"), cell(row.cells.first ?? "", wrapping: .phrases)),
                           .td(.class("num"), cell(row.cells.last ?? "")))
            }
            return .tr(row.kind == .normal ? .empty : .class(row.kind.rawValue),
                       .group(zip(table.columns, row.cells).map { column, cell in
                           .td(column.numeric ? .class("num") : column.wrapping == .text ? .empty : .class("name"),
                               self.cell(cell, wrapping: column.wrapping))
                       }))
        }
        // Each run of rows no page may split is a body of its own that print keeps whole; a table
        // with one run prints whole with its caption.
        let runs = table.unbreakableRuns()
        let bodies: [Node<HTML.TableContext>] = runs.map { run in
            .tbody(run.count > 1 ? .class("keep") : .empty, .group(run.map(row)))
        }
        return .div(.class(runs.count == 1 ? "table-wrap whole" : "table-wrap"),
                    .table(
                        table.id.map { Markup.attribute("id", $0) } ?? .empty,
                        .class(table.compact ? "data compact" : "data"),
                        table.caption.map { .caption(Markup.text($0)) } ?? .empty,
                        header,
                        .group(bodies)
                    ))
    }

    private func cell(_ cell: ReportTable.Cell, wrapping: ReportTable.Wrapping = .text) -> Body {
        .group(
            cell.mark.map { mark in .span(.class("mark \(mark.rawValue)"), Markup.text(Self.symbol(mark))) } ?? .empty,
            text(cell.text, wrapping),
            cell.note.map { note in .span(.class("note"), Markup.text(note)) } ?? .empty
        )
    }

    private func text(_ text: String, _ wrapping: ReportTable.Wrapping) -> Body {
        switch wrapping {
        case .text: return Markup.text(text)
        case .phrases: return Markup.phrases(text)
        case .names: return Markup.phrases(text, particles: false)
        }
    }

    /// Pass and fail are shown by a symbol and a word, never by colour alone.
    private static func symbol(_ mark: ReportTable.Cell.Mark) -> String {
        switch mark {
        case .pass: return "✓"
        case .fail: return "✗"
        }
    }

    private func figure(_ figure: ReportFigure) -> Body {
        let panels: [Body] = figure.panels.map { panel in
            .div(.class("panel"),
                 panel.title.map { .p(.class("panel-title"), Markup.phrases($0)) } ?? .empty,
                 panel.svg)
        }
        let legend: Body = figure.legend.isEmpty ? .empty : .ul(.class("legend"), .group(figure.legend.map { item in
            .li(item.swatch, .span(Markup.text(item.label)))
        }))
        let alternative: Body
        switch figure.alternative {
        case .table(let table): alternative = self.table(table)
        case .text(let text): alternative = .p(.class("chart-alternative"), Markup.text(text))
        }
        // Caption, legend and drawing stay on one printed page; the numbers may follow on the next.
        return .element(named: "figure", nodes: [
            Markup.attribute("id", figure.id),
            .class("chart"),
            .div(.class("chart-body"),
                 .element(named: "figcaption", nodes: [Markup.text(figure.caption)]),
                 legend,
                 .div(.class(figure.isGrid ? "panels grid" : "panels"), .group(panels))),
            alternative,
        ])
    }
}
