import VendorScoreOutput

/// Estimates of how wide text is drawn, for laying out chart labels without a font at hand.
///
/// The estimate errs wide: a CJK character takes one em, anything else 0.62 em (wider than the
/// average Latin letter or digit in common sans-serif fonts), so a label that fits here fits when
/// drawn.
enum TextMetrics {
    /// The height above the baseline, in ems, that a label's box reserves.
    static let ascent = 0.95
    /// The depth below the baseline, in ems.
    static let descent = 0.25

    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { total, scalar in
            switch DisplayWidth.of(scalar) {
            case 0: return total
            case 2: return total + 1
            default: return total + 0.62
            }
        } * fontSize
    }

    /// The text, shortened with "…" when it is wider than `width`.
    static func truncate(_ text: String, toWidth width: Double, fontSize: Double) -> String {
        if self.width(text, fontSize: fontSize) <= width { return text }
        var characters = Array(text)
        while !characters.isEmpty && self.width(String(characters) + "…", fontSize: fontSize) > width {
            characters.removeLast()
        }
        return characters.isEmpty ? "…" : String(characters).trimmingSpaces() + "…"
    }

    /// The text broken into at most `maxLines` lines no wider than `width`: at spaces, or between
    /// any two CJK characters; a word too long for a line is broken where it must be, and a last
    /// line that cannot hold the rest ends in "…".
    static func wrap(_ text: String, toWidth width: Double, fontSize: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for unit in units(of: text) {
            let candidate = current.isEmpty ? unit.trimmingSpaces() : current + unit
            if candidate.isEmpty { continue }
            if self.width(candidate, fontSize: fontSize) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = unit.trimmingSpaces()
            // A single unit wider than the line: break it by characters.
            while self.width(current, fontSize: fontSize) > width && current.count > 1 {
                var head = ""
                for character in current {
                    if self.width(head + String(character), fontSize: fontSize) > width { break }
                    head.append(character)
                }
                if head.isEmpty { head = String(current.prefix(1)) }
                lines.append(head)
                current = String(current.dropFirst(head.count))
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        let rest = lines[(maxLines - 1)...].joined(separator: " ")
        kept[maxLines - 1] = truncate(rest + "…", toWidth: width, fontSize: fontSize)
        if !kept[maxLines - 1].hasSuffix("…") { kept[maxLines - 1] += "…" }
        return kept
    }

    /// Words with their leading space, and single CJK characters, in order.
    private static func units(of text: String) -> [String] {
        var units: [String] = []
        var word = ""
        for character in text {
            let wide = character.unicodeScalars.first.map { DisplayWidth.of($0) == 2 } ?? false
            if character == " " {
                if !word.isEmpty && word != " " { units.append(word) }
                word = " "
            } else if wide {
                if !word.isEmpty { units.append(word) }
                units.append(String(character))
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { units.append(word) }
        return units
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
