/// What a cell's number format says about how to read its number: as a percentage (Excel stores
/// 99.95% as 0.9995 with a `0.00%` format), as a date or time (which bids never hold), or as the
/// number itself (currency and thousands formats change only how it is shown).
enum NumberFormat: Equatable {
    case number, percent, date

    /// Excel's built-in formats that are not written in `styles.xml`: 9 and 10 are `0%` and
    /// `0.00%`; 14–22, 27–36, 45–47 and 50–58 are dates and times (the last two ranges in East
    /// Asian editions).
    init(builtin id: Int) {
        switch id {
        case 9, 10: self = .percent
        case 14...22, 27...36, 45...47, 50...58: self = .date
        default: self = .number
        }
    }

    /// Reads a format code: quoted text, escaped characters and bracketed parts (colours,
    /// locales such as `[$¥-804]`) say nothing about the kind; a `%` left makes it a percentage,
    /// a date or time letter a date.
    init(code: String) {
        var bare = ""
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "_", "*": escaped = !quoted  // padding: the next character is not a code
            default: if !quoted && !bracketed { bare.append(character) }
            }
        }
        if bare.contains("%") {
            self = .percent
        } else if bare.lowercased().contains(where: { "ymdhs".contains($0) }) && bare.lowercased() != "general" {
            self = .date
        } else {
            self = .number
        }
    }
}
