import Crypto

/// SHA-256 digests written as 64 lowercase hexadecimal digits, as records store them.
///
/// ```swift
/// SHA256Hex.of(Array("abc".utf8))   // "ba7816bf…15ad"
/// ```
public enum SHA256Hex {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(bytes))
        return hex(hasher.finalize())
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
