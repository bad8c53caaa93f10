import CSV

/// Reads bids from CSV, one row per vendor, as Excel saves it (UTF-8, with or without a BOM).
///
/// Columns: `id`, `name`, `price`; optionally `enterprise_size`, `small_share`,
/// `domestic_share`; committee scores as `score:<criterion>:<evaluator>`; every other column is
/// a fact. Cells are typed like unquoted YAML values (`99.95%`, `4h`, `true`, `12`); a list is
/// written `鲲鹏 | 海光`. An empty cell means the bid does not state that fact.
///
/// ```csv
/// id,name,price,enterprise_size,sla_availability,cpu_lines,score:solution:E1
/// inspur,浪潮云,9860000,large,99.99%,鲲鹏 | 海光,8.5
/// ```
struct CSVBidsReader {
    static let identityColumns = ["id", "name", "price"]
    static let declarationColumns = ["enterprise_size", "small_share", "domestic_share"]

    let limits: YAMLLimits

    func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        let sink = DiagnosticCollector()
        if bytes.count > limits.maxBytes {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                             Messages.fileTooLarge(bytes.count, limit: limits.maxBytes))])
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, mark: UTF8Validation.firstInvalid(in: body) ?? Mark(line: 1, column: 1)),
                                             Messages.invalidUTF8)])
        }
        if text.allSatisfy(\.isWhitespace) {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), Messages.emptyFile)])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "\(error)")])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces() }
        let columns = readHeader(header, file: file, sink: sink)
        var line = 2 + Self.newlines(in: header)
        var bids: [Bid] = []
        while let row = reader.next() {
            let rowLine = line
            line += 1 + Self.newlines(in: row)
            if row.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            if let bid = readRow(row, line: rowLine, header: header, columns: columns, file: file, sink: sink) {
                bids.append(bid)
            }
        }
        if let error = reader.error {
            sink.error(at: SourceLocation(file: file, line: line, column: 1), path: "", "\(error)")
        }
        if bids.isEmpty && !sink.hasErrors {
            sink.error(at: SourceLocation(file: file, line: 1, column: 1), path: "", Messages.noBids)
        }
        BidsLoader.checkUniqueVendors(bids, sink: sink)
        try sink.throwIfErrors()
        return BidsLoader.Loaded(bids: bids)
    }

    private enum Column {
        case identity, declaration, fact, score(criterion: String, evaluator: String)
    }

    private func readHeader(_ header: [String], file: String, sink: DiagnosticCollector) -> [Column?] {
        var seen = Set<String>()
        for (index, name) in header.enumerated() where !seen.insert(name).inserted {
            sink.error(at: SourceLocation(file: file, line: 1, column: index + 1), path: name, Messages.csvDuplicateColumn(name))
        }
        for required in Self.identityColumns where !header.contains(required) {
            sink.error(at: SourceLocation(file: file, line: 1, column: 1), path: "", Messages.csvMissingColumn(required))
        }
        return header.enumerated().map { index, name -> Column? in
            if Self.identityColumns.contains(name) { return .identity }
            if Self.declarationColumns.contains(name) { return .declaration }
            if name.hasPrefix("score:") {
                let parts = name.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty else {
                    sink.error(at: SourceLocation(file: file, line: 1, column: index + 1), path: name, Messages.csvScoreColumn(name))
                    return nil
                }
                return .score(criterion: String(parts[1]), evaluator: String(parts[2]))
            }
            return .fact
        }
    }

    private func readRow(_ row: [String], line: Int, header: [String], columns: [Column?], file: String,
                         sink: DiagnosticCollector) -> Bid? {
        func location(_ index: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: index + 1) }
        guard row.count == header.count else {
            sink.error(at: location(0), path: "row \(line)", Messages.csvRowLength(found: row.count, expected: header.count))
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
                    sink.error(at: location(index), path: name, Messages.expected("a number of 0 or more", found: "'\(text)'"))
                }
            }
        }
        var missing = false
        for name in Self.identityColumns where cells[name] == nil && header.contains(name) {
            sink.error(at: location(header.firstIndex(of: name)!), path: name, Messages.missingKey(name))
            missing = true
        }
        guard !missing, let id = cells["id"], let name = cells["name"], let priceCell = cells["price"] else { return nil }
        guard let price = Rational(decimal: priceCell.text), price > 0 else {
            sink.error(at: location(priceCell.index), path: "price", Messages.expected("a price above 0", found: "'\(priceCell.text)'"))
            return nil
        }
        var declarations = Declarations()
        if let size = cells["enterprise_size"] {
            declarations.enterpriseSize = EnterpriseSize(rawValue: size.text)
            if declarations.enterpriseSize == nil {
                sink.error(at: location(size.index), path: "enterprise_size",
                           Messages.expected("one of " + EnterpriseSize.allCases.map(\.rawValue).joined(separator: ", "), found: "'\(size.text)'"))
            }
        }
        declarations.smallEnterpriseShare = percentCell(cells["small_share"], "small_share", location, sink)
        declarations.domesticShare = percentCell(cells["domestic_share"], "domestic_share", location, sink)
        return Bid(id: id.text, name: name.text, price: price, declarations: declarations, facts: FactTable(facts),
                   evaluatorScores: scores, location: location(0), priceLocation: location(priceCell.index))
    }

    private func percentCell(_ cell: (text: String, index: Int)?, _ name: String, _ location: (Int) -> SourceLocation,
                             _ sink: DiagnosticCollector) -> Rational? {
        guard let cell else { return nil }
        if case .percent(let value)? = try? FactReader.cell(cell.text) { return value }
        sink.error(at: location(cell.index), path: name, Messages.expected("a percentage such as 30%", found: "'\(cell.text)'"))
        return nil
    }

    private static func newlines(in fields: [String]) -> Int {
        fields.reduce(0) { count, field in count + field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) } }
    }
}
