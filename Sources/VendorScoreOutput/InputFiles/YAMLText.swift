import VendorScoreCore

/// Writes values for the YAML input files VendorScore reads back, so that what is written is
/// read as the same value: text always double-quoted (so `"3"` and `"true"` stay text), numbers as
/// exact decimals.
enum YAMLText {
    /// A double-quoted scalar, with every character YAML would not keep as it is escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // C0 and C1 controls, DEL, the byte-order mark and the line and paragraph
                // separators are escaped: YAML does not keep them as written.
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0x2028 || value == 0x2029 {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An exact decimal. Every amount and mark VendorScore reads has at most nine decimals.
    static func number(_ value: Rational) -> String {
        value.decimalString(maxDecimals: 9)
    }

    /// A fact as written in a bids file: typed values plain, text quoted, list items quoted.
    static func fact(_ value: FactValue) -> String {
        switch value {
        case .number(let amount): return number(amount)
        case .percent(let share): return number(share) + "%"
        case .duration, .bool: return value.description
        case .text(let text): return quoted(text)
        case .list(let items): return "[" + items.map(quoted).joined(separator: ", ") + "]"
        }
    }
}
