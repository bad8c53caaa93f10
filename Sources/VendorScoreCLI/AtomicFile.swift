import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VendorScoreCore
import VendorScoreOutput

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
        let file = try Temporary(beside: path, permissions: permissions)
        do throws(CommandError) {
            try writeAll(bytes, to: file.descriptor, path: path)
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
    }

    /// Saves what `body` hands to its `write` in pieces, such as a renderer writing one vendor at a
    /// time: the file's content never sits in memory whole. Nothing is written when `body` throws.
    ///
    /// ```swift
    /// try AtomicFile.save(to: "result.json") { write in try JSONRenderer().render(evaluation, bytes: write) }
    /// ```
    static func save(to path: String, writing body: (_ write: ([UInt8]) throws -> Void) throws -> Void,
                     beforeCommit: (_ descriptor: Int32) throws -> Void = { _ in }) throws {
        let file = try Temporary(beside: path, permissions: nil)
        let flush = EarlyFlush(file.descriptor)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunk)
        func send(_ bytes: [UInt8]) throws {
            try writeAll(bytes, to: file.descriptor, path: path)
            flush.wrote(bytes.count)
        }
        do {
            try body { piece in
                if buffer.count + piece.count > Self.chunk {
                    try send(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
                if piece.count >= Self.chunk {
                    try send(piece)
                } else {
                    buffer += piece
                }
            }
            try send(buffer)
            try beforeCommit(file.descriptor)
            try flush.finish(path)
        } catch {
            _ = try? flush.finish(path)
            file.discard()
            throw error
        }
        try file.commit()
    }

    /// Puts what is written of a large file on disk on another thread as writing goes on, so
    /// the flush before the rename waits for the last megabytes, not for hundreds of them. A
    /// failed early flush fails the save: the flush at the end may not hear of it again.
    private final class EarlyFlush: Sendable {
        /// Bytes written between two early flushes.
        private static let every = 32 << 20
        private let descriptor: Int32
        private let group = DispatchGroup()
        /// Bytes written since the last early flush began, whether one is running, and the
        /// error of a failed one.
        private let state = Mutex<(unflushed: Int, running: Bool, error: Int32?)>((0, false, nil))

        init(_ descriptor: Int32) {
            self.descriptor = descriptor
        }

        func wrote(_ count: Int) {
            let start = state.withLock { state in
                state.unflushed += count
                guard state.unflushed >= Self.every, !state.running else { return false }
                state.unflushed = 0
                state.running = true
                return true
            }
            guard start else { return }
            group.enter()
            DispatchQueue.global().async { [self] in
                let failed = fsync(descriptor) == 0 ? nil : errno
                state.withLock { state in
                    state.running = false
                    if state.error == nil { state.error = failed }
                }
                group.leave()
            }
        }

        /// Waits for an early flush still running; the descriptor may be closed after this.
        func finish(_ path: String) throws(CommandError) {
            group.wait()
            if let error = state.withLock({ $0.error }) {
                throw CLIMessages.cannotWrite(path, reason: String(cString: strerror(error)))
            }
        }
    }

    /// Writes the file in pieces after a placeholder for its start, which `body` returns the
    /// real bytes of, of the same length: a record's seal heads the file but is known only once
    /// everything after it is written.
    static func save(to path: String, startingWith placeholder: [UInt8],
                     writing body: (_ write: ([UInt8]) throws -> Void) throws -> [UInt8]) throws {
        var start: [UInt8] = []
        try save(to: path) { write in
            try write(placeholder)
            start = try withoutActuallyEscaping(write) { write in try body(write) }
        } beforeCommit: { descriptor in
            precondition(start.count == placeholder.count, "the start of a file must keep the length of its placeholder")
            let written = start.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            guard written == start.count else { throw failure(path) }
        }
    }

    /// Pieces are gathered up to this size before a write.
    private static let chunk = 1 << 18

    /// The temporary file beside the destination, renamed over it once complete.
    private struct Temporary {
        let path: String
        let destination: String
        let temporary: String
        let descriptor: Int32

        init(beside path: String, permissions: mode_t?) throws(CommandError) {
            self.path = path
            destination = try AtomicFile.resolvedDestination(path)
            var existing = stat()
            let mode = permissions ?? (stat(destination, &existing) == 0 ? existing.st_mode & 0o7777 : nil)
            let url = URL(fileURLWithPath: destination)
            temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
            guard descriptor >= 0 else { throw AtomicFile.failure(path) }
            if let mode, fchmod(descriptor, mode) != 0 {
                let error = AtomicFile.failure(path)
                discard()
                throw error
            }
        }

        /// Flushes the file to disk and renames it over the destination.
        func commit() throws(CommandError) {
            guard fsync(descriptor) == 0 else {
                let error = AtomicFile.failure(path)
                discard()
                throw error
            }
            guard close(descriptor) == 0, rename(temporary, destination) == 0 else {
                let error = AtomicFile.failure(path)
                unlink(temporary)
                throw error
            }
        }

        func discard() {
            close(descriptor)
            unlink(temporary)
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
        if errno == ELOOP { throw CLIMessages.cannotWrite(path, reason: PhraseText(.en).render(UnreadableFile.reason(path))) }
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
