import Foundation

/// The process's standard output or standard error.
///
/// ```swift
/// StandardStream.error.write("warning: …\n")
/// ```
public enum StandardStream: TextOutput {
    case output, error

    public func write(_ text: String) {
        write(utf8: Array(text.utf8))
    }

    public func write(utf8 bytes: [UInt8]) {
        let handle = self == .output ? FileHandle.standardOutput : FileHandle.standardError
        // A closed pipe (`vendorscore … | head`) is not worth a crash.
        try? handle.write(contentsOf: bytes)
    }
}
