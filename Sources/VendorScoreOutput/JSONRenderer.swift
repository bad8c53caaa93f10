import Foundation
import VendorScoreCore

/// Renders the full evaluation as stable JSON (`vendorscore/evaluation@1`): keys sorted, every
/// number a decimal string, arrays in a fixed order, so two runs on the same input give the same
/// bytes and a diff shows only what changed. The schema is `docs/schemas/evaluation.schema.json`;
/// the structure is ``EvaluationDocument``.
///
/// ```swift
/// let json = try JSONRenderer().render(evaluation)
/// ```
public struct JSONRenderer: EvaluationRenderer {
    /// Every criterion of every vendor.
    public var detail: EvaluationDetail { .full }

    public init() {}

    public func render(_ evaluation: Evaluation) throws -> String {
        var text = ""
        try render(evaluation) { text += $0 }
        return text
    }

    /// Writes the document one vendor at a time: ten thousand vendors make some 180 MB of JSON,
    /// which neither the document nor its text should hold at once. The bytes are exactly those
    /// of `JSONEncoder` encoding the whole worded ``EvaluationDocument`` (a test compares them): the
    /// document without vendors is encoded, and each vendor, encoded on its own as nested in the
    /// `vendors` list, goes into that list.
    public func render(_ evaluation: Evaluation, to write: (String) throws -> Void) throws {
        let encoder = SortedJSONEncoder(prettyPrinted: true)
        let summary = String(decoding: try encoder.encode(EvaluationDocument(summaryOf: evaluation)), as: UTF8.self)
        // Only members of the top-level object are indented by exactly two spaces, and strings
        // never hold a raw line feed, so this is the document's own (empty) vendors list.
        guard !evaluation.vendors.isEmpty, let list = summary.range(of: "\n  \"vendors\" : [\n\n  ]") else {
            try write(summary + "\n")
            return
        }
        try write(String(summary[..<list.lowerBound]) + "\n  \"vendors\" : [")
        for (index, vendor) in evaluation.vendors.enumerated() {
            let encoded = try encoder.encode(EvaluationDocument.Vendor(vendor, rubric: evaluation.rubric, worded: true), depth: 2)
            try write((index == 0 ? "\n    " : ",\n    ") + String(decoding: encoded, as: UTF8.self))
        }
        try write("\n  ]" + summary[list.upperBound...] + "\n")
    }
}
