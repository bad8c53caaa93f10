import CSV
import Crypto
import VendorScoreCore
import VendorScoreOutput
import VendorScoreSpreadsheet

/// A digest of what an input file says rather than how it is written, so a re-indented or
/// re-saved file can be recognised as "same content, different bytes".
///
/// - YAML (`yaml-tree@1`): the parsed node tree, mapping keys sorted, comments and layout gone.
///   A scalar counts by what VendorScore reads in it: plain, quoted and block text are the same
///   text; a plain number, percentage, duration or boolean counts by its exact value, so
///   `12_000_000` and `12000000` are the same, and differs from the same characters quoted
///   (`"12"` is text); every spelling of null is the same.
/// - CSV (`csv-rows@1`): the parsed rows and cells, without a byte-order mark, quoting, line
///   endings or encoding (UTF-8 and GB18030 files with the same text are the same); rows whose
///   cells are all empty are skipped, as the bids reader skips them.
/// - Workbooks (`xlsx-cells@1`): the sheet's name and every cell with a value, by row and column,
///   as the workbook reader reads it (see `XLSXBidsReader.Cells`), and the cells it cannot read;
///   styles, widths, zip layout and other parts do not count.
///
/// ```swift
/// let digest = try ContentDigest.of(bytes, format: .yaml)
/// print(digest.method, digest.sha256)   // yaml-tree@1 3f2a…
/// ```
public struct ContentDigest: Sendable, Equatable {
    public var method: String
    public var sha256: String

    public static let yamlMethod = "yaml-tree@1"
    public static let csvMethod = "csv-rows@1"
    public static let xlsxMethod = "xlsx-cells@1"

