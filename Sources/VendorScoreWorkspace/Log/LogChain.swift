import Crypto

/// One stored row of the event log: the event, its place in the chain and its hash.
public struct LogRow: Hashable, Sendable {
    /// 1, 2, 3… with no gaps.
    public var sequence: Int64
    public var event: LogEvent
    /// The hash of the row before (``LogChain/genesisHash`` for row 1).
    public var previousHash: String
    /// SHA-256 over ``LogChain/canonicalEncoding(sequence:event:previousHash:)``, lowercase hex.
    public var hash: String

    public init(sequence: Int64, event: LogEvent, previousHash: String, hash: String) {
        self.sequence = sequence
        self.event = event
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The hash chain over the event log. Each row's hash covers every field of the row and the
/// previous row's hash, so editing a row breaks its own hash, and deleting one breaks the link
/// (and the numbering) of the row after it.
///
/// ```swift
/// let first = LogChain.row(for: event, sequence: 1, previousHash: LogChain.genesisHash)
/// let second = LogChain.row(for: other, sequence: 2, previousHash: first.hash)
/// ```
public enum LogChain {
    /// What row 1 links to.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The next row of the chain for an event.
    public static func row(for event: LogEvent, sequence: Int64, previousHash: String) -> LogRow {
        LogRow(sequence: sequence, event: event, previousHash: previousHash,
               hash: hash(sequence: sequence, event: event, previousHash: previousHash))
    }

    public static func hash(sequence: Int64, event: LogEvent, previousHash: String) -> String {
        let digest = SHA256.hash(data: canonicalEncoding(sequence: sequence, event: event, previousHash: previousHash))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The bytes a row's hash is computed over: a version line, then one line per field in a
    /// fixed order, each text as `name=<UTF-8 byte count>:<bytes>` and an absent value as `name=-`.
    /// Length prefixes make the encoding unambiguous whatever the texts contain.
    public static func canonicalEncoding(sequence: Int64, event: LogEvent, previousHash: String) -> [UInt8] {
        var bytes = Array("vendorscore/log@1\n".utf8)
        func field(_ name: String, _ value: String?) {
            bytes += Array(name.utf8)
            bytes.append(UInt8(ascii: "="))
            if let value {
                let utf8 = Array(value.utf8)
                bytes += Array("\(utf8.count):".utf8)
                bytes += utf8
            } else {
                bytes.append(UInt8(ascii: "-"))
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        field("sequence", String(sequence))
        field("at", String(event.at.millisecondsSince1970))
        field("actor", event.actor?.rawValue)
        field("action", event.action)
        field("tender", event.tender?.rawValue)
        field("revision", event.revision.map { String($0) })
        field("subject", event.subject)
        field("before", event.before)
        field("after", event.after)
        field("previous", previousHash)
        return bytes
    }
}
