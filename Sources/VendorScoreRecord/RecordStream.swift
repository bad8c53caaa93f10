import Dispatch
import Synchronization
import Crypto
import VendorScoreCore
import VendorScoreOutput

/// Writes a record a batch of vendors at a time, byte for byte the file ``EvaluationRecord/fileBytes``
/// gives for the same evaluation (a test compares them), without holding its findings whole: ten
/// thousand bids make a record of some hundred megabytes.
///
/// The seal comes before the sealed part in the file, so the file is ``placeholderHead``, the
/// sealed part (``writeSealedPart(evaluation:rubric:bids:tender:to:)``) and
/// ``tail(signature:)``, and ``head(_:)`` is then written over the placeholder.
///
/// ```swift
/// var scratch: [UInt8] = []
/// let sealed = try RecordStream.writeSealedPart(evaluation: evaluation, rubric: rubric, bids: bids) { scratch += $0 }
/// let file = RecordStream.head(sealed) + scratch + RecordStream.tail(signature: nil)
/// ```
public enum RecordStream {
    /// What sealing the written part gave: its seal and the digest of each of its parts.
    public struct Sealed: Sendable, Equatable {
        public var seal: String
        public var digests: PartDigests
    }

    /// Hands the canonical JSON of the sealed part of a record of `evaluation` to `write` in
    /// pieces, and returns its seal and part digests. The evaluation must have full detail
    /// (``EvaluationDetail/full``) and come from exactly these bytes, as for
    /// ``SealedRecord/init(evaluation:rubric:bids:tender:)``.
    ///
    /// Each vendor's criterion detail is let go once written, the bulk of a large evaluation: pass
    /// the evaluation as its last use (`consume evaluation`) and the record is written in less
    /// memory than the evaluation took.
    public static func writeSealedPart(evaluation: consuming Evaluation, rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile,
                                       tender: SealedRecord.SourceFile? = nil,
                                       to write: ([UInt8]) throws -> Void) throws -> Sealed {
        try writeSealedPart(evaluation: evaluation, inputs: EmbeddedInputs(rubric: rubric, bids: bids, tender: tender), to: write)
    }

    /// ``writeSealedPart(evaluation:rubric:bids:tender:to:)`` for inputs whose digests were
    /// started earlier, when the files were read.
    public static func writeSealedPart(evaluation: consuming Evaluation, inputs embedded: EmbeddedInputs,
                                       to write: ([UInt8]) throws -> Void) throws -> Sealed {
        // Only the inputs, written after the findings, wait for the embedded files' digests.
        let frame = SealedRecord.Frame(evaluation: evaluation, rubric: embedded.rubric, bids: embedded.bids, tender: embedded.tender)
        let outline = evaluation.rubric
        // The standings need no criterion detail, nor anything else of each vendor's document.
        var ranking = RecordRanking(frame.summary)
        ranking.standings = evaluation.vendors.map { RecordRanking.Standing($0, rubric: outline) }
        let evaluationBytes = ranking.canonicalJSON
        let scorersBytes = CanonicalJSON.encode(frame.scorers)

        // Every byte goes into the seal; the findings' bytes into their own digest too.
        var seal = SHA256()
        var findings = SHA256()
        var start = Array("{\"evaluation\":".utf8)
        start += evaluationBytes
        start += Array(",\"findings\":".utf8)
        try emit(start, &seal, write)

        // The findings without vendors end in `"vendors":[]}` (the last key in order); the
        // vendors, sorted by id and encoded one at a time, go between the brackets.
        let emptyFindings = CanonicalJSON.encode(RecordFindings(frame.summary))
        let ending = Array("\"vendors\":[]}".utf8)
        precondition(emptyFindings.count > ending.count + 1 && Array(emptyFindings.suffix(ending.count)) == ending,
                     "findings without vendors must end with their empty vendors list")
        var piece = Array(emptyFindings.dropLast(2))
        findings.update(data: piece)
        try emit(piece, &seal, write)
        let byID = evaluation.vendors.indices.sorted { evaluation.vendors[$0].id < evaluation.vendors[$1].id }
        // Encoded on every core a batch at a time; each vendor's detail is let go once written.
        try OrderedPieces.write(byID.indices, batch: { range in range.map { evaluation.vendors[byID[$0]] } }, encode: { vendor, position, json in
            if position > 0 { json.raw([UInt8(ascii: ",")]) }
            EvaluationDocument.Vendor.write(vendor, rubric: outline, to: &json, standing: false)
        }, to: { piece in
            findings.update(data: piece)
            try emit(piece, &seal, write)
        }, done: { range in
            for position in range { evaluation.vendors[byID[position]].criteria = [] }
        })
        piece = Array("]}".utf8)
        findings.update(data: piece)
        try emit(piece, &seal, write)

        // The inputs, megabytes of base64, go out a piece at a time as they are encoded.
        try emit(Array(",\"inputs\":".utf8), &seal, write)
        var inputs = SHA256()
        try frame.inputs(try embedded.wait()).writeCanonicalJSON { piece in
            inputs.update(data: piece)
            try emit(piece, &seal, write)
        }
        var rest = Array(",\"record_format\":".utf8)
        rest += CanonicalJSON.encode(EvaluationRecord.format)
        rest += Array(",\"scorers\":".utf8)
        rest += scorersBytes
        rest += Array(",\"vendorscore_version\":".utf8)
        rest += CanonicalJSON.encode(VendorScoreVersion.current)
        rest.append(UInt8(ascii: "}"))
        try emit(rest, &seal, write)
        let digests = PartDigests(inputs: SHA256Hex.hex(inputs.finalize()), scorers: SHA256Hex.of(scorersBytes),
                                  findings: SHA256Hex.hex(findings.finalize()), evaluation: SHA256Hex.of(evaluationBytes))
        return Sealed(seal: SHA256Hex.hex(seal.finalize()), digests: digests)
    }

