import Crypto
import Foundation
import VendorScoreCore

/// An Ed25519 private key for signing records, kept in a PEM file (PKCS #8, `PRIVATE KEY`) that
/// OpenSSL also reads.
///
/// ```swift
/// let key = RecordSigningKey.generate()
/// try key.pem.write(toFile: "committee.key", …)           // owner-only: see KeyFile
/// let again = try RecordSigningKey(pem: key.pem, file: "committee.key")
/// ```
public struct RecordSigningKey: Sendable {
    /// The 32-byte seed, known to make a valid key; Crypto's key type is not Sendable.
    private let seed: [UInt8]

    var key: Curve25519.Signing.PrivateKey {
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        } catch {
            preconditionFailure("a checked Ed25519 seed no longer makes a key: \(error)")
        }
    }

    /// PKCS #8 for Ed25519 (RFC 8410): this DER prefix, then the 32-byte seed.
    static let derPrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
    static let label = "PRIVATE KEY"

    public static func generate() -> RecordSigningKey {
        RecordSigningKey(key: Curve25519.Signing.PrivateKey())
    }

    init(key: Curve25519.Signing.PrivateKey) {
        seed = [UInt8](key.rawRepresentation)
    }

    /// Reads a key from PEM text; `file` names it in errors.
    public init(pem: String, file: String) throws(KeyFileError) {
        let seed = try PEM.decode(pem, label: Self.label, prefix: Self.derPrefix, file: file, kind: RecordMessages.privateKeyKind)
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)) != nil else {
            throw KeyFileError(RecordMessages.invalidPrivateKey(file))
        }
        self.seed = seed
    }

    public var pem: String {
        PEM.encode(Self.derPrefix + seed, label: Self.label)
    }

    public var publicKey: RecordPublicKey {
        RecordPublicKey(key: key.publicKey)
    }
}

/// An Ed25519 public key, in a PEM file (`PUBLIC KEY`, SubjectPublicKeyInfo) or as raw base64 in
/// a record's signature.
///
/// ```swift
/// let expected = try RecordPublicKey(pem: text, file: "committee.pub")
/// if record.signature?.signer == expected { print("signed by", expected.fingerprint) }
/// ```
public struct RecordPublicKey: Sendable, Equatable {
    /// The raw 32 bytes, known to make a valid key; Crypto's key type is not Sendable.
    private let raw: [UInt8]

    var key: Curve25519.Signing.PublicKey {
        do {
            return try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            preconditionFailure("a checked Ed25519 public key no longer makes a key: \(error)")
        }
    }

    static let derPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
    static let label = "PUBLIC KEY"

    init(key: Curve25519.Signing.PublicKey) {
        raw = [UInt8](key.rawRepresentation)
    }

    public init(pem: String, file: String) throws(KeyFileError) {
        let raw = try PEM.decode(pem, label: Self.label, prefix: Self.derPrefix, file: file, kind: RecordMessages.publicKeyKind)
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw KeyFileError(RecordMessages.invalidPublicKey(file))
        }
        self.raw = raw
    }

    init(base64: String) throws(KeyFileError) {
        guard let raw = CanonicalBase64.decode(base64), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw KeyFileError(RecordMessages.notBase64Key)
        }
        self.raw = raw
    }

    public var pem: String {
        PEM.encode(Self.derPrefix + raw, label: Self.label)
    }

    /// The raw 32 bytes in base64, as a record's signature carries them.
    public var base64: String {
        Data(raw).base64EncodedString()
    }

    /// `SHA256:` and the first 16 hex digits of the SHA-256 of the raw key: short enough to read
    /// out over the phone.
    public var fingerprint: String {
        "SHA256:" + SHA256Hex.of(raw).prefix(16)
    }
}

/// A key file that cannot be used, with what to do about it, in Chinese and English.
public struct KeyFileError: Error, Sendable, CustomStringConvertible {
    public var message: LocalizedText
    public var hint: LocalizedText?

    public init(_ message: LocalizedText, hint: LocalizedText? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The message and, in brackets, the hint, in `language`.
    public func text(_ language: Language) -> String {
        let hint = self.hint.map { $0.text(preferring: language) }
        return message.text(preferring: language) + (hint.map { language == .zh ? "（\($0)）" : " (\($0))" } ?? "")
    }

    public var description: String { text(.en) }
}

/// The PEM armour around a fixed DER prefix and a 32-byte key.
enum PEM {
    static func encode(_ der: [UInt8], label: String) -> String {
        let body = Data(der).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN \(label)-----\n\(body)\n-----END \(label)-----\n"
    }

    static func decode(_ text: String, label: String, prefix: [UInt8], file: String, kind: LocalizedText) throws(KeyFileError) -> [UInt8] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let begin = lines.firstIndex(of: "-----BEGIN \(label)-----"),
              let end = lines.firstIndex(of: "-----END \(label)-----"), begin < end else {
            throw KeyFileError(RecordMessages.noPEMBlock(file, kind: kind, label: label, found: lines.first { $0.hasPrefix("-----BEGIN ") }),
                               hint: RecordMessages.createKeys)
        }
        guard let der = Data(base64Encoded: lines[(begin + 1)..<end].joined()),
              der.count == prefix.count + 32, der.starts(with: prefix) else {
            throw KeyFileError(RecordMessages.notThatKey(file, kind: kind, label: label), hint: RecordMessages.keygenKeys)
        }
        return [UInt8](der.dropFirst(prefix.count))
    }
}
