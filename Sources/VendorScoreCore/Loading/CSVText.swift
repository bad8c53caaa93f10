import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// The text of a CSV file as offices save it: UTF-8 (with or without a byte-order mark), or
/// GB18030, the encoding Chinese Excel uses for plain "CSV (逗号分隔)" (GB18030 contains GBK and
/// GB2312, so their files read the same way).
///
/// A file that is valid UTF-8 is always read as UTF-8. Anything else is read as GB18030 only
/// when every byte decodes; otherwise the file is refused, naming the line and column of the
/// first byte that does not.
///
/// ```swift
/// switch CSVText.decode(bytes) {
/// case .success(let decoded): print(decoded.text, decoded.encoding)   // …, .gb18030
/// case .failure(let problem): print(problem.line, problem.column)
/// }
/// ```
public enum CSVText {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// Why a file could not be read as text, and where.
    public enum Undecodable: Error, Sendable, Equatable {
        /// UTF-16 text, as Excel's "Unicode text" saves it.
        case utf16
        /// The first byte that is neither UTF-8 nor GB18030, at a 1-based line and column
        /// (columns count characters, as an editor shows them).
        case byte(UInt8, line: Int, column: Int)
    }

    public static func decode(_ bytes: some Collection<UInt8>) -> Result<(text: String, encoding: Encoding), Undecodable> {
        var body = ArraySlice(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return .success((text, .utf8)) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        if let text = gb18030(body) { return .success((text, .gb18030)) }
        return .failure(firstUndecodable(body))
    }

    private static let gb18030Encoding = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    private static func gb18030(_ bytes: ArraySlice<UInt8>) -> String? {
        String(bytes: bytes, encoding: gb18030Encoding)
    }

    /// Finds the first line Foundation will not decode, then the first malformed byte sequence in
    /// it. A line break (0x0A) is never part of a GB18030 multi-byte sequence, so lines can be
    /// decoded on their own.
    private static func firstUndecodable(_ bytes: ArraySlice<UInt8>) -> Undecodable {
        var line = 1
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let lineBytes = bytes[start..<end]
            if gb18030(lineBytes) == nil {
                let (offset, column) = malformed(lineBytes)
                return .byte(lineBytes[offset], line: line, column: column)
            }
            line += 1
            start = end + 1
        }
        // Every line decodes on its own: the whole can fail only at a sequence cut by the end.
        return .byte(bytes.last ?? 0, line: line, column: 1)
    }

    /// The index and 1-based character column of the first malformed GB18030 sequence; a
    /// well-formed sequence with no character assigned is reported at the line's start.
    private static func malformed(_ line: ArraySlice<UInt8>) -> (index: Int, column: Int) {
        var index = line.startIndex
        var column = 1
        func byte(_ offset: Int) -> UInt8? { index + offset < line.endIndex ? line[index + offset] : nil }
        while index < line.endIndex {
            let lead = line[index]
            var length = 0
            switch lead {
            case 0x00...0x80: length = 1  // 0x80 is € in Windows' GBK (code page 936)
            case 0x81...0xFE:
                if let second = byte(1), (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                    length = 2
                } else if let second = byte(1), (0x30...0x39).contains(second), let third = byte(2), (0x81...0xFE).contains(third),
                          let fourth = byte(3), (0x30...0x39).contains(fourth) {
                    length = 4
                }
            default: break
            }
            if length == 0 { return (index, column) }
            if length > 1, gb18030(line[index..<index + length]) == nil { return (index, column) }
            index += length
            column += 1
        }
        return (line.startIndex, 1)
    }
}
