import VendorScoreCore

// The per-vendor parts of an evaluation document written straight into bytes with
// ``JSONWriter``: the same bytes their `Encodable` form gives under `JSONEncoder` with sorted
// keys (tests compare the two on the example, the golden records and awkward text), without an
// encoder in between. Ten thousand vendors × forty criteria are most of a JSON document or a
// record, so these are the parts written this way. Keys are listed in the order of their bytes.

extension EvaluationDocument.Vendor {
    /// Writes the vendor as the document's `vendors` list holds it; without `standing`, only
    /// what was decided about it before ranking (no groups, rank, rank note, ties or total), as
    /// a record's findings hold it.
    package func write(to json: inout JSONWriter, standing: Bool = true) {
        json.beginObject()
        json.key("adjustments"); json.array(adjustments) { $1.write(to: &$0) }
        json.key("criteria"); json.array(criteria) { $1.write(to: &$0) }
        json.key("evaluation_price"); json.string(evaluationPrice)
        json.key("flags"); json.array(flags) { $1.write(to: &$0) }
        json.key("gates"); json.array(gates) { $1.write(to: &$0) }
        if standing { json.key("groups"); json.array(groups) { $1.write(to: &$0) } }
        json.key("id"); json.string(id)
        json.key("name"); json.string(name)
        json.key("price"); json.string(price)
        json.key("qualified"); json.bool(qualified)
        if standing {
            json.key("rank"); json.int(rank)
            json.key("rank_note"); EvaluationDocument.Reason.write(rankNote, to: &json)
            json.key("tied_with"); json.strings(tiedWith)
            json.key("total"); json.string(total)
        }
        json.endObject()
    }
}

extension EvaluationDocument.Adjustment {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.string(kind)
        json.key("rate"); json.string(rate)
        json.key("reason"); reason.write(to: &json)
        json.endObject()
    }
}

extension EvaluationDocument.Gate {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("passed"); json.bool(passed)
        json.key("reason"); reason.write(to: &json)
        json.key("stage"); json.string(stage)
        json.endObject()
    }
}

extension EvaluationDocument.Group {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("maximum"); json.string(maximum)
        json.key("points"); json.string(points)
        json.endObject()
    }
}

extension EvaluationDocument.Criterion {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("flags"); json.array(flags) { $1.write(to: &$0) }
        json.key("group"); json.string(group)
        json.key("id"); json.string(id)
        json.key("inputs"); json.array(inputs) { json, input in
            json.beginObject()
            json.key("name"); json.string(input.name)
            json.key("value"); json.string(input.value)
            json.endObject()
        }
        json.key("maximum"); json.string(maximum)
        json.key("nature"); json.string(nature)
        json.key("points"); json.string(points)
        json.key("raw_exact"); json.string(rawExact)
        json.key("raw_points"); json.string(rawPoints)
        json.key("reason"); reason.write(to: &json)
        json.key("scorer"); json.string(scorer)
        json.key("scorer_version"); json.string(scorerVersion)
        json.endObject()
    }
}

extension EvaluationDocument.Flag {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("criterion"); json.string(criterion)
        json.key("kind"); json.string(kind)
        json.key("message"); message.write(to: &json)
        json.endObject()
    }
}

extension EvaluationDocument.Text {
    /// Both languages, `null` where one is missing, as titles are written.
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("en"); json.string(en)
        json.key("zh"); json.string(zh)
        json.endObject()
    }
}

extension EvaluationDocument.Reason {
    /// The reason, or `null`.
    package static func write(_ reason: Self?, to json: inout JSONWriter) {
        if let reason { reason.write(to: &json) } else { json.null() }
    }

    package func write(to json: inout JSONWriter) {
        if let earlierText {
            json.string(earlierText)
            return
        }
        json.beginObject()
        json.key("message"); json.string(phrase.message)
        if let text {
            // Only the language the words are in.
            json.key("text")
            json.beginObject()
            if let en = text.en { json.key("en"); json.string(en) }
            if let zh = text.zh { json.key("zh"); json.string(zh) }
            json.endObject()
        }
        json.key("values"); PhraseCoding.write(phrase.values, to: &json)
        json.endObject()
    }
}

extension PhraseCoding {
    /// A phrase's values by name, in the order of the names' bytes.
    static func write(_ values: [String: PhraseValue], to json: inout JSONWriter) {
        json.beginObject()
        for (name, value) in values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            json.key(name)
            write(value, to: &json)
        }
        json.endObject()
    }

    /// A nested phrase: its message and values.
    static func write(_ phrase: Phrase, to json: inout JSONWriter) {
        json.beginObject()
        json.key("message"); json.string(phrase.message)
        json.key("values"); write(phrase.values, to: &json)
        json.endObject()
    }

    /// One value: an object with one key naming its kind (and `decimals` or `unit` beside it).
    static func write(_ value: PhraseValue, to json: inout JSONWriter) {
        json.beginObject()
        switch value {
        case .amount(let amount):
            json.key("amount"); json.string(amount.description)
        case .number(let number, let decimals):
            if let decimals { json.key("decimals"); json.int(decimals) }
            json.key("number"); json.string(number.description)
        case .percent(let number, let decimals):
            if let decimals { json.key("decimals"); json.int(decimals) }
            json.key("percent"); json.string(number.description)
        case .quantity(let number, let unit, let decimals):
            if let decimals { json.key("decimals"); json.int(decimals) }
            json.key("quantity"); json.string(number.description)
            json.key("unit"); json.string(unit.rawValue)
        case .value(let fact):
            json.key("kind"); json.string(fact.kind.rawValue)
            json.key("value")
            switch fact {
            case .list(let items): json.strings(items)
            case .bool(let flag): json.bool(flag)
            case .text(let text): json.string(text)
            case .number(let number), .percent(let number), .duration(let number): json.string(number.description)
            }
        case .fact(let name):
            json.key("fact"); json.string(name)
        case .id(let id):
            json.key("id"); json.string(id)
        case .written(let text):
            json.key("written"); json.string(text)
        case .writtenList(let items):
            json.key("written_list"); json.strings(items)
        case .title(let title):
            json.key("title"); EvaluationDocument.Text(zh: title.zh, en: title.en).write(to: &json)
        case .citation(let text):
            json.key("citation"); json.string(text)
        case .own(let text):
            json.key("own"); EvaluationDocument.Text(zh: text.zh, en: text.en).write(to: &json)
        case .phrase(let phrase):
            json.key("phrase"); write(phrase, to: &json)
        case .phrases(let phrases):
            json.key("phrases"); json.array(phrases) { write($1, to: &$0) }
        }
        json.endObject()
    }
}
