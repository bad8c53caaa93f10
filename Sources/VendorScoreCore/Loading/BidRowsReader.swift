/// Turns a table of bids, one row per vendor under a header row, into ``Bid`` values: the rules
/// every tabular bids file follows, whether it came from CSV or a spreadsheet.
///
/// Columns: `id`, `name`, `price`; optionally `enterprise_size`, `small_share`,
/// `domestic_share`; committee scores as `score:<criterion>:<evaluator>`; every other column is
/// a fact. Cells are typed like unquoted YAML values (`99.95%`, `4h`, `true`, `12`); a list is
/// written `鲲鹏 | 海光`; the price is read as an amount (``WrittenAmount``). An empty cell means
/// the bid does not state that fact. Every problem is reported at its cell, and reading goes on.
///
/// ```swift
/// let reader = BidRowsReader()
/// reader.header(["id", "name", "price"]) { SourceLocation(file: "bids.csv", line: 1, column: $0 + 1) }
/// reader.row(["inspur", "浪潮云", "9,860,000"]) { SourceLocation(file: "bids.csv", line: 2, column: $0 + 1) }
/// let loaded = try reader.finish(file: "bids.csv")
/// ```
public final class BidRowsReader {
    static let identityColumns = ["id", "name", "price"]
    static let declarationColumns = ["enterprise_size", "small_share", "domestic_share"]

    private enum Column {
        case identity, declaration, fact, score(criterion: String, evaluator: String)
    }

    private let sink = DiagnosticCollector()
    private var header: [String] = []
    private var columns: [Column?] = []
    private var bids: [Bid] = []
    /// The facts of the row read before, whose names the next row shares when it states the
    /// same facts: a table of ten thousand rows then holds one set of names.
    private var previousFacts: FactTable?

    public init() {}

    /// A warning about the whole table, such as how its file was decoded.
    public func warning(_ message: Phrase, at location: SourceLocation) {
        sink.warning(at: location, path: "", message)
    }

    /// An error about the whole table, such as a file that cannot be parsed.
    public func error(_ message: Phrase, at location: SourceLocation) {
        sink.error(at: location, path: "", message)
    }

    /// Reads the header row; `location` gives the place of the cell at a 0-based column index.
    public func header(_ names: [String], location: (Int) -> SourceLocation) {
        let header = names.map { $0.trimmingSpaces() }
        self.header = header
        var seen = Set<String>()
        for (index, name) in header.enumerated() where !seen.insert(name).inserted {
            sink.error(at: location(index), path: name, Messages.csvDuplicateColumn(name))
        }
        for required in Self.identityColumns where !header.contains(required) {
            sink.error(at: location(0), path: "", Messages.csvMissingColumn(required))
        }
        columns = header.enumerated().map { index, name -> Column? in
            if Self.identityColumns.contains(name) { return .identity }
            if Self.declarationColumns.contains(name) { return .declaration }
            if name.hasPrefix("score:") {
                let parts = name.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty else {
                    sink.error(at: location(index), path: name, Messages.csvScoreColumn(name))
                    return nil
                }
                return .score(criterion: String(parts[1]), evaluator: String(parts[2]))
            }
            return .fact
        }
    }

    /// Reads one vendor's row; a row of empty cells is skipped. `name` names the row in a
    /// message about the row as a whole, such as `row 7`.
    public func row(_ row: [String], name: String, location: (Int) -> SourceLocation) {
        if row.allSatisfy({ $0.trimmingSpaces().isEmpty }) { return }
        if let bid = read(row, name: name, location: location) { bids.append(bid) }
    }

    /// The bids read, or every problem found.
    public func finish(file: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        if bids.isEmpty && !sink.hasErrors {
            sink.error(at: SourceLocation(file: file, line: 1, column: 1), path: "", Messages.noBids)
        }
        BidsLoader.checkUniqueVendors(bids, sink: sink)
        try sink.throwIfErrors()
        return BidsLoader.Loaded(bids: bids, warnings: sink.diagnostics)
    }

    private func read(_ row: [String], name rowName: String, location: (Int) -> SourceLocation) -> Bid? {
        guard row.count == header.count else {
            sink.error(at: location(0), path: rowName, Messages.csvRowLength(found: row.count, expected: header.count))
            return nil
        }
        var cells: [String: (text: String, index: Int)] = [:]
        var facts: [(String, Fact)] = []
        var scores: [String: [String: EvaluatorScore]] = [:]
        for (index, raw) in row.enumerated() {
            let text = raw.trimmingSpaces()
            let name = header[index]
            guard !text.isEmpty, let column = columns[index] else { continue }
            switch column {
            case .identity, .declaration:
                cells[name] = (text, index)
            case .fact:
                do {
                    facts.append((name, Fact(try FactReader.cell(text), at: location(index))))
                } catch {
                    sink.error(at: location(index), path: name, error.message)
                }
            case .score(let criterion, let evaluator):
                if let points = Rational(decimal: text), !points.isNegative {
                    scores[criterion, default: [:]][evaluator] = EvaluatorScore(points, at: location(index))
                } else {
                    sink.error(at: location(index), path: name, Messages.expected(.zeroOrMore, found: Messages.quoted(text)))
                }
            }
        }
        var missing = false
        for name in Self.identityColumns where cells[name] == nil && header.contains(name) {
            sink.error(at: location(header.firstIndex(of: name)!), path: name, Messages.missingKey(name))
            missing = true
        }
        guard !missing, let id = cells["id"], let name = cells["name"], let priceCell = cells["price"] else { return nil }
        let price: Rational
        do {
            price = try WrittenAmount.read(priceCell.text)
        } catch {
            sink.error(at: location(priceCell.index), path: "price", Messages.amount(error))
            return nil
        }
        guard price > 0 else {
            sink.error(at: location(priceCell.index), path: "price", Messages.priceNotPositive(priceCell.text))
            return nil
        }
        var declarations = Declarations()
        if let size = cells["enterprise_size"] {
            declarations.enterpriseSize = EnterpriseSize(rawValue: size.text)
            if declarations.enterpriseSize == nil {
                sink.error(at: location(size.index), path: "enterprise_size",
                           Messages.expected(.oneOf(EnterpriseSize.allCases.map(\.rawValue)), found: Messages.quoted(size.text)))
            }
        }
        declarations.smallEnterpriseShare = percentCell(cells["small_share"], "small_share", location)
        declarations.domesticShare = percentCell(cells["domestic_share"], "domestic_share", location)
        let table = FactTable(facts, sharing: previousFacts)
        previousFacts = table
        return Bid(id: id.text, name: name.text, price: price, declarations: declarations, facts: table,
                   evaluatorScores: scores, location: location(0), priceLocation: location(priceCell.index))
    }

    private func percentCell(_ cell: (text: String, index: Int)?, _ name: String, _ location: (Int) -> SourceLocation) -> Rational? {
        guard let cell else { return nil }
        if case .percent(let value)? = try? FactReader.cell(cell.text) { return value }
        sink.error(at: location(cell.index), path: name, Messages.expected(.percentage(example: "30%"), found: Messages.quoted(cell.text)))
        return nil
    }
}
