import VendorScoreCore

/// Words a ``Phrase`` in one language from ``PhraseCatalogue`` (or, for a diagnostic's
/// message, ``DiagnosticCatalogue``): amounts with 元 (or yuan),
/// units in the reader's language, rubric titles in that language, and what users wrote exactly
/// as written.
///
/// ```swift
/// let text = PhraseText(.zh).render(vendor.criteria[0].reason)   // "评标基准价 8,900,000 元 ÷ …"
/// ```
public struct PhraseText: Sendable {
    public let language: Language
    /// Wraps every value a user wrote (names, fact values, titles, ids, fact names, document
    /// numbers, a scorer's own words) as it goes into the text; a test marks them this way to
    /// tell them from the catalogue's words.
    private let userText: @Sendable (String) -> String

    public init(_ language: Language, markingUserText mark: @escaping @Sendable (String) -> String = { $0 }) {
        self.language = language
        userText = mark
    }

    private var zh: Bool { language == .zh }

    /// The phrase in words. A message the catalogue does not know (from a newer record) is
    /// shown as its id and values rather than dropped.
    public func render(_ phrase: Phrase) -> String {
        if let own = phrase.ownText { return userText(own.text(preferring: language)) }
        guard let templates = PhraseTemplate.catalogue[phrase.message] else {
            let values = phrase.values.sorted { $0.key < $1.key }.map { "\($0.key)=\(render($0.value, separator: nil))" }
            return userText(phrase.message) + (values.isEmpty ? "" : " (" + values.joined(separator: ", ") + ")")
        }
        return fill(zh ? templates.zh : templates.en, phrase.values)
    }

    /// The template with each `{name}` or `{name|separator}` replaced by its value; a slot
    /// without a value stays as written, `{name}`.
    private func fill(_ template: PhraseTemplate, _ values: PhraseValues) -> String {
        var result = ""
        for piece in template.pieces {
            switch piece {
            case .words(let words): result += words
            case .slot(let name, let separator): result += values[name].map { render($0, separator: separator) } ?? "{\(name)}"
            }
        }
        return result
    }

    /// One value in words; `separator` joins a list when the template gives one.
    public func render(_ value: PhraseValue, separator: String? = nil) -> String {
        switch value {
        case .amount(let amount): return ReportText.amount(amount) + (zh ? " 元" : " yuan")
        case .number(let number, let decimals): return number.decimalString(maxDecimals: decimals ?? 6)
        case .percent(let number, let decimals): return number.decimalString(maxDecimals: decimals ?? 6) + "%"
        case .quantity(let number, let unit, let decimals):
            return quantity(number.decimalString(maxDecimals: decimals ?? 6), plural: number != 1, unit)
        case .value(let fact): return factValue(fact)
        case .fact(let name), .id(let name), .written(let name), .citation(let name): return userText(name)
        case .writtenList(let items): return items.map(userText).joined(separator: separator ?? listSeparator)
        case .title(let title), .own(let title): return userText(title.text(preferring: language))
        case .phrase(let phrase): return render(phrase)
        case .phrases(let phrases): return phrases.map(render).joined(separator: separator ?? (zh ? "；" : "; "))
        }
    }

    private var listSeparator: String { zh ? "、" : ", " }

    private func quantity(_ number: String, plural: Bool, _ unit: PhraseUnit) -> String {
        switch unit {
        case .minutesPerYear: return number + (zh ? " 分钟/年" : " min/yr")
        case .hoursPerYear: return number + (zh ? " 小时/年" : " h/yr")
        case .years: return number + (zh ? " 年" : plural ? " years" : " year")
        case .points: return number + (zh ? " 分" : plural ? " points" : " point")
        case .vcpus: return number + (zh ? " 核" : plural ? " vCPUs" : " vCPU")
        case .terabytes: return number + " TB"
        case .items: return number + (zh ? " 项" : plural ? " items" : " item")
        case .evaluators: return number + (zh ? " 名评委" : plural ? " evaluators" : " evaluator")
        case .nines: return zh ? "\(number) 个 9" : number + (plural ? " nines" : " nine")
        case .level: return zh ? "\(number) 级" : "level \(number)"
        }
    }

    /// A fact's value: quantities with their units in the reader's language, text as written.
    private func factValue(_ value: FactValue) -> String {
        switch value {
        case .number, .percent: return value.description
        case .duration(let seconds): return zh ? Self.chineseDuration(seconds) : value.description
        case .bool(let flag): return zh ? (flag ? "是" : "否") : (flag ? "true" : "false")
        case .text(let text): return userText(text)
        case .list(let items): return items.map(userText).joined(separator: listSeparator)
        }
    }

    /// `4 小时`, `15 分钟`: the largest unit that divides the duration exactly, like `4h` in English.
    static func chineseDuration(_ seconds: Rational) -> String {
        for (name, length) in [("天", 86_400), ("小时", 3600), ("分钟", 60)] {
            let value = seconds / Rational(length)
            if value.isInteger && !value.isZero { return "\(value) \(name)" }
        }
        return seconds.decimalString() + " 秒"
    }
}
