import Foundation
import VendorScoreCore

/// Renders the full evaluation as stable JSON (`vendorscore/evaluation@1`): keys sorted, every
/// number a decimal string, arrays in a fixed order, so two runs on the same input give the same
/// bytes and a diff shows only what changed. Each reason carries its message id and values and
/// its words in `language`. The schema is `docs/schemas/evaluation.schema.json`; the structure is
/// ``EvaluationDocument``.
///
/// ```swift
/// let json = try JSONRenderer(language: .zh).render(evaluation)
/// ```
public struct JSONRenderer: EvaluationRenderer {
    /// The language of each reason's words.
    public var language: Language

    /// Every criterion of every vendor.
    public var detail: EvaluationDetail { .full }

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ evaluation: Evaluation) throws -> String {
        var bytes: [UInt8] = []
        try render(evaluation, bytes: { bytes += $0 })
        return String(decoding: bytes, as: UTF8.self)
    }

    public func render(_ evaluation: Evaluation, to write: (String) throws -> Void) throws {
        try render(evaluation, bytes: { try write(String(decoding: $0, as: UTF8.self)) })
    }

    /// Writes the document's bytes in pieces of a few megabytes: ten thousand vendors make
    /// some 300 MB of JSON, which neither the document nor its text should hold at once. The
    /// bytes are exactly those of `JSONEncoder` encoding the whole worded ``EvaluationDocument``
    /// (a test compares them): the document without vendors is encoded, and each vendor, written
    /// as nested in the `vendors` list, goes into that list.
    public func render(_ evaluation: Evaluation, bytes write: ([UInt8]) throws -> Void) throws {
        let summary = String(decoding: try SortedJSONEncoder(prettyPrinted: true).encode(EvaluationDocument(summaryOf: evaluation)),
                             as: UTF8.self)
        // Only members of the top-level object are indented by exactly two spaces, and strings
        // never hold a raw line feed, so this is the document's own (empty) vendors list.
        guard !evaluation.vendors.isEmpty, let list = summary.range(of: "\n  \"vendors\" : [\n\n  ]") else {
            try write(Array((summary + "\n").utf8))
            return
        }
        try write(Array((summary[..<list.lowerBound] + "\n  \"vendors\" : [").utf8))
        let first = Array("\n    ".utf8), next = Array(",\n    ".utf8)
        let (rubric, language) = (evaluation.rubric, language)
        // Vendors are worded and written on every core, a batch at a time, in ranking order.
        try OrderedPieces.write(evaluation.vendors.indices, writer: { JSONWriter(pretty: true, depth: 2) },
                                batch: { Array(evaluation.vendors[$0]) }, encode: { vendor, index, json in
            json.raw(index == 0 ? first : next)
            EvaluationDocument.Vendor.write(vendor, rubric: rubric, wordedIn: language, to: &json)
        }, to: write)
        try write(Array(("\n  ]" + summary[list.upperBound...] + "\n").utf8))
    }
}
