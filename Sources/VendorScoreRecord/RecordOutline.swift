import Foundation
import VendorScoreCore

/// A record file read in pieces as VendorScore writes it, in canonical layout, keeping only what
/// a re-run needs: the embedded inputs, the signature and the bytes around the sealed part. The
/// findings and the ranking, most of a large record, are passed over without being decoded, so
/// checking that a re-run gives the very same file (``reproduces(_:rubric:bids:tender:)``) reads
/// a record of any size in bounded memory.
///
/// A file that is not laid out canonically, or whose parts cannot be read, gives no outline:
/// ``RecordCheck`` then reads it whole and says what is wrong with it.
///
/// ```swift
/// if let outline = RecordOutline.read(path: "tender.record.json"),
///    try outline.reproduces(evaluation, rubric: outline.rubricFile, bids: outline.bidsFile, tender: outline.tenderFile) {
///     print("byte for byte the record this evaluation gives")
/// }
/// ```
public struct RecordOutline: Sendable {
    public var path: String
    /// The recorded inputs as the record lists them.
    public var inputs: SealedRecord.Inputs
    /// The embedded files under the names the record gives them, ready to re-run.
    public var rubricFile: SealedRecord.SourceFile
    public var bidsFile: SealedRecord.SourceFile
    public var tenderFile: SealedRecord.SourceFile?
    public var recordFormat: String
    public var vendorscoreVersion: String
    public var seal: String
    public var signature: RecordSignature?
    /// The file's bytes before the sealed part, the sealed part's place, and the bytes after it.
    private var head: [UInt8]
    private var sealedRange: Range<Int>
    private var tail: [UInt8]

    /// The outline of the record at `path`, or `nil` when the file cannot be read, is not in
    /// canonical layout, or a part the outline keeps does not decode.
    public static func read(path: String) -> RecordOutline? {
        read(path: path, chunkSize: 1 << 20)
    }

    /// `chunkSize` is the bytes read at a time; tests make it small to put every byte at a
    /// buffer's edge.
    static func read(path: String, chunkSize: Int) -> RecordOutline? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        var reader = ChunkReader(file, chunkSize: chunkSize)
        return try? Self(path: path, reading: &reader)
    }

    /// Why a file has no outline; never shown, the whole-file check says it in words.
    private struct NotCanonical: Error {}

    private init(path: String, reading reader: inout ChunkReader) throws {
        self.path = path
        func expect(_ text: String) throws {
            for byte in text.utf8 where reader.next() != byte { throw NotCanonical() }
        }
        func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
            guard case .success(let value) = CanonicalJSON.decode(type, from: bytes) else { throw NotCanonical() }
            return value
        }
        try expect("{\"digests\":")
        let digests = try reader.value()
        try expect(",\"format\":")
        let format = try reader.value()
        try expect(",\"seal\":")
        let seal = try reader.value()
        try expect(",\"sealed\":")
        let sealedStart = reader.offset
        try expect("{\"evaluation\":")
        try reader.skipValue()
        try expect(",\"findings\":")
        try reader.skipValue()
        try expect(",\"inputs\":")
        let inputs = try reader.value()
        try expect(",\"record_format\":")
        let recordFormat = try reader.value()
        try expect(",\"scorers\":")
        try reader.skipValue()
        try expect(",\"vendorscore_version\":")
        let version = try reader.value()
        try expect("}")
        sealedRange = sealedStart..<reader.offset
        try expect(",\"signature\":")
        let signature = try reader.value()
        try expect("}\n")
        guard reader.next() == nil, try decode(String.self, format) == EvaluationRecord.format else { throw NotCanonical() }

        head = Array("{\"digests\":".utf8) + digests + Array(",\"format\":".utf8) + format + Array(",\"seal\":".utf8) + seal
            + Array(",\"sealed\":".utf8)
        tail = Array(",\"signature\":".utf8) + signature + Array("}\n".utf8)
        self.seal = try decode(String.self, seal)
        self.signature = try decode(RecordSignature?.self, signature)
        self.inputs = try decode(SealedRecord.Inputs.self, inputs)
        self.recordFormat = try decode(String.self, recordFormat)
        vendorscoreVersion = try decode(String.self, version)
        func file(_ input: RecordedInput) throws -> SealedRecord.SourceFile {
            guard let bytes = input.bytes else { throw NotCanonical() }
            return SealedRecord.SourceFile(path: input.name, bytes: bytes)
        }
        rubricFile = try file(self.inputs.rubric)
        bidsFile = try file(self.inputs.bids)
        tenderFile = try self.inputs.tender.map(file)
    }

    /// Whether the record file is byte for byte the record `evaluation` of these files gives
    /// now, with the file's own signature: then its seal, digests, embedded inputs, findings and
    /// ranking are all exactly what this VendorScore computes. The record is written again in
    /// pieces and each piece compared with the file as it is read; the first difference stops it.
    ///
    /// The evaluation must have full detail and come from these files, as for
    /// ``RecordStream/writeSealedPart(evaluation:rubric:bids:tender:to:)``.
    public func reproduces(_ evaluation: consuming Evaluation, rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile,
                           tender: SealedRecord.SourceFile?) throws -> Bool {
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        var reader = ChunkReader(file)
        // The head was read from this very file; the sealed part follows it.
        guard reader.matches(head) else { return false }
        let sealed: RecordStream.Sealed
        do {
            sealed = try RecordStream.writeSealedPart(evaluation: consume evaluation, rubric: rubric, bids: bids, tender: tender) { piece in
                guard reader.matches(piece) else { throw Differs() }
            }
        } catch is Differs {
            return false
        }
        return reader.offset == sealedRange.upperBound && RecordStream.head(sealed) == head
            && RecordStream.tail(signature: signature) == tail
    }

    private struct Differs: Error {}
}

