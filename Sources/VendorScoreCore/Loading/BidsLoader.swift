/// Loads bids from a YAML file (or, by extension, a CSV file; see ``CSVBidsReader``).
///
/// ```yaml
/// format: vendorscore/bids@1
/// tender: gov-cloud-2026
/// bids:
///   - id: inspur
///     name: 浪潮云
///     price: 9860000
///     declarations: { enterprise_size: large }
///     facts: { sla_availability: 99.99%, rto: 15min, mlps_level: 3 }
///     scores:
///       solution-design: { E1: 8.5, E2: 9, E3: 8 }
/// ```
///
/// Loading checks the file on its own (structure, types, repeated vendor ids). Checking the
/// bids against a rubric is ``BidChecker``'s job.
public struct BidsLoader: Sendable {
    public static let format = "vendorscore/bids@1"
    static let bidKeys = ["id", "name", "price", "declarations", "facts", "scores"]

    public var limits: YAMLLimits
    /// Whether bids are read straight from parser events (see ``BidEventReader``); false reads
    /// every bid from its node tree, the reference the event reader is tested against.
    var readsEvents = true
    /// Items to a piece when a long list is parsed on every core; smaller in tests, to cut short files.
    var pieceSize = 256

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The bids, the tender id the file names, if any, and warnings about how it was read.
    public struct Loaded: Sendable, Equatable {
        public var bids: [Bid]
        public var tender: String?
        public var tenderLocation: SourceLocation?
        /// Such as a CSV file read as GB18030 rather than UTF-8.
        public var warnings: [Diagnostic]

        /// Bids read by a loader of its own, such as the workbook reader:
        /// `BidsLoader.Loaded(bids: bids, warnings: warnings)`.
        public init(bids: [Bid], tender: String? = nil, tenderLocation: SourceLocation? = nil, warnings: [Diagnostic] = []) {
            self.bids = bids
            self.tender = tender
            self.tenderLocation = tenderLocation
            self.warnings = warnings
        }
    }

    public func load(path: String) throws(DiagnosticList) -> Loaded {
        try load(bytes: SourceDocument.read(path: path), file: path)
    }

    /// The first line, shortened, when the bytes look like a CSV file rather than YAML: a first
    /// line of several comma-separated names and no `key: value`, as a spreadsheet saves it.
    static func csvHeader(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let end = bytes[start...].prefix(4096).firstIndex(where: { $0 == 10 || $0 == 13 }) ?? min(bytes.count, start + 4096)
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        guard line.split(separator: ",", omittingEmptySubsequences: false).count >= 3, !line.contains(": "),
              let first = line.first, !"#-{[\"'".contains(first) else { return nil }
        return line.count > 60 ? line.prefix(60) + "…" : line
    }

