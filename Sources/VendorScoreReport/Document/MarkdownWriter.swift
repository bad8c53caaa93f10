/// Lays out the report's sections as Markdown (GitHub flavour) for pasting into other documents:
/// the same content as the HTML page, with each chart given by its numbers alone.
struct MarkdownWriter {
    let labels: ReportLabels

    func render(header: ReportSection, sections: [ReportSection], footer: ReportSection) -> String {
        var text = "# \(Self.escape(labels.reportTitle)): \(Self.escape(header.title))\n"
        for block in header.blocks { text += "\n" + self.block(block) }
        for section in sections + [footer] {
            text += "\n## \(Self.escape(section.title))\n"
            for block in section.blocks {
                let written = self.block(block)
                if !written.isEmpty { text += "\n" + written }
            }
        }
        return text
    }

    private func block(_ block: Block) -> String {
        switch block {
        case .heading(let title):
            return "### \(Self.escape(title))\n"
        case .paragraph(let text):
            return Self.escape(text) + "\n"
        case .fields(let fields):
            return fields.map { "- **\(Self.escape($0.label))**: \(Self.escape($0.value))\n" }.joined()
        case .list(let items):
            return items.map { "- \(Self.escape($0))\n" }.joined()
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            // Markdown has no drawing, so nothing that describes one: neither the chart's caption
            // (bars, rings, lines) nor a sentence pointing at numbers shown elsewhere; only the
            // chart's numbers, under their own caption.
            switch figure.alternative {
            case .table(let table): return self.table(table)
            case .text: return ""
            }
        }
    }

    private func table(_ table: ReportTable) -> String {
        var text = table.caption.map { "*\(Self.escape($0))*\n\n" } ?? ""
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        text += line(table.columns.map { Self.escape($0.title) })
        text += "|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            var cells = row.cells.map(cell)
            if row.kind == .group {
                cells = [cells.first.map { "**\($0)**" } ?? ""] + Array(repeating: "", count: max(0, table.columns.count - 2))
                    + [cells.last.map { "**\($0)**" } ?? ""]
            } else if row.kind == .summary {
                cells = cells.map { $0.isEmpty ? "" : "**\($0)**" }
            }
            text += line(cells)
        }
        return text
    }

    private func cell(_ cell: ReportTable.Cell) -> String {
        var text = ""
        switch cell.mark {
        case .pass: text = "✓ "
        case .fail: text = "✗ "
        case nil: break
        }
        text += Self.escape(cell.text)
        if let note = cell.note, !note.isEmpty { text += "<br>" + Self.escape(note) }
        return text
    }

    /// Keeps text literal: characters Markdown would read as formatting or HTML are escaped, and
    /// line breaks become spaces so a value stays inside its table cell or list item.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
