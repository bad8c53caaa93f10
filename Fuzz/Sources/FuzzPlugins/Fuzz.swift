import FuzzSupport
import VendorScoreExternal

/// The plugins file reader (no program is started: commands are only looked up).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? PluginsFile.load(bytes: FuzzSupport.bytes(data, size), file: "plugins.yaml", directory: "/nonexistent", searchPath: "")
    return 0
}
