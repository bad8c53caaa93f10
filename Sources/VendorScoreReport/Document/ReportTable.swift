/// A table of the report: column titles, rows of cells, and an optional caption.
struct ReportTable {
    struct Column {
        var title: String
        /// Numbers align right and use tabular figures.
        var numeric: Bool
        /// How the column's text may wrap: anywhere a line may break, or only between words.
        var wrapping: Wrapping

        init(_ title: String, numeric: Bool = false, wrapping: Wrapping = .text) {
            self.title = title
            self.numeric = numeric
            self.wrapping = wrapping
        }

        /// A column of names of vendors or members, which wrap only at spaces and punctuation.
        static func names(_ title: String) -> Column {
            Column(title, wrapping: .names)
        }

        /// A column of titles (criteria), which wrap only between phrases.
        static func titles(_ title: String) -> Column {
            Column(title, wrapping: .phrases)
        }
    }

    /// Where the lines of a cell may break.
    enum Wrapping {
        /// Running text: wherever the language allows, between any two Chinese characters.
        case text
        /// Titles: between words and phrases (see ``Markup/phrases(_:particles:)``).
        case phrases
        /// Proper names: only at spaces and punctuation.
        case names
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
    /// Shown above the column titles and repeated with them on every printed page the table
    /// continues onto, so a continued table still says whose it is (a vendor, a member).
    var title: String?
    var columns: [Column]
    var rows: [Row]
    /// Smaller type, for chart data and wide grids.
    var compact: Bool = false

    /// Where a printed page may end inside the table: never in a table of up to ``wholeUpTo``
    /// rows (under half a page, it moves whole to the next page rather than split); in a longer
    /// one, before row `index` only when at least `keep` rows stand on each side and none of the
    /// `keep - 1` rows just above is a group heading. So no page ends with a table's heading or a
    /// group heading with fewer than `keep - 1` rows under it, or starts with a few stranded rows.
    ///
    /// ```swift
    /// table.breaks()   // [4, 5, …, rows.count - 4] for a table of 16 rows or more without group rows
    /// ```
    func breaks(keep: Int = 4) -> [Int] {
        guard rows.count > Self.wholeUpTo, rows.count >= 2 * keep else { return [] }
        return (keep...(rows.count - keep)).filter { index in
            !rows[max(0, index - keep + 1)..<index].contains { $0.kind == .group }
        }
    }

    /// The longest table printed whole: 15 rows, a ranking of fourteen bids and its maxima.
    static let wholeUpTo = 15

    /// The rows in runs no page may split, as cut by ``breaks(keep:)``.
    func unbreakableRuns(keep: Int = 4) -> [ArraySlice<Row>] {
        var runs: [ArraySlice<Row>] = []
        var start = 0
        for index in breaks(keep: keep) + [rows.count] {
            runs.append(rows[start..<index])
            start = index
        }
        return runs
    }
}
