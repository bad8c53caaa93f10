import VendorScoreOutput

// The parts of a record that grow with the number of vendors, written straight into canonical
// JSON bytes with `JSONWriter`: the same bytes as their `Encodable` form under `CanonicalJSON`
// (a test compares the two), several times faster. Keys are listed in the order of their bytes.

extension RecordFindings.Vendor {
    /// Writes what was decided about the vendor as the findings' `vendors` list holds it.
    func write(to json: inout JSONWriter) {
        EvaluationDocument.Vendor(id: id, name: name, rank: nil, tiedWith: [], rankNote: nil, qualified: qualified, price: price,
                                  evaluationPrice: evaluationPrice, adjustments: adjustments, gates: gates, groups: [],
                                  criteria: criteria, total: nil, flags: flags)
            .write(to: &json, standing: false)
    }
}

extension RecordRanking {
    /// The ranking's canonical JSON: the outcome, the recommended candidates (when the record has
    /// them) and every standing.
    var canonicalJSON: [UInt8] {
        JSONWriter.compact { json in
            json.beginObject()
            json.key("outcome"); json.raw(CanonicalJSON.encode(outcome))
            if let recommended { json.key("recommended"); json.strings(recommended) }
            json.key("standings"); json.array(standings) { json, standing in
                json.beginObject()
                json.key("groups"); json.array(standing.groups) { $1.write(to: &$0) }
                json.key("id"); json.string(standing.id)
                json.key("rank"); json.int(standing.rank)
                json.key("rank_note"); EvaluationDocument.Reason.write(standing.rankNote, to: &json)
                json.key("tied_with"); json.strings(standing.tiedWith)
                json.key("total"); json.string(standing.total)
                json.endObject()
            }
            json.endObject()
        }
    }
}

extension RecordFindings {
    /// The findings' canonical JSON: the part without vendors as encoded, the vendors written.
    var canonicalJSON: [UInt8] {
        var empty = self
        empty.vendors = []
        var bytes = CanonicalJSON.encode(empty)
        let ending = Array("\"vendors\":[]}".utf8)
        precondition(Array(bytes.suffix(ending.count)) == ending, "findings without vendors must end with their empty vendors list")
        bytes.removeLast(2)
        bytes += JSONWriter.compact { json in
            for (index, vendor) in vendors.enumerated() {
                if index > 0 { json.raw([UInt8(ascii: ",")]) }
                vendor.write(to: &json)
            }
        }
        return bytes + Array("]}".utf8)
    }
}

extension SealedRecord.Inputs {
    /// Hands the inputs' canonical JSON to `write` in pieces, each embedded file's base64 a
    /// piece at a time, so a bids file of megabytes is never also held as its base64 text.
    func writeCanonicalJSON(_ write: ([UInt8]) throws -> Void) rethrows {
        var json = JSONWriter(pretty: false)
        json.beginObject()
        json.key("bids"); try bids.write(to: &json, flush: write)
        json.key("diagnostics"); json.array(diagnostics) { json, warning in
            json.beginObject()
            json.key("hint"); json.string(warning.hint)
            json.key("location"); json.string(warning.location)
            json.key("message"); json.string(warning.message)
            json.key("path"); json.string(warning.path)
            json.key("severity"); json.string(warning.severity)
            json.endObject()
        }
        json.key("rubric"); try rubric.write(to: &json, flush: write)
        if let tender { json.key("tender"); try tender.write(to: &json, flush: write) }
        json.endObject()
        try write(json.take())
    }
}

extension RecordedInput {
    /// Writes the input's object; `flush` takes what is written so far after each piece of the base64.
    func write(to json: inout JSONWriter, flush: ([UInt8]) throws -> Void) rethrows {
        json.beginObject()
        json.key("base64")
        switch content {
        case .bytes(let bytes): try json.base64(bytes, flush: flush)
        case .base64(let text): json.string(text)
        }
        json.key("content_method"); json.string(contentMethod)
        json.key("content_sha256"); json.string(contentSHA256)
        json.key("format"); json.string(format.rawValue)
        json.key("name"); json.string(name)
        json.key("sha256"); json.string(sha256)
        json.key("size"); json.int(size)
        json.endObject()
    }
}
