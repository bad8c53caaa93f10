import FuzzSupport
import VendorScoreCore

/// The YAML parser and the rubric loader: any bytes give a rubric or diagnostics, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    _ = try? YAMLParser.parse(bytes)
    _ = try? RubricLoader(registry: FuzzSupport.registry).load(bytes: bytes, file: "rubric.yaml")
    return 0
}
