/// A number as a workbook stores it (`9860000`, `0.9995`, `9.86E6`, `1E-3`), rewritten as a plain
/// decimal by moving digits, never through `Double`.
///
/// Excel keeps 15 significant digits; some writers store the binary value's 16 or 17
/// (`0.9995000000000001` for 99.95%). The stored digits are rounded half-up to 15 significant
/// digits, which is the number Excel shows and computes with, and no digit a person typed is lost.
///
/// ```swift
/// NumberLiteral.plain("9.86E6")                         // "9860000"
/// NumberLiteral.plain("0.9995000000000001", shift: 2)   // "99.95" (a percentage)
/// ```
enum NumberLiteral {
    /// The literal times 10^`shift` as a plain decimal, or `nil` when it is not a number.
    static func plain(_ literal: String, shift: Int = 0) -> String? {
        var text = Substring(literal)
        var negative = false
        if let sign = text.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            text = text.dropFirst()
        }
        var exponent = shift
        if let marker = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let power = Int(text[text.index(after: marker)...]), abs(power) < 400 else { return nil }
            exponent += power
            text = text[..<marker]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.contains(where: { !$0.isEmpty })
        else { return nil }
        var digits = Array(parts[0] + (parts.count == 2 ? parts[1] : ""))
        // The position of the decimal point within `digits`, moved by the exponent.
        var point = parts[0].count + exponent
        while digits.count > 1, digits[0] == "0" {
            digits.removeFirst()
            point -= 1
        }
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= "5"
            digits.removeLast(digits.count - significantDigits)
            if roundUp { point += carry(&digits) }
        }
        if point < 0 {
            digits.insert(contentsOf: repeatElement("0", count: -point), at: 0)
            point = 0
        }
        if point > digits.count { digits.append(contentsOf: repeatElement("0", count: point - digits.count)) }
        var integer = String(digits[..<point].drop { $0 == "0" })
        var fraction = String(digits[point...])
        while fraction.last == "0" { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        let isZero = integer == "0" && fraction.isEmpty
        return (negative && !isZero ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    static let significantDigits = 15

    /// Adds one in the last place; returns 1 when the digits grew by one (999 → 1000).
    private static func carry(_ digits: inout [Character]) -> Int {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] == "9" {
                digits[index] = "0"
                index -= 1
            } else {
                digits[index] = Character(Unicode.Scalar(digits[index].asciiValue! + 1))
                return 0
            }
        }
        digits.insert("1", at: 0)
        digits.removeLast()
        return 1
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
