import Dispatch
import Synchronization

/// Reads bids on other cores while the parser goes on with the file: the parser hands over each
/// bid's nodes as it completes them, and batches of them are turned into ``Bid`` values in
/// parallel. Results and problems come back in file order, whatever order the batches finish in.
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

    /// Waits for every batch and returns the bids and problems in file order.
    func finish() -> ([Bid], [Diagnostic]) {
        if !pending.isEmpty { dispatch() }
        group.wait()
        let batches = results.batches.withLock { $0 }
        var bids: [Bid] = []
        bids.reserveCapacity(count)
        var problems: [Diagnostic] = []
        for number in 0..<self.batches {
            guard let batch = batches[number] else { continue }
            bids += batch.bids
            problems += batch.problems
        }
        return (bids, problems)
    }

    private func dispatch() {
        let nodes = pending
        let first = count - nodes.count
        let number = batches
        pending = []
        pending.reserveCapacity(Self.batchSize)
        batches += 1
        let (file, read, results, slots) = (file, read, results, slots)
        slots.wait()
        DispatchQueue.global().async(group: group) {
            let sink = DiagnosticCollector()
            var bids: [Bid] = []
            bids.reserveCapacity(nodes.count)
            for (offset, node) in nodes.enumerated() {
                let reader = NodeReader(node: node, file: file, parentPath: "bids", component: "[\(first + offset)]", sink: sink)
                if let bid = read(reader) { bids.append(bid) }
            }
            results.batches.withLock { $0[number] = (bids, sink.diagnostics) }
            slots.signal()
        }
    }
}
