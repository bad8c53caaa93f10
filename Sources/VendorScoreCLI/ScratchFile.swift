#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file without a name, removed by the system when closed: room for bytes too large
/// to keep in memory, such as a record's sealed part, which must be sealed before the record
/// that holds it is written.
///
/// ```swift
/// let scratch = try ScratchFile()
/// try scratch.write(Array("sealed part".utf8))
/// try AtomicFile.save(to: "tender.record.json") { write in try scratch.copy(to: write) }
/// ```
final class ScratchFile {
    private let file: UnsafeMutablePointer<FILE>

    init() throws(CommandError) {
        guard let file = tmpfile() else { throw Self.failure() }
        self.file = file
    }

    deinit {
        fclose(file)
    }

    func write(_ bytes: [UInt8]) throws(CommandError) {
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else { throw Self.failure() }
    }

    /// Hands everything written so far to `write`, in order, a chunk at a time.
    func copy(to write: ([UInt8]) throws -> Void) throws {
        guard fflush(file) == 0, fseek(file, 0, SEEK_SET) == 0 else { throw Self.failure() }
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { try write(Array(chunk[..<count])) }
            if count < chunk.count {
                guard ferror(file) == 0 else { throw Self.failure() }
                return
            }
        }
    }

    private static func failure() -> CommandError {
        CLIMessages.cannotWriteScratch(reason: String(cString: strerror(errno)))
    }
}
