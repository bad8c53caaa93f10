/// Reads a decimal number at the start of UTF-8 bytes, exactly, in one pass. Shared by
/// ``Rational/init(decimal:)`` and ``FactValue/parse(_:)``, which read hundreds of thousands of
/// values from a large bids file.
struct DecimalScanner {
    enum Outcome {
        /// A number, and where the bytes after it start.
        case number(Rational, end: Int)
        /// Digits, but more than can be held exactly (or a malformed mix such as `1.2.3`).
        case tooPrecise
        /// No number at the start.
        case none
    }

    static let maxIntegerDigits = 15
    static let maxFractionDigits = 9

    /// Scans `bytes[start...]`: an optional sign, digits grouped by `_`, an optional fraction.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
        var index = start
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var integer: Int128 = 0
        var scale: Int128 = 1
        var integerDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        var lastWasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                integer = integer &* 10 &+ Int128(byte &- UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    scale = scale &* 10
                } else {
                    integerDigits += 1
                }
                if integerDigits > maxIntegerDigits || fractionDigits > maxFractionDigits { return .tooPrecise }
                lastWasDigit = true
            } else if byte == UInt8(ascii: ".") {
                guard !seenPoint, lastWasDigit else { return integerDigits > 0 ? .tooPrecise : .none }
                seenPoint = true
                lastWasDigit = false
            } else if byte == UInt8(ascii: "_") {
                guard lastWasDigit, !seenPoint else { return integerDigits > 0 ? .tooPrecise : .none }
                lastWasDigit = false
            } else {
                break
            }
            index += 1
        }
        guard lastWasDigit else { return integerDigits > 0 ? .tooPrecise : .none }
        return .number(Rational(negative ? -integer : integer, scale), end: index)
    }
}
