extension Rational {
    /// The exact decimal with thousands separated by commas, as amounts are written in tender
    /// documents: `8,900,000`, `1,234.5`.
    ///
    /// ```swift
    /// Rational(8_900_000).grouped   // "8,900,000"
    /// ```
    public var grouped: String {
        let text = Array(decimalString(maxDecimals: 2).utf8)
        let digits = text.firstIndex { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") } ?? text.count
        var result: [UInt8] = []
        result.reserveCapacity(text.count + digits / 3)
        for (offset, digit) in text[..<digits].enumerated() {
            if offset > 0 && (digits - offset) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        result += text[digits...]
        return String(decoding: result, as: UTF8.self)
    }
}
