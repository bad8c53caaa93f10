import Foundation
import VendorScoreCore

/// One input file embedded in a record: its exact bytes (base64, byte-order mark and line endings
/// included), their SHA-256, and a digest of their content.
///
/// ```swift
/// let bids = try RecordedInput(role: .bids, format: .csv, bytes: Array(csvData))
/// bids.name      // "bids.csv", the name diagnostics use when the record is re-run
/// bids.bytes     // the exact bytes again
/// ```
public struct RecordedInput: Codable, Sendable, Equatable {
    /// Which input a file is.
    public enum Role: String, Sendable {
        case rubric, bids, tender
    }

    /// The fixed name the file is loaded under, `rubric.yaml`, `bids.yaml` or `bids.csv`: file
    /// names in diagnostics never depend on where the file lay when the record was made.
    public var name: String
    public var format: InputFormat
    /// The number of bytes.
    public var size: Int
    /// SHA-256 of the exact bytes.
    public var sha256: String
    /// SHA-256 of the content (see ``ContentDigest``), and how it was computed.
    public var contentSHA256: String
    public var contentMethod: String
    /// The embedded bytes in base64, as the record file holds them.
    public var base64: String {
        get {
            switch content {
            case .bytes(let bytes): Data(bytes).base64EncodedString()
            case .base64(let text): text
            }
        }
        set { content = .base64(newValue) }
    }

    /// The embedded file as bytes, or as the base64 text a record gave when that text is not
    /// canonical base64: a record of ten thousand bids embeds megabytes, kept once, not also as text.
    enum Content: Sendable {
        case bytes([UInt8])
        case base64(String)
    }

    private(set) var content: Content

    enum CodingKeys: String, CodingKey {
        case name, format, size, sha256, base64
        case contentSHA256 = "content_sha256"
        case contentMethod = "content_method"
    }

    public init(role: Role, format: InputFormat, bytes: [UInt8]) throws(ContentDigest.Unreadable) {
        let content = try ContentDigest.of(bytes, format: format)
        name = Self.name(role: role, format: format)
        self.format = format
        size = bytes.count
        sha256 = SHA256Hex.of(bytes)
        contentSHA256 = content.sha256
        contentMethod = content.method
        self.content = .bytes(bytes)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        format = try container.decode(InputFormat.self, forKey: .format)
        size = try container.decode(Int.self, forKey: .size)
        sha256 = try container.decode(String.self, forKey: .sha256)
        contentSHA256 = try container.decode(String.self, forKey: .contentSHA256)
        contentMethod = try container.decode(String.self, forKey: .contentMethod)
        let text = try container.decode(String.self, forKey: .base64)
        content = CanonicalBase64.decode(text).map(Content.bytes) ?? .base64(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(format, forKey: .format)
        try container.encode(size, forKey: .size)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(contentSHA256, forKey: .contentSHA256)
        try container.encode(contentMethod, forKey: .contentMethod)
        try container.encode(base64, forKey: .base64)
    }

    public static func == (lhs: RecordedInput, rhs: RecordedInput) -> Bool {
        guard lhs.name == rhs.name, lhs.format == rhs.format, lhs.size == rhs.size, lhs.sha256 == rhs.sha256,
              lhs.contentSHA256 == rhs.contentSHA256, lhs.contentMethod == rhs.contentMethod else { return false }
        if case .bytes(let left) = lhs.content, case .bytes(let right) = rhs.content { return left == right }
        return lhs.base64 == rhs.base64
    }

    /// The embedded bytes, or `nil` when the base64 text is not valid (or not written canonically).
    public var bytes: [UInt8]? {
        switch content {
        case .bytes(let bytes): bytes
        case .base64: nil
        }
    }

    static func name(role: Role, format: InputFormat) -> String {
        "\(role.rawValue).\(format.rawValue)"
    }
}

extension RecordedInput {
    /// How a file at hand relates to the recorded one.
    public enum Match: Sendable, Equatable {
        /// Byte for byte the recorded file.
        case identical
        /// Different bytes saying the same thing: re-indented, re-quoted, re-saved.
        case sameContent
        /// Another file; the reason says how it differs.
        case differentContent(LocalizedText)
    }

    /// Compares a file with the recorded one: bytes first, then content (see ``ContentDigest``).
    public func match(_ bytes: [UInt8], format: InputFormat) -> Match {
        if bytes.count == size && SHA256Hex.of(bytes) == sha256 { return .identical }
        guard format == self.format else {
            return .differentContent(RecordMessages.otherFormat(format.rawValue.uppercased(), recorded: self.format.rawValue.uppercased()))
        }
        let content: ContentDigest
        do {
            content = try ContentDigest.of(bytes, format: format)
        } catch {
            return .differentContent(RecordMessages.unreadableContent(error.description))
        }
        guard content.method == contentMethod else {
            return .differentContent(RecordMessages.otherDigestMethod(content.method, recorded: contentMethod))
        }
        return content.sha256 == contentSHA256 ? .sameContent : .differentContent(RecordMessages.otherContent)
    }
}
