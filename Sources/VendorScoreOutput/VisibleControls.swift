import VendorScoreCore

/// Control characters made visible, so a vendor or rubric name cannot drive the terminal or the
/// reader's eye: an ESC sequence recolouring the screen, a BEL, a carriage return overwriting a
/// line, or a right-to-left override reordering a table.
///
/// C0 controls and DEL become their Unicode control pictures (ESC is `␛`, BEL `␇`); C1 controls
/// and bidirectional overrides become `<U+009B>`, `<U+202E>`.
///
/// ```swift
/// "Evil\u{1B}[31mCloud\u{07}".visibleControls()   // "Evil␛[31mCloud␇"
/// ```
extension String {
    public func visibleControls(keepingLineBreaks: Bool = false) -> String {
        // Most text has none of these bytes: return it untouched without rebuilding it.
        let suspicious = utf8.contains { byte in
            (byte < 0x20 && !(keepingLineBreaks && byte == 0x0A)) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        guard suspicious else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let value = scalar.value
            if keepingLineBreaks && value == 0x0A {
                result.append(scalar)
            } else if value < 0x20 {
                result.append(Unicode.Scalar(0x2400 + value)!)
            } else if value == 0x7F {
                result.append("\u{2421}")
            } else if (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                result.append(contentsOf: "<U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4))>".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd`, `-2+3`, `@SUM(…)`, or
/// text starting with a tab or carriage return) get a leading apostrophe, as OWASP advises for
/// CSV injection; the spreadsheet then shows the text as written. Numbers are left as they are.
///
/// ```swift
/// CSVCell.neutralised("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
/// CSVCell.neutralised("-12.5")                       // "-12.5"
/// ```
public enum CSVCell {
    public static func neutralised(_ field: String) -> String {
        guard let first = field.utf8.first,
              first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
                || first == 0x09 || first == 0x0D else { return field }
        if Rational(decimal: field) != nil { return field }
        return "'" + field
    }
}