    /// Why a file's content could not be read for a digest.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func of(_ bytes: [UInt8], format: InputFormat) throws(Unreadable) -> ContentDigest {
        var writer = Writer()
        switch format {
        case .yaml:
            // A bids file's list of bids streams out of the parser one bid at a time, each
            // written out as it comes, so ten thousand bids never stand as a tree at once; their
            // bytes go in where the list stands among the root's sorted keys.
            var items = Writer(hashing: false)
            var count = 0
            let root: YAMLNode?
            do {
                root = try YAMLParser.parse(bytes, streamingItemsOf: Self.streamedKey) { item in
                    items.node(item)
                    count += 1
                }
            } catch {
                throw Unreadable(description: "not readable as YAML: \(error)")
            }
            if let root { writer.node(root, streamed: (count, items.pieces)) } else { writer.token("empty") }
            return ContentDigest(method: yamlMethod, sha256: writer.digest)
        case .csv:
            guard case .success(let (text, _)) = CSVText.decode(bytes) else { throw Unreadable(description: "not UTF-8 or GB18030 text") }
            let reader: CSVReader
            do {
                reader = try CSVReader(string: text, hasHeaderRow: false)
            } catch {
                throw Unreadable(description: "not readable as CSV: \(error)")
            }
            while let row = reader.next() {
                if row.allSatisfy(\.isEmpty) { continue }
                writer.token("row")
                writer.count(row.count)
                for cell in row { writer.text(cell) }
            }
            if let error = reader.error { throw Unreadable(description: "not readable as CSV: \(error)") }
            return ContentDigest(method: csvMethod, sha256: writer.digest)
        case .xlsx:
            let cells: XLSXBidsReader.Cells
            do {
                cells = try XLSXBidsReader().cells(bytes: bytes)
            } catch {
                throw Unreadable(description: "not readable as a workbook: " + PhraseText(.en).render(error.message))
            }
            writer.token("sheet")
            writer.text(cells.sheet)
            writer.count(cells.rows.count)
            for row in cells.rows {
                writer.count(row.row)
                writer.count(row.cells.count)
                for cell in row.cells {
                    writer.count(cell.column)
                    writer.text(cell.text)
                }
            }
            writer.count(cells.problems.count)
            for problem in cells.problems {
                writer.count(problem.row)
                writer.count(problem.column)
                // In English, the words digests have always been made of.
                writer.text(PhraseText(.en).render(problem.message))
            }
            return ContentDigest(method: xlsxMethod, sha256: writer.digest)
        }
    }

    /// The root key whose list is read item by item: the bids of a bids file.
    private static let streamedKey = "bids"

    /// An unambiguous serialisation: every text is length-prefixed, every collection counted.
    /// It is hashed in pieces of 64 KiB as it grows, or, without `hashing`, kept as such pieces:
    /// a list of ten thousand bids is kept at its size, not in an array that doubles as it grows.
    private struct Writer {
        private static let pieceSize = 1 << 16
        private var hasher: SHA256?
        private var bytes: [UInt8] = []
        private var full: [[UInt8]] = []

        init(hashing: Bool = true) {
            hasher = hashing ? SHA256() : nil
            bytes.reserveCapacity(Self.pieceSize)
        }

        /// What was written, in order, when not hashing.
        var pieces: [[UInt8]] {
            bytes.isEmpty ? full : full + [bytes]
        }

        /// A string's UTF-8 bytes, copied from its storage at once rather than one by one.
        private mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
            if bytes.count >= Self.pieceSize { flush() }
        }

        private mutating func flush() {
            guard !bytes.isEmpty else { return }
            if hasher != nil {
                hasher?.update(data: bytes)
                bytes.removeAll(keepingCapacity: true)
            } else {
                full.append(bytes)
                bytes = []
                bytes.reserveCapacity(Self.pieceSize)
            }
        }

        /// Pieces written by another writer, placed here in order.
        private mutating func append(pieces: [[UInt8]]) {
            for piece in pieces {
                flush()
                if hasher != nil { hasher?.update(data: piece) } else { full.append(piece) }
            }
        }

        mutating func token(_ word: String) {
            append(word)
            bytes.append(0x3A)
        }

        mutating func count(_ number: Int) {
            // Up to two digits written straight in, not made a string first: every text of
            // every bid is counted, and almost every count is that short.
            guard (0..<100).contains(number) else { return token(String(number)) }
            if number >= 10 { bytes.append(UInt8(ascii: "0") + UInt8(number / 10)) }
            bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
            bytes.append(0x3A)
        }

        mutating func text(_ value: String) {
            count(value.utf8.count)
            append(value)
        }

        /// Writes `node`; at the root, the list under ``ContentDigest/streamedKey`` is the
        /// `streamed` items' count and bytes (the parser left the list in the tree empty).
        mutating func node(_ node: YAMLNode, streamed: (count: Int, pieces: [[UInt8]])? = nil) {
            token("tag")
            text(node.tag ?? "")
            switch node.content {
            case .scalar(let value, let style):
                scalar(value, typed: style.isPlain && node.tag == nil, null: node.isNull)
            case .sequence(let items):
                token("list")
                count(items.count + (streamed?.count ?? 0))
                for item in items { self.node(item) }
                if let streamed { append(pieces: streamed.pieces) }
            case .mapping(let pairs):
                token("map")
                count(pairs.count)
                // Keys are unique (the parser rejects repeats), so sorting by their bytes is total.
                // Positions are sorted rather than the pairs, which would be copied at each move.
                for position in pairs.indices.sorted(by: { pairs[$0].name.precedesInUTF8(pairs[$1].name) }) {
                    let pair = pairs[position]
                    text(pair.name)
                    // Only the root has streamed items; no other key is compared with their list's.
                    self.node(pair.value, streamed: streamed != nil && pair.name == ContentDigest.streamedKey ? streamed : nil)
                }
            }
        }

        /// A plain scalar is typed as bids and parameters are; a value that does not type (such
        /// as a negative number) keeps its characters.
        mutating func scalar(_ value: String, typed: Bool, null: Bool) {
            if null { return token("null") }
            switch typed ? (try? FactValue.parse(value)) : .text(value) {
            case .text?:
                token("text")
                text(value)
            case let fact?:
                token(fact.kind.rawValue)
                text(fact.magnitude?.description ?? fact.description)
            case nil:
                token("plain")
                text(value)
            }
        }

        var digest: String {
            mutating get {
                flush()
                return SHA256Hex.hex(hasher!.finalize())
            }
        }
    }
}
