import Foundation

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
    public var base64: String

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
        base64 = Data(bytes).base64EncodedString()
    }

    /// The embedded bytes, or `nil` when the base64 text is not valid (or not written canonically).
    public var bytes: [UInt8]? {
        CanonicalBase64.decode(base64)
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
        case differentContent(String)
    }

    /// Compares a file with the recorded one: bytes first, then content (see ``ContentDigest``).
    public func match(_ bytes: [UInt8], format: InputFormat) -> Match {
        if bytes.count == size && SHA256Hex.of(bytes) == sha256 { return .identical }
        guard format == self.format else {
            return .differentContent("it is \(format.rawValue.uppercased()); the recorded file is \(self.format.rawValue.uppercased())")
        }
        let content: ContentDigest
        do {
            content = try ContentDigest.of(bytes, format: format)
        } catch {
            return .differentContent("it is \(error.description)")
        }
        guard content.method == contentMethod else {
            return .differentContent("its content digest method is \(content.method), the record's is \(contentMethod): compare the bytes")
        }
        return content.sha256 == contentSHA256 ? .sameContent : .differentContent("its content differs")
    }
}
