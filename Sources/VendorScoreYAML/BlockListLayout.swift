import CYAML

/// Where the items of a block list under a root key start, read from the lines alone, so that a
/// long list can be cut at its items and each piece parsed on its own core.
///
/// It answers only for a plain layout, and is `nil` for anything else: the key written at the
/// start of a line, `key:` and nothing after it but a comment, then the list's items each
/// starting a line at one column (`- `), every other line of the list indented further (or blank,
/// or a comment), and nothing after the list. Lines broken by anything but `\n` or `\r\n` (YAML
/// also breaks lines at a lone `\r`, NEL, LS and PS) give `nil` too, so line numbers agree with
/// the parser's.
///
/// The layout is a guess made without parsing: a quoted text or a flow collection running over
/// several lines can look like an item start. ``YAMLParser/parseInPieces(_:limits:recordingItemsOf:pieceSize:_:)``
/// checks it by parsing every piece and the rest of the document, and parses the file whole
/// whenever any of them is not what the layout says.
///
/// ```swift
/// let bytes = Array("format: x\nbids:\n  - id: a\n  - id: b\n".utf8)
/// let layout = bytes.withUnsafeBufferPointer { BlockListLayout($0, key: "bids") }
/// layout?.starts   // [16, 27]
/// layout?.lines    // [2, 3]
/// ```
struct BlockListLayout: Equatable {
    /// The byte offset of each item's first line.
    var starts: [Int] = []
    /// The number of each item's first line, from 0.
    var lines: [Int] = []
    /// The column of the items' dashes, from 0.
    var column = 0

    private enum Phase {
        case beforeKey, beforeList, inList
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>, key: String) {
        guard let base = bytes.baseAddress, !Self.breaksOtherwise(bytes) else { return nil }
        let keyLine = Array(key.utf8) + [UInt8(ascii: ":")]
        let count = bytes.count
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        var phase = Phase.beforeKey
        while position < count {
            let lineStart = position
            var first = position
            while first < count, bytes[first] == Self.space { first += 1 }
            let end = memchr(base + first, Int32(Self.newline), count - first).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            let contentEnd = end > first && bytes[end - 1] == Self.carriageReturn ? end - 1 : end
            let indent = first - lineStart
            switch phase {
            case .beforeKey:
                if indent == 0, Self.isKeyLine(bytes, from: first, to: contentEnd, key: keyLine) { phase = .beforeList }
            case .beforeList, .inList:
                if Self.isBlank(bytes, from: first, to: contentEnd) || bytes[first] == Self.hash { break }
                if phase == .inList, indent > column { break }
                guard Self.isItemStart(bytes, at: first, to: contentEnd), phase == .beforeList || indent == column else { return nil }
                if phase == .beforeList {
                    column = indent
                    phase = .inList
                }
                starts.append(lineStart)
                lines.append(line)
            }
            line += 1
            position = end + 1
        }
        if starts.isEmpty { return nil }
    }

    /// Whether a line breaks at something other than `\n` or `\r\n`: a lone CR, NEL (C2 85),
    /// LS (E2 80 A8) or PS (E2 80 A9). Each looks for its first byte with `memchr`, as rare
    /// as these bytes are in a bids file.
    private static func breaksOtherwise(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func any(_ lead: UInt8, _ follows: (Int) -> Bool) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            var position = 0
            while position < bytes.count, let found = memchr(base + position, Int32(lead), bytes.count - position) {
                let index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                if follows(index + 1) { return true }
                position = index + 1
            }
            return false
        }
        return any(carriageReturn) { $0 == bytes.count || bytes[$0] != newline }
            || any(0xC2) { $0 < bytes.count && bytes[$0] == 0x85 }
            || any(0xE2) { $0 + 1 < bytes.count && bytes[$0] == 0x80 && (bytes[$0 + 1] == 0xA8 || bytes[$0 + 1] == 0xA9) }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-")

    /// `key:` followed by nothing but blanks and a comment.
    private static func isKeyLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, key: [UInt8]) -> Bool {
        guard end - start >= key.count, bytes[start..<(start + key.count)].elementsEqual(key) else { return false }
        var position = start + key.count
        guard position == end || bytes[position] == space || bytes[position] == tab else { return false }
        while position < end, bytes[position] == space || bytes[position] == tab { position += 1 }
        return position == end || bytes[position] == hash
    }

    /// Nothing on the line but spaces and tabs.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        bytes[start..<end].allSatisfy { $0 == space || $0 == tab }
    }

    /// A dash followed by a blank or the line's end, as the parser reads a list item.
    private static func isItemStart(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, to end: Int) -> Bool {
        bytes[start] == dash && (start + 1 == end || bytes[start + 1] == space || bytes[start + 1] == tab)
    }
}
