/// A sealed evaluation record (`vendorscore/record@1`): the inputs, scorers and result of one
/// evaluation, sealed by the SHA-256 of their canonical JSON and optionally signed.
///
/// The file is the canonical JSON of this structure followed by a line feed: sorted keys, no
/// whitespace between tokens, every quantity a string. Only ``signature`` (with its signing time)
/// lies outside the seal, so an unsigned record is byte-identical for the same inputs on any
/// machine.
///
/// ```swift
/// let record = EvaluationRecord(sealing: try SealedRecord(evaluation: evaluation, rubric: rubric, bids: bids))
/// try record.fileBytes.write(to: url)     // via a temporary file and a rename
/// print("seal", record.seal)
/// ```
public struct EvaluationRecord: Codable, Sendable, Equatable {
    public static let format = "vendorscore/record@1"

    public private(set) var format: String
    /// SHA-256 of the canonical JSON of ``sealed``.
    public private(set) var seal: String
    /// SHA-256 of each part of ``sealed``, to name the part that changed when the seal fails.
    public private(set) var digests: PartDigests
    /// Read-only once sealed: a changed result is a new record, sealed anew.
    public private(set) var sealed: SealedRecord
    public var signature: RecordSignature?
    /// The canonical JSON of ``sealed`` from sealing or checking, so writing needs no second encoding.
    private var sealedBytes: [UInt8]?

    public init(sealing sealed: SealedRecord) {
        self.init(sealed, encoded: sealed.encoded)
    }

    init(_ sealed: SealedRecord, encoded: SealedRecord.Encoded) {
        format = Self.format
        seal = encoded.seal
        digests = encoded.digests
        self.sealed = sealed
        signature = nil
        sealedBytes = encoded.bytes
    }

    /// The bytes of the record file: canonical JSON and a final line feed.
    public var fileBytes: [UInt8] {
        fileBytes(sealedBytes: sealedBytes ?? sealed.encoded.bytes)
    }

    func fileBytes(sealedBytes: [UInt8]) -> [UInt8] {
        let signature = self.signature.map { CanonicalJSON.encode($0) } ?? Array("null".utf8)
        return CanonicalJSON.object([("digests", CanonicalJSON.encode(digests)), ("format", CanonicalJSON.encode(format)),
                                     ("seal", CanonicalJSON.encode(seal)), ("sealed", sealedBytes),
                                     ("signature", signature)]) + [0x0A]
    }

    public static func == (lhs: EvaluationRecord, rhs: EvaluationRecord) -> Bool {
        lhs.format == rhs.format && lhs.seal == rhs.seal && lhs.digests == rhs.digests && lhs.sealed == rhs.sealed
            && lhs.signature == rhs.signature
    }

    enum CodingKeys: String, CodingKey {
        case format, seal, digests, sealed, signature
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(seal, forKey: .seal)
        try container.encode(digests, forKey: .digests)
        try container.encode(sealed, forKey: .sealed)
        try container.encode(signature, forKey: .signature)
    }
}
