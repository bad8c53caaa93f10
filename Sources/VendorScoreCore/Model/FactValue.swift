/// A typed value: a fact in a bid, or a scorer parameter.
///
/// Types come from how the value is written, the same way in YAML and in CSV:
///
/// | written            | value                         |
/// |--------------------|-------------------------------|
/// | `12`, `3.5`        | ``number(_:)``                |
/// | `99.95%`           | ``percent(_:)`` holding 99.95 |
/// | `30s`, `15min`, `4h`, `2d` | ``duration(seconds:)``|
/// | `true`, `false`    | ``bool(_:)``                  |
/// | a YAML list, or `a \| b` in CSV | ``list(_:)``     |
/// | anything else, or quoted | ``text(_:)``            |
///
/// ```swift
/// let sla = try FactValue.parse("99.95%")   // .percent(99.95)
/// ```
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
    case number(Rational)
    case percent(Rational)
    case duration(seconds: Rational)
    case bool(Bool)
    case text(String)
    case list([String])

    /// The value read as an amount of money in yuan (``FactKind/amount``): a number as it is,
    /// text as ``WrittenAmount`` reads it (`¥2,800,000`, `280万元`), or why that text is not an
    /// amount; `nil` for a value of another kind.
    ///
    /// ```swift
    /// FactValue.text("280万元").amount          // .success(2800000)
    /// FactValue.text("28,00,000").amount       // .failure(.badGrouping("28,00,000"))
    /// ```
    public var amount: Result<Rational, WrittenAmount.Problem>? {
        switch self {
        case .number(let value): return .success(value)
        case .text(let text): return Result { () throws(WrittenAmount.Problem) in try WrittenAmount.read(text) }
        case .percent, .duration, .bool, .list: return nil
        }
    }

    public var kind: FactKind {
        switch self {
        case .number: return .number
        case .percent: return .percent
        case .duration: return .duration
        case .bool: return .bool
        case .text: return .text
        case .list: return .list
        }
    }

    /// The value as written back, canonically: `99.95%`, `4h`, `true`, `[鲲鹏, 海光]`.
    public var description: String {
        switch self {
        case .number(let value): return value.decimalString()
        case .percent(let value): return value.decimalString() + "%"
        case .duration(let seconds): return Self.durationText(seconds)
        case .bool(let value): return value ? "true" : "false"
        case .text(let value): return value
        case .list(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }

    /// The numeric magnitude of a number, percentage (in percent) or duration (in seconds).
    public var magnitude: Rational? {
        switch self {
        case .number(let value), .percent(let value), .duration(let value): return value
        default: return nil
        }
    }

    /// Why a written value could not be read as a fact.
    public enum ParseError: Error, Sendable, Equatable {
        case negative(String)
        case notFinite(String)
        case percentOver100(String)
        case tooPrecise(String)
    }

    /// Types a plain (unquoted) scalar. Quoted YAML scalars are always ``text(_:)``.
    ///
    /// Facts are quantities, amounts and durations: negative values, `nan` and `inf`, and
    /// percentages above 100 are errors rather than values.
    public static func parse(_ raw: String) throws(ParseError) -> FactValue {
        var text = raw
        return try text.withUTF8 { bytes -> Result<FactValue, ParseError> in
            do throws(ParseError) {
                return .success(try parse(utf8: bytes) { raw })
            } catch {
                return .failure(error)
            }
        }.get()
    }

    /// Types the UTF-8 bytes of a plain scalar as ``parse(_:)`` types its text, making a `String`
    /// only for a value that is text: `raw` gives the bytes as a string.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, raw: () -> String) throws(ParseError) -> FactValue {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
        guard start < end else { return .text(raw()) }
        return try parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), raw: raw)
    }

    /// Types trimmed UTF-8 bytes, dispatching on the first byte so that words never reach the
    /// number reader.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, raw: () -> String) throws(ParseError) -> FactValue {
        func text() -> String { String(decoding: bytes, as: UTF8.self) }
        switch bytes[0] {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if matches(bytes, ["true", "True", "TRUE"]) { return .bool(true) }
            if matches(bytes, ["false", "False", "FALSE"]) { return .bool(false) }
            return .text(raw())
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            break
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "i"), UInt8(ascii: "I"):
            if matches(bytes, nonFinite) { throw .notFinite(text()) }
            return .text(raw())
        default:
            return .text(raw())
        }
        switch DecimalScanner.scan(bytes, from: 0) {
        case .none:
            if matches(bytes, nonFinite) { throw .notFinite(text()) }
            return .text(raw())
        case .tooPrecise:
            throw .tooPrecise(text())
        case .number(let value, var index):
            if value.isNegative { throw .negative(text()) }
            if index == bytes.count { return .number(value) }
            while index < bytes.count, bytes[index] == 32 { index += 1 }
            let suffix = UnsafeBufferPointer(rebasing: bytes[index...])
            if suffix.count == 1 && suffix[0] == UInt8(ascii: "%") {
                if value > 100 { throw .percentOver100(text()) }
                return .percent(value)
            }
            for unit in durationUnits where unit.names.contains(where: { matches(suffix, $0) }) {
                return .duration(seconds: value * Rational(unit.seconds))
            }
            // "50%%" or "1.2.3" is a mistyped number, not a word.
            if suffix.allSatisfy({ $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: ".") || ($0 >= 48 && $0 <= 57) }) {
                throw .tooPrecise(text())
            }
            return .text(raw())
        }
    }

    private static let nonFinite = [".nan", ".NaN", ".NAN", "nan", "NaN", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "+.inf",
                                    "inf", "-inf", "Infinity", "-Infinity"]

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        word.utf8.elementsEqual(bytes)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [String]) -> Bool {
        words.contains { matches(bytes, $0) }
    }

    /// Units a duration may be written in, with their length in seconds.
    static let durationUnits: [(names: [String], seconds: Int)] = [
        (["s", "sec", "second", "seconds", "秒"], 1),
        (["min", "mins", "minute", "minutes", "分钟"], 60),
        (["h", "hr", "hour", "hours", "小时"], 3600),
        (["d", "day", "days", "天"], 86_400),
    ]

    private static func durationText(_ seconds: Rational) -> String {
        for (names, length) in durationUnits.reversed() {
            let value = seconds / Rational(length)
            if value.isInteger && !value.isZero { return "\(value)\(names[0])" }
        }
        return seconds.decimalString() + "s"
    }
}

/// The kinds of ``FactValue``, as a scorer asks for them.
///
/// `amount` is the one kind no value has of itself: an amount of money in yuan, given as a number
/// or written the way people write a price cell (`2,800,000`, `¥2,800,000`, `280万元`), read
/// exactly by ``WrittenAmount``. A scorer reading costs asks for it, so a cost is read as the
/// price beside it is.
public enum FactKind: String, Sendable, Hashable, CustomStringConvertible {
    case number, percent, duration, bool, text, list, amount

    public var description: String {
        switch self {
        case .number: return "a number"
        case .percent: return "a percentage such as 99.95%"
        case .duration: return "a duration such as 30s, 15min, 4h or 2d"
        case .bool: return "true or false"
        case .text: return "text"
        case .list: return "a list"
        case .amount: return "an amount in yuan such as 2,800,000 or 280万元"
        }
    }
}

extension BidirectionalCollection where Self: StringProtocol {
    func trimmingSpaces() -> String {
        if let first = first, let last = last, first != " ", first != "\t", last != " ", last != "\t" { return String(self) }
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
