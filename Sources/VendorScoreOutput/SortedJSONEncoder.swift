import Foundation

/// Encodes a value byte for byte as `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), several times faster: ten thousand
/// vendors' results make 180 MB of JSON. Values are written as they are encoded instead of being
/// gathered into a tree first.
///
/// Keys are sorted by their UTF-8 bytes, strings escape `"`, `\` and control characters (`\n`,
/// `\u001b`) and nothing else, pretty printing indents by two spaces and writes `"key" : value`,
/// and an empty list or object holds a blank line, all as `JSONEncoder` writes them; tests compare
/// the two on every document the project writes. Values `JSONEncoder` formats in its own way
/// (floating point, dates, data, URLs, decimals) are handed to `JSONEncoder` itself.
///
/// ```swift
/// let bytes = try SortedJSONEncoder(prettyPrinted: true).encode(EvaluationDocument(evaluation))
/// ```
package struct SortedJSONEncoder: Sendable {
    package var prettyPrinted: Bool

    package init(prettyPrinted: Bool) {
        self.prettyPrinted = prettyPrinted
    }

    /// The encoded value. With `depth`, pretty-printed lines after the first are indented as
    /// for a value nested that deep, ready to be placed inside an enclosing document.
    package func encode(_ value: some Encodable, depth: Int = 0) throws -> [UInt8] {
        do {
            return try JSONValueWriter.bytes(of: value, depth: depth, pretty: prettyPrinted)
        } catch is JSONValueWriter.Unsupported {
            let encoder = JSONEncoder()
            encoder.outputFormatting = prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                                     : [.sortedKeys, .withoutEscapingSlashes]
            let bytes = [UInt8](try encoder.encode(value))
            return depth == 0 || !prettyPrinted ? bytes : Self.indented(bytes, by: 2 * depth)
        }
    }

    /// Pretty-printed JSON moved `width` spaces to the right after its first line. The blank line
    /// inside an empty list or object stays without spaces, as the encoder leaves it.
    static func indented(_ json: [UInt8], by width: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count + json.count / 8)
        var previous: UInt8 = 0
        for byte in json {
            if previous == UInt8(ascii: "\n") && byte != UInt8(ascii: "\n") {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
            }
            bytes.append(byte)
            previous = byte
        }
        return bytes
    }
}

/// The encoder handed to one value's `encode(to:)`: it collects what the value writes in the
/// container it asks for, and ``finish()`` gives the value's JSON.
private final class JSONValueWriter: Encoder {
    /// A value this writer leaves to `JSONEncoder`.
    struct Unsupported: Error {}

    /// One member of an object or item of a list: its bytes in ``buffer``, or a container still
    /// being filled (from `nestedContainer` or `superEncoder`).
    struct Entry {
        var key: String
        var start: Int
        var end: Int
        var pending: JSONValueWriter?
    }

    enum Shape {
        case none, object, list, single
    }

    let depth: Int
    let pretty: Bool
    var shape = Shape.none
    var buffer: [UInt8] = []
    var entries: [Entry] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(depth: Int, pretty: Bool) {
        self.depth = depth
        self.pretty = pretty
    }

