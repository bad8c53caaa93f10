/// What the engine or a scorer says about a result, without words: a message id and its typed
/// values. Renderers word it in the language asked for from their catalogue, so one evaluation
/// (and one record) reads in Chinese or English alike.
///
/// Values keep what a reader must see exactly as given: amounts, numbers, units, fact names, text
/// the user wrote (vendor names, fact values), and rubric titles in both languages.
///
/// ```swift
/// Phrase("price-87.formula", ["benchmark": .amount(8_900_000), "price": .amount(9_860_000), "maximum": .number(30)])
/// Phrase(zh: "能效比 1.3，达到目标", en: "PUE 1.3 meets the target")   // a custom scorer's own words
/// let plain: Phrase = "PUE 1.3 meets the target"                         // one text for both languages
/// ```
public struct Phrase: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The message id, such as `gate.failed`; the catalogue words each id in every language.
    public var message: String
    /// The values the message quotes, by name.
    public var values: PhraseValues

    /// A message and its values. The values are always given, `[:]` when there are none:
    /// `Phrase("text")` alone is a string literal, one text for every language.
    public init(_ message: String, _ values: PhraseValues) {
        self.message = message
        self.values = values
    }

    /// The message id of a scorer's own text (see ``init(zh:en:)``).
    public static let ownText = "text"

    /// A scorer's own words in Chinese, English or both; a missing language shows the other.
    public init(zh: String? = nil, en: String? = nil) {
        self.init(Self.ownText, ["text": .own(LocalizedText(zh: zh, en: en))])
    }

    /// One text shown in every language, for scorers that give only one.
    public init(stringLiteral value: String) {
        self.init(zh: value, en: value)
    }

    /// The scorer's own text when this phrase is one, else `nil`.
    public var ownText: LocalizedText? {
        guard message == Self.ownText, case .own(let text)? = values["text"] else { return nil }
        return text
    }
}

/// One value a ``Phrase`` quotes, with its kind, so the catalogue can give it its unit and its
/// form in each language.
public indirect enum PhraseValue: Sendable, Hashable {
    /// Money in 元, written with grouped thousands.
    case amount(Rational)
    /// A plain number; `decimals` caps the decimals shown (an ellipsis marks the cut).
    case number(Rational, decimals: Int? = nil)
    /// A number of percent.
    case percent(Rational, decimals: Int? = nil)
    /// A number with a unit.
    case quantity(Rational, PhraseUnit, decimals: Int? = nil)
    /// A fact's value as a bid or rubric wrote it; numbers, percentages and durations get their
    /// units in the reader's language, text and list items are shown as written.
    case value(FactValue)
    /// The name of a fact, such as `data_location`.
    case fact(String)
    /// An id a person needs to find something, such as a vendor id.
    case id(String)
    /// Text a user wrote, shown exactly: a vendor's name, a list item, a fact's text.
    case written(String)
    /// Several user-written items.
    case writtenList([String])
    /// A title from the rubric, in both languages.
    case title(LocalizedText)
    /// A document number, such as 财库〔2026〕2号, shown as issued.
    case citation(String)
    /// Words supplied with the input in one or two languages (a custom scorer's reason, a
    /// committee's decision).
    case own(LocalizedText)
    /// A nested phrase.
    case phrase(Phrase)
    /// Several phrases, joined as one sentence of clauses.
    case phrases([Phrase])
}

/// The units a ``PhraseValue/quantity(_:_:decimals:)`` carries.
public enum PhraseUnit: String, Sendable, Hashable, CaseIterable {
    case minutesPerYear = "minutes-per-year"
    case hoursPerYear = "hours-per-year"
    case years
    case points
    case vcpus
    case terabytes
    case items
    case evaluators
    case nines
    case level
}

extension PhraseValue {
    /// An optional nested phrase: present or an empty clause.
    public static func optional(_ phrase: Phrase?) -> PhraseValue {
        .phrases(phrase.map { [$0] } ?? [])
    }
}

extension Phrase: CustomStringConvertible {
    /// The message id and its values, as a developer reads them in a test failure or a log; a
    /// scorer's own text is shown as it is. Readers get words from a renderer's catalogue.
    public var description: String {
        if let own = ownText { return own.en ?? own.zh ?? "" }
        guard !values.isEmpty else { return message }
        return message + " {" + values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// The message ids of the phrase and of every phrase it nests, outermost first: what a
    /// catalogue must word for the phrase to read in full.
    public var messages: [String] {
        [message] + values.sorted { $0.key < $1.key }.flatMap { entry -> [String] in
            switch entry.value {
            case .phrase(let nested): return nested.messages
            case .phrases(let nested): return nested.flatMap(\.messages)
            default: return []
            }
        }
    }

    /// Every piece of text the phrase carries as given (a scorer's own words, written values,
    /// titles), nested phrases included: what a check of one-line reasons must look at.
    public var carriedText: [String] {
        values.sorted { $0.key < $1.key }.flatMap { $0.value.carriedText }
    }
}

extension PhraseValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .amount(let value), .number(let value, _), .percent(let value, _): return value.decimalString()
        case .quantity(let value, let unit, _): return "\(value.decimalString()) \(unit.rawValue)"
        case .value(let value): return value.description
        case .fact(let text), .id(let text), .written(let text), .citation(let text): return text
        case .writtenList(let items): return "[" + items.joined(separator: ", ") + "]"
        case .title(let text), .own(let text): return text.en ?? text.zh ?? ""
        case .phrase(let phrase): return phrase.description
        case .phrases(let phrases): return "[" + phrases.map(\.description).joined(separator: "; ") + "]"
        }
    }

    var carriedText: [String] {
        switch self {
        case .amount, .number, .percent, .quantity: return []
        case .value(let value): return [value.description]
        case .fact(let text), .id(let text), .written(let text), .citation(let text): return [text]
        case .writtenList(let items): return items
        case .title(let text), .own(let text): return [text.zh, text.en].compactMap { $0 }
        case .phrase(let phrase): return phrase.carriedText
        case .phrases(let phrases): return phrases.flatMap(\.carriedText)
        }
    }
}
