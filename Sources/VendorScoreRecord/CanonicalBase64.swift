import Foundation

/// Base64 read strictly: text is accepted only when it is exactly how the bytes it decodes to
/// are written. A lenient decoder ignores the unused bits of the last character, so two texts
/// would decode to the same bytes, and an edit to a signature could go unseen.
///
/// ```swift
/// CanonicalBase64.decode("QQ==")   // [0x41]
/// CanonicalBase64.decode("QR==")   // nil: the same byte, written another way
/// ```
enum CanonicalBase64 {
    static func decode(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text), data.base64EncodedString() == text else { return nil }
        return [UInt8](data)
    }
}
