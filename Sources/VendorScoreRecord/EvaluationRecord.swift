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

    public var format: String
    /// SHA-256 of the canonical JSON of ``sealed``.
    public var seal: String
    /// SHA-256 of each part of ``sealed``, to name the part that changed when the seal fails.
    public var digests: PartDigests
    public var sealed: SealedRecord
    public var signature: RecordSignature?

    public init(sealing sealed: SealedRecord) {
        format = Self.format
        seal = sealed.seal
        digests = sealed.digests
        self.sealed = sealed
        signature = nil
    }

    /// The bytes of the record file: canonical JSON and a final line feed.
    public var fileBytes: [UInt8] {
        CanonicalJSON.encode(self) + [0x0A]
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
