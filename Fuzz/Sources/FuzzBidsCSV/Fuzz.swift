import FuzzSupport
import VendorScoreCore

/// The CSV bids loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? BidsLoader().load(bytes: FuzzSupport.bytes(data, size), file: "bids.csv")
    return 0
}
