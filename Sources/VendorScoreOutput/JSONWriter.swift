import Foundation

/// Writes JSON straight into bytes, laid out byte for byte as `JSONEncoder` lays it out with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), with no
/// `Encoder`, container or intermediate tree in between: the documents of ten thousand vendors
/// run to hundreds of megabytes, and every value is written once, where it goes.
///
/// The caller gives each object's keys in ascending order of their UTF-8 bytes, as `JSONEncoder`
/// sorts them (a debug build checks it); tests compare the result with `JSONEncoder`'s. A writer
/// owns its buffer and cannot be copied; it is passed `inout`.
///
/// ```swift
/// var json = JSONWriter(pretty: false)
/// json.beginObject()
/// json.key("id"); json.string("ctyun")
/// json.key("rank"); json.int(1)
/// json.endObject()
/// json.bytes   // {"id":"ctyun","rank":1}
/// ```
package struct JSONWriter: ~Copyable {
    /// The bytes written, in a buffer of the writer's own: a document of ten thousand vendors
    /// is tens of millions of keys, brackets and indents, and each goes in as a store into room
    /// made once, not an append to an array checked for room and for sharing every time.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    package let pretty: Bool
    /// The nesting of the first value written, for a value placed inside an enclosing document.
    private let baseDepth: Int
    /// The innermost open object or list, kept apart from those around it (`enclosing`): every
    /// key and value looks at it.
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
        capacity = 4_096
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes written so far.
    package var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
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
        defer { count = 0 }
        return bytes
    }

    /// Bytes that are already JSON, placed as they are: the separator and indentation between
    /// the top-level values of a list written in pieces, say.
    package mutating func raw(_ json: [UInt8]) {
        json.withUnsafeBufferPointer { put($0) }
    }

    // MARK: Structure

    package mutating func beginObject() {
        beforeValue()
        put(UInt8(ascii: "{"))
        push(Level(isObject: true))
    }

    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    package mutating func beginArray() {
        beforeValue()
        put(UInt8(ascii: "["))
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
        putString(name)
        put(pretty ? " : " : ":")
    }

    // MARK: Values

    package mutating func string(_ text: String) {
        beforeValue()
        putString(text)
    }

    /// `data` as a base64 string, encoded a piece at a time; after each piece `flush` is handed
    /// the bytes written so far (``take()``), so a file of megabytes is never held as text too.
    package mutating func base64(_ data: [UInt8], flush: ([UInt8]) throws -> Void) rethrows {
        beforeValue()
        put(UInt8(ascii: "\""))
        // Whole groups of three bytes encode on their own, so the pieces join into the whole's base64.
        let piece = 3 * 65_536
        var start = 0
        while start < data.count {
            let end = min(start + piece, data.count)
            Data(data[start..<end]).base64EncodedData().withUnsafeBytes { put($0.bindMemory(to: UInt8.self)) }
            try flush(take())
            start = end
        }
        put(UInt8(ascii: "\""))
    }

    package mutating func int(_ number: Int) {
        beforeValue()
        var text = String(number)
        text.withUTF8 { put($0) }
    }

    package mutating func bool(_ flag: Bool) {
        beforeValue()
        put(flag ? "true" : "false")
    }

    package mutating func null() {
        beforeValue()
        put("null")
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
        let comma = top.count > 0 ? 1 : 0
        top.count += 1
        let spaces = pretty ? 2 * (baseDepth + depth) : 0
        let length = comma + (pretty ? 1 + spaces : 0)
        guard length > 0 else { return }
        reserve(length)
        var next = buffer + count
        if comma == 1 { next.pointee = UInt8(ascii: ","); next += 1 }
        if pretty {
            next.pointee = UInt8(ascii: "\n")
            (next + 1).initialize(repeating: UInt8(ascii: " "), count: spaces)
        }
        count += length
    }

    private mutating func push(_ level: Level) {
        if depth > 0 { enclosing.append(top) }
        top = level
        depth += 1
    }

    private mutating func close(_ closing: UInt8) {
        precondition(depth > 0, "a JSON object or list closed that was not open")
        let empty = top.count == 0
        depth -= 1
        if depth > 0 { top = enclosing.removeLast() }
        if pretty {
            // An empty list or object holds a blank line, without spaces.
            let lines = empty ? 2 : 1, spaces = 2 * (baseDepth + depth)
            reserve(lines + spaces + 1)
            (buffer + count).initialize(repeating: UInt8(ascii: "\n"), count: lines)
            (buffer + count + lines).initialize(repeating: UInt8(ascii: " "), count: spaces)
            count += lines + spaces
        }
        put(closing)
    }

    // MARK: Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }

    private mutating func put(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text` in quotes, escaped as ``appendString(_:to:)`` escapes it.
    private mutating func putString(_ text: String) {
        if let written = text.utf8.withContiguousStorageIfAvailable({ putQuoted($0) }), written { return }
        var escaped: [UInt8] = []
        Self.appendString(text, to: &escaped)
        escaped.withUnsafeBufferPointer { put($0) }
    }

    /// Writes `utf8` in quotes and returns true if it needs no escape; otherwise writes nothing.
    private mutating func putQuoted(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !utf8.contains(where: Self.needsEscape) else { return false }
        reserve(utf8.count + 2)
        buffer[count] = UInt8(ascii: "\"")
        if let base = utf8.baseAddress { (buffer + count + 1).initialize(from: base, count: utf8.count) }
        buffer[count + 1 + utf8.count] = UInt8(ascii: "\"")
        count += utf8.count + 2
        return true
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

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
        guard utf8.contains(where: needsEscape) else {
            bytes.append(contentsOf: utf8)
            return
        }
        var start = 0
        for (index, byte) in utf8.enumerated() where needsEscape(byte) {
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
