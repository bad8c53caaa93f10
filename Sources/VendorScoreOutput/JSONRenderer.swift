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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(EvaluationDocument(evaluation, worded: true))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
