import Dispatch
import Synchronization

/// Reads bids on other cores while the parser goes on with the file: the parser hands over each
/// bid's recorded events (or nodes) as it completes them, and batches of them are turned into
/// ``Bid`` values in parallel. Results and problems come back in file order, whatever order the batches finish in.
final class BatchedBidReader {
    private final class Results: Sendable {
        let batches = Mutex<[Int: (bids: [Bid], problems: [Diagnostic])]>([:])
    }

    private static let batchSize = 256

    private let file: String
    private let read: @Sendable (NodeReader) -> Bid?
    private let results = Results()
    private let group = DispatchGroup()
    /// Bounds the batches waiting to be read, so a fast parser cannot pile up the whole file.
    private let slots = DispatchSemaphore(value: 4)
    private var pending: [YAMLNode] = []
    private var batches = 0
    private(set) var count = 0

    init(file: String, read: @escaping @Sendable (NodeReader) -> Bid?) {
        self.file = file
        self.read = read
    }

    func add(_ node: YAMLNode) {
        pending.append(node)
        count += 1
        if pending.count == Self.batchSize { dispatch() }
    }

    /// A batch of bids recorded as parser events: each is read straight from its events, or
    /// from its tree when the event reader leaves it to the tree reader (see ``BidEventReader``).
    func add(_ events: YAMLEvents) {
        let first = count
        count += events.items.count
        let (file, read) = (file, read)
        submit { sink in Self.bids(events, first: first, file: file, sink: sink, read: read) }
    }

    /// The bids of recorded events, the first of them item `first` of the list.
    fileprivate static func bids(_ events: YAMLEvents, first: Int, file: String, sink: DiagnosticCollector,
                             read: (NodeReader) -> Bid?) -> [Bid] {
        var reader = BidEventReader(file: file)
        var bids: [Bid] = []
        bids.reserveCapacity(events.items.count)
        for (offset, start) in events.items.enumerated() {
            if let bid = reader.read(events, at: start) {
                bids.append(bid)
            } else if let bid = read(NodeReader(node: events.node(at: start), file: file, parentPath: "bids",
                                                component: "[\(first + offset)]", sink: sink)) {
                bids.append(bid)
            }
        }
        return bids
    }

    /// Waits for every batch and returns the bids and problems in file order.
    func finish() -> ([Bid], [Diagnostic]) {
        if !pending.isEmpty { dispatch() }
        group.wait()
        return Self.inOrder(results.batches.withLock { $0 }, count: count)
    }

    /// The batches' bids and problems in the order of their numbers.
    fileprivate static func inOrder(_ batches: [Int: (bids: [Bid], problems: [Diagnostic])], count: Int) -> ([Bid], [Diagnostic]) {
        var bids: [Bid] = []
        bids.reserveCapacity(count)
        var problems: [Diagnostic] = []
        for number in batches.keys.sorted() {
            bids += batches[number]!.bids
            problems += batches[number]!.problems
        }
        return (bids, problems)
    }

    private func dispatch() {
        let nodes = pending
        let first = count - nodes.count
        pending = []
        pending.reserveCapacity(Self.batchSize)
        let (file, read) = (file, read)
        submit { sink in
            var bids: [Bid] = []
            bids.reserveCapacity(nodes.count)
            for (offset, node) in nodes.enumerated() {
                let reader = NodeReader(node: node, file: file, parentPath: "bids", component: "[\(first + offset)]", sink: sink)
                if let bid = read(reader) { bids.append(bid) }
            }
            return bids
        }
    }

    /// Runs one batch on another core, keeping its bids and problems under the batch's number.
    private func submit(_ work: @escaping @Sendable (DiagnosticCollector) -> [Bid]) {
        let number = batches
        batches += 1
        let (results, slots) = (results, slots)
        slots.wait()
        DispatchQueue.global().async(group: group) {
            let sink = DiagnosticCollector()
            let bids = work(sink)
            results.batches.withLock { $0[number] = (bids, sink.diagnostics) }
            slots.signal()
        }
    }
}

/// Reads the pieces of a list parsed on every core (see
/// ``YAMLParser/parseInPieces(_:limits:recordingItemsOf:pieceSize:_:)``): each piece is read on
/// the thread that parsed it, and its bids kept under the piece's number.
final class PieceBidReader: Sendable {
    private let file: String
    private let read: @Sendable (NodeReader) -> Bid?
    private let pieces = Mutex<[Int: (bids: [Bid], problems: [Diagnostic])]>([:])

    init(file: String, read: @escaping @Sendable (NodeReader) -> Bid?) {
        self.file = file
        self.read = read
    }

    /// Reads piece number `piece`, whose first item is item `first` of the list.
    func read(_ events: YAMLEvents, piece: Int, first: Int) {
        let sink = DiagnosticCollector()
        let bids = BatchedBidReader.bids(events, first: first, file: file, sink: sink, read: read)
        pieces.withLock { $0[piece] = (bids, sink.diagnostics) }
    }

    /// The bids and problems of every piece, in file order.
    func finish(count: Int) -> ([Bid], [Diagnostic]) {
        BatchedBidReader.inOrder(pieces.withLock { $0 }, count: count)
    }
}
