/// Reads an amount of money the way people write it in a price cell, exactly, or says why not.
///
/// Accepted, in yuan:
///
/// | written            | read as      |
/// |--------------------|--------------|
/// | `9860000`, `9_860_000`, `9860000.00` | 9860000 |
/// | `9,860,000`, `9，860，000` (full-width comma) | 9860000 |
/// | `¥9,860,000`, `￥9,860,000`, `RMB 9,860,000`, `人民币9,860,000` | 9860000 |
/// | `9,860,000.00元`, `9860000元整` | 9860000 |
/// | `986万`, `986万元`, `986.5万元` | 9860000, 9865000 |
/// | `1.2亿元` | 120000000 |
/// | `９８６万元` (full-width digits) | 9860000 |
///
/// Everything else is refused with a ``Problem``, never guessed: commas that do not group the
/// digits in threes (`9,86,0000`, which could be a typing slip in either direction), more than
/// one decimal point, a sign, another currency or unit (`$`, `USD`, `%`, `千元`), Chinese
/// numerals (`玖佰捌拾陆万元整`), and amounts of more than 15 digits before the point.
///
/// ```swift
/// try WrittenAmount.read("¥9,860,000")   // 9860000
/// try WrittenAmount.read("986.5万元")     // 9865000
/// try WrittenAmount.read("9,86,0000")    // throws .badGrouping
/// ```
public enum WrittenAmount {
    /// Why a written amount was refused.
    public enum Problem: Error, Sendable, Equatable {
        /// Nothing but spaces.
        case empty
        /// Commas that do not separate the integer digits in groups of three.
        case badGrouping(String)
        /// A minus or plus sign: amounts are never negative, and a sign is a typing slip.
        case signed(String)
        /// A currency or unit other than yuan, 万 and 亿.
        case unknownUnit(String, unit: String)
        /// Written in Chinese numerals (大写金额).
        case chineseNumerals(String)
        /// More digits than can be held exactly.
        case tooPrecise(String)
        /// Not a number at all.
        case notAnAmount(String)
    }

    private static let prefixes = ["人民币", "RMB", "CNY", "¥"]
    private static let units: [(suffix: String, scale: Rational)] = [
        ("亿元整", Rational(100_000_000)), ("万元整", Rational(10_000)),
        ("亿元", Rational(100_000_000)), ("万元", Rational(10_000)), ("元整", .one),
        ("亿", Rational(100_000_000)), ("万", Rational(10_000)), ("元", .one),
    ]
    /// Numerals of amounts written in words; `千` alone after digits (`986千元`) is a unit instead.
    private static let chineseNumerals = Set("零〇壹贰叁肆伍陆柒捌玖拾佰仟一二两三四五六七八九十百千")
    /// The largest amount read: 15 digits before the point, as ``Rational/init(decimal:)`` allows.
    private static let limit = Rational(999_999_999_999_999)

    /// The amount in yuan, exactly.
    public static func read(_ written: String) throws(Problem) -> Rational {
        if let plain = Rational(decimal: written.trimmingSpaces()), !plain.isNegative, !written.contains("+") {
            return plain
        }
        var text = normalised(written)
        guard !text.isEmpty else { throw .empty }
        if !text.contains(where: \.isASCIIDigit), text.contains(where: chineseNumerals.contains) { throw .chineseNumerals(written) }
        if let sign = text.first, sign == "-" || sign == "+" { throw .signed(written) }
        for prefix in prefixes where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingSpaces()
            break
        }
        if let sign = text.first, sign == "-" || sign == "+" { throw .signed(written) }
        var scale = Rational.one
        var unitWritten = ""
        for unit in units where text.hasSuffix(unit.suffix) {
            text = String(text.dropLast(unit.suffix.count)).trimmingSpaces()
            scale = unit.scale
            unitWritten = unit.suffix
            break
        }
        let numeral = text.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "_") }
        guard !numeral.isEmpty, numeral.first!.isNumber else {
            guard let unit = text.first.map(String.init), text.contains(where: \.isASCIIDigit) else { throw .notAnAmount(written) }
            throw .unknownUnit(written, unit: unit + text.dropFirst().prefix { !$0.isASCIIDigit && $0 != " " })
        }
        let rest = text.dropFirst(numeral.count).trimmingSpaces()
        if !rest.isEmpty {
            if rest.contains(where: \.isASCIIDigit) || rest.first == "," || rest.first == "." { throw .notAnAmount(written) }
            throw .unknownUnit(written, unit: rest + unitWritten)
        }
        let parts = numeral.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else { throw .notAnAmount(written) }
        if parts.count == 2, parts[1].contains(",") { throw .badGrouping(written) }
        let integer = parts[0]
        if integer.contains(",") {
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  !groups.contains(where: { $0.contains("_") })
            else { throw .badGrouping(written) }
        }
        let digits = numeral.filter { $0 != "," }
        guard let value = Rational(decimal: digits) else {
            if digits.contains("_") { throw .notAnAmount(written) }
            throw .tooPrecise(written)
        }
        let amount = value * scale
        guard amount <= limit else { throw .tooPrecise(written) }
        return amount
    }

    /// Full-width digits and punctuation as their ASCII forms; spaces (including the ideographic
    /// space) trimmed; `￥` as `¥`.
    private static func normalised(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0C: scalars.append(",")
            case 0xFF0E: scalars.append(".")
            case 0xFF0B: scalars.append("+")
            case 0xFF0D, 0x2212: scalars.append("-")
            case 0xFFE5: scalars.append("¥")
            case 0x3000, 0xA0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