    static func bytes(of value: some Encodable, depth: Int, pretty: Bool) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write(value, depth: depth, pretty: pretty, into: &bytes)
        return bytes
    }

    /// Appends the JSON of `value` nested at `depth`.
    static func write(_ value: some Encodable, depth: Int, pretty: Bool, into bytes: inout [UInt8]) throws {
        switch value {
        case let text as String:
            appendString(text, to: &bytes)
        case let flag as Bool:
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as Int:
            bytes.append(contentsOf: String(number).utf8)
        case is Double, is Float, is Date, is Data, is URL, is Decimal:
            throw Unsupported()
        default:
            let writer = JSONValueWriter(depth: depth, pretty: pretty)
            try value.encode(to: writer)
            try writer.finish(into: &bytes)
        }
    }

    func finish(into bytes: inout [UInt8]) throws {
        switch shape {
        case .none:
            // A value that encodes nothing is an empty object to JSONEncoder.
            try collection("{", "}", count: 0, into: &bytes) { _, _ in }
        case .single:
            bytes += buffer
        case .object:
            // Sorted by the keys' UTF-8 bytes; the sort is stable, like JSONEncoder's last-wins
            // would be for the repeated keys no document here has.
            let order = entries.indices.sorted { entries[$0].key.precedesInUTF8(entries[$1].key) }
            try collection("{", "}", count: order.count, into: &bytes) { position, bytes in
                let entry = entries[order[position]]
                Self.appendString(entry.key, to: &bytes)
                bytes.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
                try append(entry, to: &bytes)
            }
        case .list:
            try collection("[", "]", count: entries.count, into: &bytes) { position, bytes in
                try append(entries[position], to: &bytes)
            }
        }
    }

    private static let prettyColon = Array(" : ".utf8)
    private static let colon = [UInt8(ascii: ":")]

    private func append(_ entry: Entry, to bytes: inout [UInt8]) throws {
        if let pending = entry.pending {
            try pending.finish(into: &bytes)
        } else {
            bytes += buffer[entry.start..<entry.end]
        }
    }

    /// Writes a list or object of `count` members, each written by `member`, laid out as
    /// JSONEncoder lays them out.
    private func collection(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar, count: Int, into bytes: inout [UInt8],
                            member: (Int, inout [UInt8]) throws -> Void) throws {
        bytes.append(UInt8(ascii: opening))
        if pretty {
            for position in 0..<count {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "\n"))
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (depth + 1)))
                try member(position, &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
            if count == 0 { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        } else {
            for position in 0..<count {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                try member(position, &bytes)
            }
        }
        bytes.append(UInt8(ascii: closing))
    }

    /// A string as JSONEncoder writes it with `.withoutEscapingSlashes`.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        JSONWriter.appendString(text, to: &bytes)
    }

    // MARK: Members

    func add(_ key: String, _ write: (inout [UInt8]) throws -> Void) rethrows {
        let start = buffer.count
        try write(&buffer)
        entries.append(Entry(key: key, start: start, end: buffer.count, pending: nil))
    }

    func add<T: Encodable>(_ key: String, value: T) throws {
        try add(key) { bytes in try Self.write(value, depth: depth + 1, pretty: pretty, into: &bytes) }
    }

    func addPending(_ key: String) -> JSONValueWriter {
        let child = JSONValueWriter(depth: depth + 1, pretty: pretty)
        entries.append(Entry(key: key, start: 0, end: 0, pending: child))
        return child
    }

    func addLiteral(_ key: String, _ text: String) {
        add(key) { $0.append(contentsOf: text.utf8) }
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        shape = .object
        return KeyedEncodingContainer(Keyed<Key>(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        shape = .list
        return Unkeyed(writer: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        shape = .single
        return Single(writer: self)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: JSONValueWriter
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { writer.addLiteral(key.stringValue, "null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { writer.addLiteral(key.stringValue, value ? "true" : "false") }
        mutating func encode(_ value: String, forKey key: Key) throws {
            writer.add(key.stringValue) { JSONValueWriter.appendString(value, to: &$0) }
        }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.addLiteral(key.stringValue, String(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try writer.add(key.stringValue, value: value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            writer.addPending(key.stringValue).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            writer.addPending(key.stringValue).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { writer.addPending("super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { writer.addPending(key.stringValue) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: JSONValueWriter
        var codingPath: [any CodingKey] { [] }
        var count: Int { writer.entries.count }

        mutating func encodeNil() throws { writer.addLiteral("", "null") }
        mutating func encode(_ value: Bool) throws { writer.addLiteral("", value ? "true" : "false") }
        mutating func encode(_ value: String) throws { writer.add("") { JSONValueWriter.appendString(value, to: &$0) } }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: Int8) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: Int16) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: Int32) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: Int64) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: UInt) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: UInt8) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: UInt16) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: UInt32) throws { writer.addLiteral("", String(value)) }
        mutating func encode(_ value: UInt64) throws { writer.addLiteral("", String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.add("", value: value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            writer.addPending("").container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { writer.addPending("").unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { writer.addPending("") }
    }

    struct Single: SingleValueEncodingContainer {
        let writer: JSONValueWriter
        var codingPath: [any CodingKey] { [] }

        private func set(_ text: String) {
            writer.buffer = Array(text.utf8)
        }

        mutating func encodeNil() throws { set("null") }
        mutating func encode(_ value: Bool) throws { set(value ? "true" : "false") }
        mutating func encode(_ value: String) throws {
            writer.buffer = []
            JSONValueWriter.appendString(value, to: &writer.buffer)
        }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { set(String(value)) }
        mutating func encode(_ value: Int8) throws { set(String(value)) }
        mutating func encode(_ value: Int16) throws { set(String(value)) }
        mutating func encode(_ value: Int32) throws { set(String(value)) }
        mutating func encode(_ value: Int64) throws { set(String(value)) }
        mutating func encode(_ value: UInt) throws { set(String(value)) }
        mutating func encode(_ value: UInt8) throws { set(String(value)) }
        mutating func encode(_ value: UInt16) throws { set(String(value)) }
        mutating func encode(_ value: UInt32) throws { set(String(value)) }
        mutating func encode(_ value: UInt64) throws { set(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            var bytes: [UInt8] = []
            try JSONValueWriter.write(value, depth: writer.depth, pretty: writer.pretty, into: &bytes)
            writer.buffer = bytes
        }
    }
}
