import FuzzSupport
@testable import VendorScoreExternal
import VendorScoreCore

/// An external scorer's answers, read as the scorer's standard output: a `validate` answer and a
/// `score` answer for three bids. Built in debug, where the module's internals are testable.
let context: ScoringContext = {
    let bids = ["a", "b", "c"].map { id in
        BidFacts(id: id, name: id, price: 100, evaluationPrice: 100, facts: [:])
    }
    return ScoringContext(criterionID: "pue", maximum: 30, bids: bids)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    _ = try? ExternalResponse.validation(bytes)
    if let awards = try? ExternalResponse.awards(bytes, context: context) {
        precondition(awards.count == 3, "an accepted answer has one award per bid")
    }
    return 0
}
