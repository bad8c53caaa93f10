import VendorScoreCore

// The per-vendor parts of an evaluation document written straight into bytes with
// ``JSONWriter``: the same bytes their `Encodable` form gives under `JSONEncoder` with sorted
// keys (tests compare the two on the example, the golden records and awkward text), without an
// encoder in between. Ten thousand vendors × forty criteria are most of a JSON document or a
// record, so these are the parts written this way. Keys are listed in the order of their bytes.

extension EvaluationDocument.Vendor {
    /// Writes the vendor as the document's `vendors` list holds it; without `standing`, only
    /// what was decided about it before ranking (no groups, rank, rank note, ties or total), as
    /// a record's findings hold it. `criteria`, when given, writes the criteria list in place
    /// of the document's own.
    package func write(to json: inout JSONWriter, standing: Bool = true, criteria writeCriteria: ((inout JSONWriter) -> Void)? = nil) {
        json.beginObject()
        json.key("adjustments"); json.array(adjustments) { $1.write(to: &$0) }
        json.key("criteria")
        if let writeCriteria { writeCriteria(&json) } else { json.array(criteria) { $1.write(to: &$0) } }
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

extension EvaluationDocument.Vendor {
    /// Writes `vendor` exactly as `Vendor(vendor, rubric:wordedIn:).write(to:standing:)` does,
    /// its criteria straight from their results: forty criteria of ten thousand vendors are
    /// most of a document, and none of them need be a document first.
    package static func write(_ vendor: VendorResult, rubric: Rubric, wordedIn language: Language? = nil, to json: inout JSONWriter,
                              standing: Bool = true) {
        var outline = vendor
        outline.criteria = []
        let decimals = rubric.rounding.decimals
        Self(outline, rubric: rubric, wordedIn: language).write(to: &json, standing: standing) { json in
            // By position, so each result is read where it is rather than copied out of the list.
            json.beginArray()
            for index in vendor.criteria.indices {
                EvaluationDocument.Criterion.write(vendor.criteria[index], decimals: decimals, wordedIn: language, to: &json)
            }
            json.endArray()
        }
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
        Self.write(to: &json, flags: { $0.array(flags) { $1.write(to: &$0) } }, group: group, id: id,
                   inputs: { $0.array(inputs) { Self.writeInput(name: $1.name, value: $1.value, to: &$0) } },
                   maximum: maximum, nature: nature, points: points, rawExact: rawExact, rawPoints: rawPoints,
                   reason: { reason.write(to: &$0) }, scorer: scorer, scorerVersion: scorerVersion)
    }

    /// Writes `criterion` exactly as its document, ``init(_:decimals:wordedIn:)``, writes.
    static func write(_ criterion: CriterionResult, decimals: Int, wordedIn language: Language?, to json: inout JSONWriter) {
        let explanation = criterion.explanation
        write(to: &json, flags: { $0.array(criterion.flags) { EvaluationDocument.Flag($1, wordedIn: language).write(to: &$0) } },
              group: criterion.groupID, id: criterion.criterionID,
              inputs: { $0.array(explanation.inputs) { Self.writeInput(name: $1.name, value: $1.value.description, to: &$0) } },
              maximum: criterion.maximum.fixed(decimals), nature: criterion.nature.rawValue, points: criterion.points.fixed(decimals),
              rawExact: criterion.rawPoints.description, rawPoints: criterion.rawPoints.decimalString(),
              reason: { EvaluationDocument.Reason(explanation.reason, wordedIn: language).write(to: &$0) },
              scorer: criterion.scorerID, scorerVersion: criterion.scorerVersion)
    }

    /// The members in the order of their keys, from a document or straight from a result.
    private static func write(to json: inout JSONWriter, flags: (inout JSONWriter) -> Void, group: String, id: String,
                              inputs: (inout JSONWriter) -> Void, maximum: String, nature: String, points: String, rawExact: String,
                              rawPoints: String, reason: (inout JSONWriter) -> Void, scorer: String, scorerVersion: String) {
        json.beginObject()
        json.key("flags"); flags(&json)
        json.key("group"); json.string(group)
        json.key("id"); json.string(id)
        json.key("inputs"); inputs(&json)
        json.key("maximum"); json.string(maximum)
        json.key("nature"); json.string(nature)
        json.key("points"); json.string(points)
        json.key("raw_exact"); json.string(rawExact)
        json.key("raw_points"); json.string(rawPoints)
        json.key("reason"); reason(&json)
        json.key("scorer"); json.string(scorer)
        json.key("scorer_version"); json.string(scorerVersion)
        json.endObject()
    }

    private static func writeInput(name: String, value: String, to json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(name)
        json.key("value"); json.string(value)
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
    /// A phrase's values by name, in the order of the names' bytes, which is the order they are kept in.
    static func write(_ values: PhraseValues, to json: inout JSONWriter) {
        json.beginObject()
        for (name, value) in values {
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
