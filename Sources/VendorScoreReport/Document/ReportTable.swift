/// A table of the report: column titles, rows of cells, and an optional caption.
struct ReportTable {
    struct Column {
        var title: String
        /// Numbers align right and use tabular figures.
        var numeric: Bool

        init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    struct Row {
        enum Kind: String {
            case normal
            /// A vendor sharing its rank with another (并列).
            case tied
            /// A vendor that failed a gate.
            case excluded
            /// A subheading row spanning the table, such as a criterion group.
            case group
            /// A summary row: maxima or subtotals.
            case summary
        }

        var cells: [Cell]
        var kind: Kind

        init(_ cells: [Cell], kind: Kind = .normal) {
            self.cells = cells
            self.kind = kind
        }
    }

    /// A cell's text, an optional pass/fail mark shown before it, and an optional note shown
    /// smaller below it.
    struct Cell: ExpressibleByStringLiteral {
        enum Mark: String {
            case pass, fail
        }

        var text: String
        var mark: Mark?
        var note: String?

        init(_ text: String, mark: Mark? = nil, note: String? = nil) {
            self.text = text
            self.mark = mark
            self.note = note
        }

        init(stringLiteral value: String) {
            self.init(value)
        }
    }

    var id: String?
    var caption: String?
    var columns: [Column]
    var rows: [Row]
    /// Smaller type, for chart data and wide grids.
    var compact: Bool = false
}
