import FuzzSupport
@testable import VendorScoreCore

/// The YAML bids loader, three ways: bids read straight from parser events (as `vendorscore`
/// reads them), bids read from their node trees, and the list cut into pieces of one bid parsed
/// on every core must give the same bids and the same problems in the same order. Built with
/// `-enable-testing` (see `run.sh`) to reach the switches.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    let (events, tree) = (load(bytes, events: true), load(bytes, events: false))
    precondition(events.loaded == tree.loaded, "the event reader and the tree reader read different bids")
    precondition(events.problems == tree.problems, "the event reader and the tree reader report differently:\n\(events.problems)\n---\n\(tree.problems)")
    let pieces = load(bytes, events: true, pieceSize: 1)
    precondition(pieces.loaded == events.loaded, "the list cut into pieces reads different bids")
    precondition(pieces.problems == events.problems, "the list cut into pieces reports differently:\n\(pieces.problems)\n---\n\(events.problems)")
    return 0
}

func load(_ bytes: [UInt8], events: Bool, pieceSize: Int = 256) -> (loaded: BidsLoader.Loaded?, problems: [Diagnostic]) {
    var loader = BidsLoader()
    loader.readsEvents = events
    loader.pieceSize = pieceSize
    do throws(DiagnosticList) {
        return (try loader.load(bytes: bytes, file: "bids.yaml"), [])
    } catch {
        return (nil, error.diagnostics)
    }
}