    private static func emit(_ bytes: [UInt8], _ seal: inout SHA256, _ write: ([UInt8]) throws -> Void) throws {
        seal.update(data: bytes)
        try write(bytes)
    }

    /// Bytes of the length of ``head(_:)``, to write first when the sealed part goes straight
    /// into the record file, and to write over with the head once it is sealed: the seal and
    /// digests are SHA-256 in hex, the same length whatever they are.
    public static let placeholderHead: [UInt8] = {
        let zeros = String(repeating: "0", count: 64)
        return head(Sealed(seal: zeros, digests: PartDigests(inputs: zeros, scorers: zeros, findings: zeros, evaluation: zeros)))
    }()

    /// The record file's bytes before its sealed part.
    public static func head(_ sealed: Sealed) -> [UInt8] {
        var bytes = Array("{\"digests\":".utf8)
        bytes += CanonicalJSON.encode(sealed.digests)
        bytes += Array(",\"format\":".utf8)
        bytes += CanonicalJSON.encode(EvaluationRecord.format)
        bytes += Array(",\"seal\":".utf8)
        bytes += CanonicalJSON.encode(sealed.seal)
        bytes += Array(",\"sealed\":".utf8)
        return bytes
    }

    /// The record file's bytes after its sealed part, with the signature when there is one.
    public static func tail(signature: RecordSignature?) -> [UInt8] {
        Array(",\"signature\":".utf8) + (signature.map { CanonicalJSON.encode($0) } ?? Array("null".utf8)) + Array("}\n".utf8)
    }
}

extension RecordStream {
    /// The files a record embeds, with their content digests worked out on another core from
    /// the moment this is made. A digest parses its whole file again, so made as soon as the
    /// files are read, the digests run beside loading and scoring rather than after them.
    ///
    /// ```swift
    /// let inputs = RecordStream.EmbeddedInputs(rubric: rubricFile, bids: bidsFile, tender: nil)
    /// let evaluation = try evaluate(rubricFile, bidsFile)
    /// let sealed = try RecordStream.writeSealedPart(evaluation: evaluation, inputs: inputs) { file.write($0) }
    /// ```
    public final class EmbeddedInputs: Sendable {
        public let rubric: SealedRecord.SourceFile
        public let bids: SealedRecord.SourceFile
        public let tender: SealedRecord.SourceFile?
        private let result = Mutex<Result<SealedRecord.EmbeddedFiles, ContentDigest.Unreadable>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        public init(rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile, tender: SealedRecord.SourceFile?) {
            self.rubric = rubric
            self.bids = bids
            self.tender = tender
            DispatchQueue.global().async { [self] in
                let read = Result { () throws(ContentDigest.Unreadable) in
                    try SealedRecord.EmbeddedFiles(rubric: rubric, bids: bids, tender: tender)
                }
                result.withLock { $0 = read }
                done.signal()
            }
        }

        /// The files with their digests, once worked out.
        func wait() throws(ContentDigest.Unreadable) -> SealedRecord.EmbeddedFiles {
            done.wait()
            done.signal()
            return try result.withLock { $0! }.get()
        }
    }
}
