import Crypto
import Foundation
import VendorScoreCore

/// An Ed25519 signature over a record's seal and signing time.
///
/// The signed message is the canonical JSON of `{"format", "seal", "signed_at"}`; the seal is the
/// SHA-256 of the sealed part, so the signature covers every sealed byte. The public key travels
/// with the signature; ``verify(seal:format:)`` checks the signature against it, and the holder of
/// the expected public key compares it with ``publicKey``.
///
/// ```swift
/// var record = EvaluationRecord(sealing: sealed)
/// record.signature = try RecordSignature(signing: record, with: key, at: Date())
/// try record.signature?.verify(seal: record.seal, format: record.format)
/// ```
public struct RecordSignature: Codable, Sendable, Equatable {
    public static let algorithmName = "ed25519"

    public var algorithm: String
    /// The signer's Ed25519 public key, raw 32 bytes in base64.
    public var publicKey: String
    /// When it was signed, UTC, `2026-05-01T08:30:00Z`. It is covered by the signature, not the seal.
    public var signedAt: String
    /// The 64-byte Ed25519 signature in base64.
    public var value: String

    enum CodingKeys: String, CodingKey {
        case algorithm, value
        case publicKey = "public_key"
        case signedAt = "signed_at"
    }

    /// What is signed.
    struct Statement: Encodable {
        var format: String
        var seal: String
        var signedAt: String

        enum CodingKeys: String, CodingKey {
            case format, seal
            case signedAt = "signed_at"
        }
    }

    public init(signing record: EvaluationRecord, with key: RecordSigningKey, at date: Date) throws {
        try self.init(signingSeal: record.seal, format: record.format, with: key, at: date)
    }

    /// Signs a seal directly, for a record written in pieces (``RecordStream``).
    public init(signingSeal seal: String, format: String, with key: RecordSigningKey, at date: Date) throws {
        let time = Self.timestamp(date)
        let message = CanonicalJSON.encode(Statement(format: format, seal: seal, signedAt: time))
        algorithm = Self.algorithmName
        publicKey = key.publicKey.base64
        signedAt = time
        value = try key.key.signature(for: message).base64EncodedString()
    }

    /// Why a signature does not hold.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var message: LocalizedText
        public var description: String { message.text(preferring: .en) }
    }

    /// Checks the signature against its own public key for this seal.
    public func verify(seal: String, format: String) throws(Invalid) {
        guard algorithm == Self.algorithmName else {
            throw Invalid(message: RecordMessages.unknownAlgorithm(algorithm, known: Self.algorithmName))
        }
        guard let key = try? RecordPublicKey(base64: publicKey) else {
            throw Invalid(message: RecordMessages.badSignatureKey)
        }
        guard let signature = CanonicalBase64.decode(value), signature.count == 64 else {
            throw Invalid(message: RecordMessages.badSignatureValue)
        }
        let message = CanonicalJSON.encode(Statement(format: format, seal: seal, signedAt: signedAt))
        guard key.key.isValidSignature(signature, for: message) else {
            throw Invalid(message: RecordMessages.signatureMismatch)
        }
    }

    public var signer: RecordPublicKey? {
        try? RecordPublicKey(base64: publicKey)
    }

    /// ISO 8601 in UTC, independent of the machine's time zone and locale.
    static func timestamp(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC")!
        return date.formatted(style)
    }
}
