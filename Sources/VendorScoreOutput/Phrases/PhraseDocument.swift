import VendorScoreCore

extension EvaluationDocument {
    /// A reason, flag or note as JSON: the message id and its typed values, which render in any
    /// language and are all a record keeps, and optionally the words in one language for readers
    /// without the catalogue (`--format json` writes them in the language of `--lang`, a record
    /// writes none):
    ///
    /// ```json
    /// {"message": "gate.failed", "values": {"fact": {"fact": "data_location"}, "found": {"value": "上海市", "kind": "text"}, …},
    ///  "text": {"en": "data_location is 上海市; required one of 本省"}}
    /// ```
    public struct Reason: Codable, Sendable, Equatable {
        public var phrase: Phrase
        /// The phrase in words, in the one language asked for (the other is `nil`), or `nil` when
        /// only the structure is kept.
        public var text: Text?
        /// The one line of English a record made before VendorScore 0.3.0 holds instead of a
        /// message, kept as read so the record's seal still checks; it is shown in every language.
        public private(set) var earlierText: String?

        /// The reason of `phrase`, with its words in `language` when one is given.
        public init(_ phrase: Phrase, wordedIn language: Language? = nil) {
            self.phrase = phrase
            text = language.map { language in
                let words = PhraseText(language).render(phrase)
                return Text(zh: language == .zh ? words : nil, en: language == .en ? words : nil)
            }
        }

        enum CodingKeys: String, CodingKey {
            case message, values, text
        }

        public init(from decoder: any Decoder) throws {
            if let line = try? decoder.singleValueContainer().decode(String.self) {
                phrase = Phrase(zh: line, en: line)
                earlierText = line
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phrase = try PhraseCoding.phrase(from: container, messageKey: .message, valuesKey: .values)
            text = try container.decodeIfPresent(Text.self, forKey: .text)
        }

        public func encode(to encoder: any Encoder) throws {
            if let earlierText {
                var single = encoder.singleValueContainer()
                try single.encode(earlierText)
                return
            }
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(phrase.message, forKey: .message)
            try container.encode(PhraseCoding.Values(phrase.values), forKey: .values)
            if let text { try container.encode(Words(text), forKey: .text) }
        }

        /// The words of a reason: only the language they are in, `{"en": "…"}`.
        private struct Words: Encodable {
            var text: Text

            init(_ text: Text) { self.text = text }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Text.CodingKeys.self)
                try container.encodeIfPresent(text.en, forKey: .en)
                try container.encodeIfPresent(text.zh, forKey: .zh)
            }
        }

        /// The reason in `language`: from the catalogue, which words even a record in the language asked.
        public func text(_ language: Language) -> String { PhraseText(language).render(phrase) }
    }
}

/// The JSON form of a ``Phrase``'s values: each value an object with one key naming its kind,
/// `{"amount": "5350000"}`, `{"quantity": "262.8", "unit": "minutes-per-year"}`, numbers exact
/// (`"13350/493"` when a fraction does not end).
enum PhraseCoding {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct DecodingFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func phrase<K: CodingKey>(from container: KeyedDecodingContainer<K>, messageKey: K, valuesKey: K) throws -> Phrase {
        let message = try container.decode(String.self, forKey: messageKey)
        let values = try container.decode(Values.self, forKey: valuesKey)
        return Phrase(message, values.values)
    }

    struct Values: Codable {
        var values: PhraseValues

