import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VendorScoreCore

/// Writes a file all at once or not at all: the text goes to a temporary file in the same
/// directory, which is flushed to disk and then renamed over the destination. A reader never
/// sees a half-written report, and a failure leaves any earlier file untouched.
///
/// A destination that is a symbolic link is written through: the file it points to is replaced
/// and the link stays a link. A file that already exists keeps its permissions (a report kept
/// private with mode 600 stays 600).
enum AtomicFile {
    static func save(_ text: String, to path: String) throws(CommandError) {
        try save(bytes: Array(text.utf8), to: path)
    }

    /// Saves `bytes`; with `permissions`, the file gets exactly those (such as 0600 for a private
    /// key) from the moment it exists, whatever the umask.
    static func save(bytes: [UInt8], to path: String, permissions: mode_t? = nil) throws(CommandError) {
        let destination = try resolvedDestination(path)
        var existing = stat()
        let mode = permissions ?? (stat(destination, &existing) == 0 ? existing.st_mode & 0o7777 : nil)
        let url = URL(fileURLWithPath: destination)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        do throws(CommandError) {
            if let mode, fchmod(descriptor, mode) != 0 { throw failure(path) }
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0, rename(temporary, destination) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// The file to replace: `path` itself, or the file a symbolic link at `path` points to.
    private static func resolvedDestination(_ path: String) throws(CommandError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if errno == ELOOP { throw CLIMessages.cannotWrite(path, reason: UnreadableFile.reason(path)) }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        throw CLIMessages.danglingLink(path, target: target)
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
        CLIMessages.cannotWrite(path, reason: String(cString: strerror(errno)))
    }
}