/// Reads a file a megabyte at a time, byte by byte, with the JSON scanning an outline needs.
private struct ChunkReader {
    let file: FileHandle
    let chunkSize: Int
    var buffer: [UInt8] = []
    var position = 0
    /// How many bytes were read before ``buffer``.
    var consumed = 0

    init(_ file: FileHandle, chunkSize: Int = 1 << 20) {
        self.file = file
        self.chunkSize = max(1, chunkSize)
    }

    /// The offset in the file of the next byte.
    var offset: Int { consumed + position }

    private mutating func refill() -> Bool {
        consumed += buffer.count
        position = 0
        // Read straight into the array, not into `Data` and then copied: a large record is
        // hundreds of megabytes, read twice by `verify`.
        let descriptor = file.fileDescriptor
        buffer = [UInt8](unsafeUninitializedCapacity: chunkSize) { storage, count in
            count = 0
            while count < storage.count {
                let got = read(descriptor, storage.baseAddress! + count, storage.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 || errno != EINTR {
                    break
                }
            }
        }
        return !buffer.isEmpty
    }

    mutating func next() -> UInt8? {
        if position == buffer.count && !refill() { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func peek() -> UInt8? {
        if position == buffer.count && !refill() { return nil }
        return buffer[position]
    }

    /// Whether the next bytes are `bytes`, reading past them.
    mutating func matches(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if position == buffer.count && !refill() { return false }
            let count = min(bytes.count - index, buffer.count - position)
            let equal = buffer.withUnsafeBytes { read in
                bytes.withUnsafeBytes { expected in
                    memcmp(read.baseAddress! + position, expected.baseAddress! + index, count) == 0
                }
            }
            guard equal else { return false }
            position += count
            index += count
        }
        return true
    }

    struct Malformed: Error {}

    /// The bytes of the next JSON value, which the caller decodes.
    mutating func value() throws(Malformed) -> [UInt8] {
        var bytes: [UInt8] = []
        try scanValue { bytes += $0 }
        return bytes
    }

    /// Passes over the next JSON value.
    mutating func skipValue() throws(Malformed) {
        try scanValue { _ in }
    }

    /// Reads one JSON value of canonical layout (no whitespace), handing its bytes to `keep` a
    /// run at a time: strings to their closing quote, objects and lists to their closing
    /// bracket, numbers and literals to the next delimiter. Only the extent is found; the caller
    /// decodes what it keeps. The findings of a large record run to a hundred megabytes, so
    /// each buffer is scanned in one tight loop.
    private mutating func scanValue(_ keep: (ArraySlice<UInt8>) -> Void) throws(Malformed) {
        guard let first = peek() else { throw Malformed() }
        let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == quote else {
            while let byte = peek(), byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]") {
                keep(buffer[position...position])
                position += 1
            }
            return
        }
        let isString = first == quote
        var (depth, inString, escaped, done) = (0, false, false, false)
        while !done {
            if position == buffer.count && !refill() { throw Malformed() }
            let start = position
            var index = position
            buffer.withUnsafeBufferPointer { bytes in
                if escaped, index < bytes.count {
                    // The byte after a backslash that ended the last buffer.
                    escaped = false
                    index += 1
                }
                while index < bytes.count {
                    if inString {
                        // Most of a record is the text inside strings: run to its next quote or
                        // backslash in a loop that looks at nothing else.
                        while index < bytes.count, bytes[index] != quote, bytes[index] != backslash { index += 1 }
                        guard index < bytes.count else { return }
                        if bytes[index] == backslash {
                            // The escaped byte is passed over, here or at the next buffer's start.
                            escaped = index + 1 == bytes.count
                            index = min(index + 2, bytes.count)
                            continue
                        }
                        index += 1
                        inString = false
                        if isString { done = true; return }
                        continue
                    }
                    let byte = bytes[index]
                    index += 1
                    if byte == quote {
                        inString = true
                    } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { done = true; return }
                    }
                }
            }
            keep(buffer[start..<index])
            position = index
        }
    }
}
