import CSV

/// Reads bids from CSV, one row per vendor, as Excel saves it: UTF-8 with or without a BOM, or
/// GB18030 (GBK) as Chinese Excel saves plain CSV (see ``CSVText``). The columns and how cells
/// are read are ``BidRowsReader``'s.
///
/// ```csv
/// id,name,price,enterprise_size,sla_availability,cpu_lines,score:solution:E1
/// inspur,浪潮云,9860000,large,99.99%,鲲鹏 | 海光,8.5
/// ```
struct CSVBidsReader {
    let limits: YAMLLimits

    func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> BidsLoader.Loaded {
        func fail(_ message: Phrase, line: Int = 1, column: Int = 1) -> DiagnosticList {
            DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message)])
        }
        if bytes.count > limits.maxBytes { throw fail(Messages.fileTooLarge(bytes.count, limit: limits.maxBytes)) }
        let text: String
        let rows = BidRowsReader()
        switch CSVText.decode(bytes) {
        case .success(let decoded):
            text = decoded.text
            if decoded.encoding == .gb18030 {
                rows.warning(Messages.readAsGB18030, at: SourceLocation(file: file, line: 1, column: 1))
            }
        case .failure(.utf16):
            throw fail(Messages.utf16)
        case .failure(.byte(let byte, let line, let column)):
            throw fail(Messages.undecodable(byte: byte, line: line, column: column), line: line, column: column)
        }
        if text.allSatisfy(\.isWhitespace) { throw fail(Messages.emptyFile) }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw fail(Messages.csvUnreadable("\(error)"))
        }
        let header = reader.headerRow ?? []
        rows.header(header) { SourceLocation(file: file, line: 1, column: $0 + 1) }
        var line = 2 + Self.newlines(in: header)
        while let row = reader.next() {
            let rowLine = line
            line += 1 + Self.newlines(in: row)
            rows.row(row, name: "row \(rowLine)") { SourceLocation(file: file, line: rowLine, column: $0 + 1) }
        }
        if let error = reader.error {
            rows.error(Messages.csvUnreadable("\(error)"), at: SourceLocation(file: file, line: line, column: 1))
        }
        return try rows.finish(file: file)
    }

    private static func newlines(in fields: [String]) -> Int {
        // Line breaks `\n`, `\r\n` and `\r`, counted in bytes rather than characters.
        fields.reduce(0) { count, field in
            var breaks = 0
            var afterReturn = false
            for byte in field.utf8 {
                if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && !afterReturn) { breaks += 1 }
                afterReturn = byte == UInt8(ascii: "\r")
            }
            return count + breaks
        }
    }
}
