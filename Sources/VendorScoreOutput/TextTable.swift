/// A plain-text table with ASCII borders whose columns line up by display width, so Chinese and
/// Latin text share a table in any terminal.
///
/// ```swift
/// var table = TextTable(columns: [.init("Vendor"), .init("Total", alignment: .right)])
/// table.append(["浪潮云", "88.00"])
/// print(table.render())
/// // +--------+-------+
/// // | Vendor | Total |
/// // +--------+-------+
/// // | 浪潮云 | 88.00 |
/// // +--------+-------+
/// ```
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var alignment: TextAlignment

        public init(_ title: String, alignment: TextAlignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; missing cells are left empty, line breaks become spaces and other control
    /// characters are made visible.
    public mutating func append(_ cells: [String]) {
        var row = cells.prefix(columns.count).map { $0.replacingLineBreaks().visibleControls() }
        while row.count < columns.count { row.append("") }
        rows.append(row)
    }

    /// The table, one line per row plus border lines, each ending in a newline.
    public func render() -> String {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index])) }
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
        func line(_ cells: [String], header: Bool) -> String {
            let padded = cells.indices.map { index in
                DisplayWidth.pad(cells[index], to: widths[index], alignment: header ? .left : columns[index].alignment)
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        var text = rule + line(columns.map(\.title), header: true) + rule
        for row in rows { text += line(row, header: false) }
        return text + rule
    }
}

extension String {
    func replacingLineBreaks() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
