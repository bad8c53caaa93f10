import Foundation
import Testing
@testable import VendorScoreCLI

@Suite("Files written in pieces")
struct AtomicFileTests {
    @Test("A file of many megabytes, put on disk as it is written, holds every byte in order and leaves no temporary file")
    func largeFileHoldsEveryByte() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("large.bin").path
        // 80 pieces of 1 MiB, each filled with its own number: past two flushes made while writing.
        let pieces = 80, size = 1 << 20
        try AtomicFile.save(to: path) { write in
            for piece in 0..<pieces { try write([UInt8](repeating: UInt8(piece), count: size)) }
        }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count == pieces * size)
        let misplaced = (0..<pieces).filter { piece in
            bytes[piece * size] != UInt8(piece) || bytes[(piece + 1) * size - 1] != UInt8(piece)
        }
        #expect(misplaced.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["large.bin"])
    }
}