    /// Reads YAML, or CSV when the file name ends in `.csv`.
    public func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> Loaded {
        if file.lowercased().hasSuffix(".csv") {
            return try CSVBidsReader(limits: limits).load(bytes: bytes, file: file)
        }
        if let header = Self.csvHeader(bytes) {
            throw DiagnosticList([Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), Messages.looksLikeCSV(header),
                                             hint: Messages.nameItCSV)])
        }
        let sink = DiagnosticCollector()
        var loaded = Loaded(bids: [])
        let read = { @Sendable (item: NodeReader) -> Bid? in readBid(item) }
        let (bids, problems, root, streamed) = readsEvents
            ? readInPieces(bytes, file: file, sink: sink, read: read) ?? readInBatches(bytes, file: file, sink: sink, read: read)
            : readTrees(bytes, file: file, sink: sink, read: read)
        loaded.bids = bids
        for problem in problems { sink.add(problem) }
        if let root, let map = root.mapping(allowed: ["format", "tender", "note", "bids"], required: ["format", "bids"]) {
            if let format = map.optional("format"), let text = format.string(), text != Self.format {
                format.error(Messages.formatVersion(text, expected: Self.format))
            }
            if let tender = map.optional("tender") {
                loaded.tender = tender.identifier()
                loaded.tenderLocation = tender.location
            }
            _ = map.optional("note")?.string()
            if let bids = map.required("bids") {
                if bids.node.sequenceValue == nil {
                    bids.error(Messages.expected(.list, found: bids.node))
                } else if streamed == 0 {
                    bids.error(Messages.emptyList)
                }
            }
        }
        BidsLoader.checkUniqueVendors(loaded.bids, sink: sink)
        try sink.throwIfErrors()
        loaded.warnings = sink.diagnostics
        return loaded
    }

    /// Bids, the problems found in them, the file's root and the number of items in its list.
    private typealias Read = (bids: [Bid], problems: [Diagnostic], root: NodeReader?, items: Int)

    /// A long list of plain layout is cut into pieces, each parsed, recorded as events and read
    /// on a core of its own. `nil` when the file is not cut (see ``YAMLParser/parseInPieces(_:limits:recordingItemsOf:pieceSize:_:)``).
    private func readInPieces(_ bytes: [UInt8], file: String, sink: DiagnosticCollector,
                              read: @escaping @Sendable (NodeReader) -> Bid?) -> Read? {
        let reader = PieceBidReader(file: file, read: read)
        let size = pieceSize
        guard case .parsed(let root, let items) = YAMLParser.parseInPieces(bytes, limits: limits, recordingItemsOf: "bids", pieceSize: size,
                                                                           { piece, events in reader.read(events, piece: piece, first: piece * size) })
        else { return nil }
        let (bids, problems) = reader.finish(count: items)
        return (bids, problems, SourceDocument.reader(root, file: file, sink: sink), items)
    }

    /// Bids are handed over in batches as the parser completes them and read on another core
    /// while it parses on, so the whole file's node tree never sits in memory. They are recorded
    /// as events and read without a tree, unless they use anchors or aliases.
    private func readInBatches(_ bytes: [UInt8], file: String, sink: DiagnosticCollector,
                               read: @escaping @Sendable (NodeReader) -> Bid?) -> Read {
        let reader = BatchedBidReader(file: file, read: read)
        let (root, needsTree) = SourceDocument.parse(bytes, file: file, sink: sink, limits: limits, recordingItemsOf: "bids") { reader.add($0) }
        guard !needsTree else {
            _ = reader.finish()
            return readTrees(bytes, file: file, sink: sink, read: read)
        }
        let (bids, problems) = reader.finish()
        return (bids, problems, root, reader.count)
    }

    /// Every bid read from its node tree, streamed from the parser in batches.
    private func readTrees(_ bytes: [UInt8], file: String, sink: DiagnosticCollector,
                           read: @escaping @Sendable (NodeReader) -> Bid?) -> Read {
        let reader = BatchedBidReader(file: file, read: read)
        let root = SourceDocument.parse(bytes, file: file, sink: sink, limits: limits, streamingItemsOf: "bids") { item in
            reader.add(item.node)
        }
        let (bids, problems) = reader.finish()
        return (bids, problems, root, reader.count)
    }

    static func checkUniqueVendors(_ bids: [Bid], sink: DiagnosticCollector) {
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(bids.count)
        for bid in bids {
            if let first = seen[bid.id] {
                sink.error(at: bid.location, path: "bids", Messages.duplicateVendor(bid.id, first: first))
            } else {
                seen[bid.id] = bid.location
            }
        }
    }

    func readBid(_ node: NodeReader) -> Bid? {
        guard let map = node.mapping(allowed: Self.bidKeys, required: ["id", "name", "price"]) else { return nil }
        let id = map.required("id")?.identifier()
        let name = map.required("name")?.string()
        let priceNode = map.required("price")
        let price = priceNode?.amount()
        let declarations = map.optional("declarations").map(Self.readDeclarations) ?? Declarations()
        var facts: [(String, Fact)] = []
        if let factsNode = map.optional("facts") {
            if let pairs = factsNode.node.mappingValue {
                // The hot loop of a large bids file: read each value directly and build a reader
                // (with its key path) only to report a problem.
                facts.reserveCapacity(pairs.count)
                for pair in pairs {
                    let mark = SourceLocation(file: node.file, mark: pair.value.mark)
                    do {
                        facts.append((pair.name, Fact(try FactReader.value(of: pair.value), at: mark)))
                    } catch {
                        factsNode.child(pair.value, pair.name).error(error.message)
                    }
                }
            } else {
                factsNode.error(Messages.expected(.mapping, found: factsNode.node))
            }
        }
        var scores: [String: [String: EvaluatorScore]] = [:]
        for criterion in map.optional("scores")?.entries() ?? [] {
            var byEvaluator: [String: EvaluatorScore] = [:]
            for evaluator in criterion.value.entries() ?? [] {
                if let points = evaluator.value.number() {
                    byEvaluator[evaluator.key] = EvaluatorScore(points, at: evaluator.value.location)
                }
            }
            scores[criterion.key] = byEvaluator
        }
        guard let id, let name, let price, let priceNode else { return nil }
        return Bid(id: id, name: name, price: price, declarations: declarations, facts: FactTable(facts),
                   evaluatorScores: scores, location: node.location, priceLocation: priceNode.location)
    }

    static func readDeclarations(_ node: NodeReader) -> Declarations {
        guard let map = node.mapping(allowed: ["enterprise_size", "small_share", "domestic_share"]) else { return Declarations() }
        return Declarations(enterpriseSize: map.optional("enterprise_size")?.choice(EnterpriseSize.self),
                            smallEnterpriseShare: map.optional("small_share")?.percent(),
                            domesticShare: map.optional("domestic_share")?.percent())
    }
}
