import FuzzSupport
import VendorScoreCore
import VendorScoreRecord

/// The record reader and its checks, as `verify`, `explain --record` and `report --record` run
/// them; an intact record's result is also rendered as `explain --record` shows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if case .success(let intact) = RecordCheck.read(FuzzSupport.bytes(data, size)) {
        _ = intact.record.sealed.document
    }
    return 0
}
