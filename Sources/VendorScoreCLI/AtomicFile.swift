import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file all at once or not at all: the text goes to a temporary file in the same
/// directory, which is flushed to disk and then renamed over the destination. A reader never
/// sees a half-written report, and a failure leaves any earlier file untouched.
enum AtomicFile {
    static func save(_ text: String, to path: String) throws(CommandError) {
        try save(bytes: Array(text.utf8), to: path)
    }

    /// Saves `bytes`; with `permissions`, the file gets exactly those (such as 0600 for a private
    /// key) from the moment it exists, whatever the umask.
    static func save(bytes: [UInt8], to path: String, permissions: mode_t? = nil) throws(CommandError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions ?? 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        do throws(CommandError) {
            if let permissions, fchmod(descriptor, permissions) != 0 { throw failure(path) }
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(CommandError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += count
        }
    }

    private static func failure(_ path: String) -> CommandError {
        CommandError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
}
