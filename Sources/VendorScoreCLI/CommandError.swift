import VendorScoreCore

/// A problem a subcommand reports itself (rather than one found in a rubric or bids file). A
/// command that takes `--lang` words its problems in both languages (from ``CLIMessages``) and
/// they print in the language asked for; the others print English.
struct CommandError: Error, CustomStringConvertible {
    var message: LocalizedText
    var hint: LocalizedText?

    /// A problem worded in English only.
    init(_ message: String, hint: String? = nil) {
        self.message = LocalizedText(en: message)
        self.hint = hint.map { LocalizedText(en: $0) }
    }

    /// A problem worded in both languages.
    init(zh: String, en: String, hintZh: String? = nil, hintEn: String? = nil) {
        message = LocalizedText(zh: zh, en: en)
        hint = hintEn.map { LocalizedText(zh: hintZh ?? $0, en: $0) }
    }

    /// `error: …` or `错误：…`, with the hint in brackets.
    func text(in language: Language) -> String {
        // A problem worded only in English prints as English throughout.
        let language = message.zh == nil ? .en : language
        let hintText = hint.map { $0.text(preferring: language) }
        switch language {
        case .zh:
            return "错误：\(message.text(preferring: .zh))" + (hintText.map { "（\($0)）" } ?? "")
        case .en:
            return "error: \(message.text(preferring: .en))" + (hintText.map { " (\($0))" } ?? "")
        }
    }

    var description: String { text(in: .en) }
}