        init(_ values: PhraseValues) { self.values = values }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            var values: [String: PhraseValue] = [:]
            for key in container.allKeys {
                values[key.stringValue] = try container.decode(Value.self, forKey: key).value
            }
            self.values = PhraseValues(values)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in values.sorted(by: { $0.key < $1.key }) {
                try container.encode(Value(value), forKey: Key(name))
            }
        }
    }

    struct PhraseBox: Codable {
        var phrase: Phrase

        enum CodingKeys: String, CodingKey { case message, values }

        init(_ phrase: Phrase) { self.phrase = phrase }

        init(from decoder: any Decoder) throws {
            phrase = try PhraseCoding.phrase(from: try decoder.container(keyedBy: CodingKeys.self), messageKey: .message, valuesKey: .values)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(phrase.message, forKey: .message)
            try container.encode(Values(phrase.values), forKey: .values)
        }
    }

    struct Value: Codable {
        var value: PhraseValue

        init(_ value: PhraseValue) { self.value = value }

        enum CodingKeys: String, CodingKey {
            case amount, number, percent, quantity, unit, decimals, value, kind, fact, id, written, writtenList = "written_list"
            case title, citation, own, phrase, phrases
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch value {
            case .amount(let amount): try container.encode(amount.description, forKey: .amount)
            case .number(let number, let decimals):
                try container.encode(number.description, forKey: .number)
                try container.encodeIfPresent(decimals, forKey: .decimals)
            case .percent(let number, let decimals):
                try container.encode(number.description, forKey: .percent)
                try container.encodeIfPresent(decimals, forKey: .decimals)
            case .quantity(let number, let unit, let decimals):
                try container.encode(number.description, forKey: .quantity)
                try container.encode(unit.rawValue, forKey: .unit)
                try container.encodeIfPresent(decimals, forKey: .decimals)
            case .value(let fact):
                try container.encode(fact.kind.rawValue, forKey: .kind)
                switch fact {
                case .list(let items): try container.encode(items, forKey: .value)
                case .bool(let flag): try container.encode(flag, forKey: .value)
                case .text(let text): try container.encode(text, forKey: .value)
                case .number(let number), .percent(let number), .duration(let number): try container.encode(number.description, forKey: .value)
                }
            case .fact(let name): try container.encode(name, forKey: .fact)
            case .id(let id): try container.encode(id, forKey: .id)
            case .written(let text): try container.encode(text, forKey: .written)
            case .writtenList(let items): try container.encode(items, forKey: .writtenList)
            case .title(let title): try container.encode(EvaluationDocument.Text(zh: title.zh, en: title.en), forKey: .title)
            case .citation(let text): try container.encode(text, forKey: .citation)
            case .own(let text): try container.encode(EvaluationDocument.Text(zh: text.zh, en: text.en), forKey: .own)
            case .phrase(let phrase): try container.encode(PhraseBox(phrase), forKey: .phrase)
            case .phrases(let phrases): try container.encode(phrases.map(PhraseBox.init), forKey: .phrases)
            }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func exact(_ key: CodingKeys) throws -> Rational {
                let text = try container.decode(String.self, forKey: key)
                guard let number = Rational(exactText: text) else { throw DecodingFailure(description: "\(key.stringValue): '\(text)' is not an exact number") }
                return number
            }
            let decimals = try container.decodeIfPresent(Int.self, forKey: .decimals)
            if container.contains(.amount) {
                value = .amount(try exact(.amount))
            } else if container.contains(.number) {
                value = .number(try exact(.number), decimals: decimals)
            } else if container.contains(.percent) {
                value = .percent(try exact(.percent), decimals: decimals)
            } else if container.contains(.quantity) {
                let word = try container.decode(String.self, forKey: .unit)
                guard let unit = PhraseUnit(rawValue: word) else { throw DecodingFailure(description: "unit: unknown '\(word)'") }
                value = .quantity(try exact(.quantity), unit, decimals: decimals)
            } else if container.contains(.kind) {
                let word = try container.decode(String.self, forKey: .kind)
                switch FactKind(rawValue: word) {
                case .list?: value = .value(.list(try container.decode([String].self, forKey: .value)))
                case .bool?: value = .value(.bool(try container.decode(Bool.self, forKey: .value)))
                case .text?: value = .value(.text(try container.decode(String.self, forKey: .value)))
                case .number?: value = .value(.number(try exact(.value)))
                case .percent?: value = .value(.percent(try exact(.value)))
                case .duration?: value = .value(.duration(seconds: try exact(.value)))
                // A value is never of kind amount: an amount is read into a number.
                case .amount?, nil: throw DecodingFailure(description: "kind: unknown '\(word)'")
                }
            } else if container.contains(.fact) {
                value = .fact(try container.decode(String.self, forKey: .fact))
            } else if container.contains(.id) {
                value = .id(try container.decode(String.self, forKey: .id))
            } else if container.contains(.written) {
                value = .written(try container.decode(String.self, forKey: .written))
            } else if container.contains(.writtenList) {
                value = .writtenList(try container.decode([String].self, forKey: .writtenList))
            } else if container.contains(.title) {
                let text = try container.decode(EvaluationDocument.Text.self, forKey: .title)
                value = .title(LocalizedText(zh: text.zh, en: text.en))
            } else if container.contains(.citation) {
                value = .citation(try container.decode(String.self, forKey: .citation))
            } else if container.contains(.own) {
                let text = try container.decode(EvaluationDocument.Text.self, forKey: .own)
                value = .own(LocalizedText(zh: text.zh, en: text.en))
            } else if container.contains(.phrase) {
                value = .phrase(try container.decode(PhraseBox.self, forKey: .phrase).phrase)
            } else if container.contains(.phrases) {
                value = .phrases(try container.decode([PhraseBox].self, forKey: .phrases).map(\.phrase))
            } else {
                throw DecodingFailure(description: "a phrase value needs one of amount, number, percent, quantity, kind, fact, id, written, "
                                      + "written_list, title, citation, own, phrase or phrases")
            }
        }
    }
}
