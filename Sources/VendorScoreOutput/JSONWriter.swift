import Foundation

/// Writes JSON straight into bytes, laid out byte for byte as `JSONEncoder` lays it out with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), with no
/// `Encoder`, container or intermediate tree in between: the documents of ten thousand vendors
/// run to hundreds of megabytes, and every value is written once, where it goes.
///
/// The caller gives each object's keys in ascending order of their UTF-8 bytes, as `JSONEncoder`
/// sorts them (a debug build checks it); tests compare the result with `JSONEncoder`'s.
///
/// ```swift
/// var json = JSONWriter(pretty: false)
/// json.beginObject()
/// json.key("id"); json.string("ctyun")
/// json.key("rank"); json.int(1)
/// json.endObject()
/// json.bytes   // {"id":"ctyun","rank":1}
/// ```
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []
    package let pretty: Bool
    /// The nesting of the first value written, for a value placed inside an enclosing document.
    private let baseDepth: Int
    /// The innermost open object or list, kept apart from those around it (`enclosing`): every
    /// key and value looks at it, and millions of them are written.
    private var top = Level(isObject: false)
    /// How many objects and lists are open, `top` included.
    private var depth = 0
    /// The open objects and lists around `top`, outermost first.
    private var enclosing: [Level] = []

    private struct Level {
        var isObject: Bool
        var count = 0
        #if DEBUG
        var lastKey: [UInt8]?
        #endif
    }

    package init(pretty: Bool, depth: Int = 0) {
        self.pretty = pretty
        baseDepth = depth
    }

    /// The compact (canonical) JSON that `write` writes.
    ///
    /// ```swift
    /// let bytes = JSONWriter.compact { vendor.write(to: &$0) }
    /// ```
    package static func compact(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
        var json = JSONWriter(pretty: false)
        write(&json)
        return json.bytes
    }

    /// Hands the bytes written so far to the caller and starts an empty buffer, so a long
    /// document can be passed on in pieces while it is written.
    package mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Bytes that are already JSON, placed as they are: the separator and indentation between
    /// the top-level values of a list written in pieces, say.
    package mutating func raw(_ json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    // MARK: Structure

    package mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        push(Level(isObject: true))
    }

    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    package mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        push(Level(isObject: false))
    }

    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// The next member's key; its value follows.
    package mutating func key(_ name: String) {
        precondition(depth > 0 && top.isObject, "a JSON key outside an object")
        #if DEBUG
        let utf8 = Array(name.utf8)
        if let last = top.lastKey {
            assert(last.lexicographicallyPrecedes(utf8), "JSON keys out of order: '\(name)' after '\(String(decoding: last, as: UTF8.self))'")
        }
        top.lastKey = utf8
        #endif
        separate()
        Self.appendString(name, to: &bytes)
        if pretty { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Values

    package mutating func string(_ text: String) {
        beforeValue()
        Self.appendString(text, to: &bytes)
    }

    /// `data` as a base64 string, encoded a piece at a time; after each piece `flush` is handed
    /// the bytes written so far (``take()``), so a file of megabytes is never held as text too.
    package mutating func base64(_ data: [UInt8], flush: ([UInt8]) throws -> Void) rethrows {
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        // Whole groups of three bytes encode on their own, so the pieces join into the whole's base64.
        let piece = 3 * 65_536
        var start = 0
        while start < data.count {
            let end = min(start + piece, data.count)
            bytes.append(contentsOf: Data(data[start..<end]).base64EncodedData())
            try flush(take())
            start = end
        }
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func int(_ number: Int) {
        beforeValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    package mutating func bool(_ flag: Bool) {
        beforeValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    package mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    package mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    package mutating func int(_ number: Int?) {
        if let number { int(number) } else { null() }
    }

    /// A list of strings.
    package mutating func strings(_ items: [String]) {
        beginArray()
        for item in items { string(item) }
        endArray()
    }

    /// A list whose items `write` writes.
    package mutating func array<Element>(_ items: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        beginArray()
        for item in items { write(&self, item) }
        endArray()
    }

    // MARK: Layout

    /// A list item is preceded by its comma and, pretty-printed, by its line; an object's
    /// member was preceded by them at its key.
    private mutating func beforeValue() {
        guard depth > 0, !top.isObject else { return }
        separate()
    }

    private mutating func separate() {
        if top.count > 0 { bytes.append(UInt8(ascii: ",")) }
        top.count += 1
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent(baseDepth + depth)
        }
    }

    private mutating func push(_ level: Level) {
        if depth > 0 { enclosing.append(top) }
        top = level
        depth += 1
    }

    private mutating func close(_ closing: UInt8) {
        precondition(depth > 0, "a JSON object or list closed that was not open")
        let level = top
        depth -= 1
        if depth > 0 { top = enclosing.removeLast() }
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            // An empty list or object holds a blank line, without spaces.
            if level.count == 0 { bytes.append(UInt8(ascii: "\n")) }
            indent(baseDepth + depth)
        }
        bytes.append(closing)
    }

    private mutating func indent(_ depth: Int) {
        var spaces = 2 * depth
        // Whole runs of spaces from one constant: a document of ten thousand vendors indents
        // millions of lines.
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// A string as JSONEncoder writes it with `.withoutEscapingSlashes`: `"`, `\` and control
    /// characters escaped (`\n`, `\u001b`), nothing else.
    package static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // A native string's bytes are read in place, without a copy of the string to read them.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes) }) == nil {
            var text = text
            text.withUTF8 { appendEscaped($0, to: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `utf8` with `"`, `\` and control characters escaped.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Most text needs no escape and goes in whole.
        guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        var start = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            start = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
}
